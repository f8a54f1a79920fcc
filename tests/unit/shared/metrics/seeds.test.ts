// The worked examples of the two seed articles (METRICS.md): they must come out exactly.
import { describe, expect, it } from 'vitest'
import { inactiveShare, inactiveToActiveRatio, activityAt } from '../../../../src/shared/metrics/activation'
import { buildSeries } from '../../../../src/shared/metrics/build'
import { churnRate, customerChurn, snapshotChurn } from '../../../../src/shared/metrics/churn'
import { activeCustomers } from '../../../../src/shared/metrics/activeCustomers'
import { npsGroup } from '../../../../src/shared/metrics/nps'
import { monthPeriod } from '../../../../src/shared/metrics/periods'
import { defaultMetricSettings } from '../../../../src/shared/metrics/settings'
import type { SubscriptionRecord } from '../../../../src/shared/metrics/records'

describe('seed: 350 customers, 20 lost -> 5.7 %', () => {
  it('is the plain formula', () => {
    expect(churnRate(20, 350)).toBe(20 / 350)
    expect(churnRate(20, 350)).toBeCloseTo(0.05714, 5)
    expect((Math.round(churnRate(20, 350)! * 1000) / 10).toFixed(1)).toBe('5.7')
  })

  it('is the snapshot churn of a customer table with a churned flag', () => {
    const customers = Array.from({ length: 350 }, (_, i) => ({ id: `c${i}`, churned: i < 20 }))
    const churn = snapshotChurn(buildSeries({ customers }), null)
    expect(churn).toEqual({ customers: 350, churned: 20, churnRate: 20 / 350, revenueChurnRate: null })
  })

  it('is the customer churn of a month with subscription data', () => {
    const subscriptions: SubscriptionRecord[] = Array.from({ length: 350 }, (_, i) => ({
      customer: `c${i}`, start: '2024-01-10', end: i < 20 ? '2024-02-15' : null, mrr: 100
    }))
    const series = buildSeries({ subscriptions, months: { to: '2024-03' } })
    const active = activeCustomers(series, defaultMetricSettings)!
    expect(customerChurn(series, active, monthPeriod('2024-02'), null)).toEqual({ startCustomers: 350, churnedCustomers: 20, churnRate: 20 / 350 })
  })
})

describe('seed: 500 active, 50 inactive -> 10 % ratio, 9.1 % share', () => {
  it('keeps the seed formula under its own name and the share beside it', () => {
    expect(inactiveToActiveRatio(50, 500)).toBe(0.1)
    expect(inactiveShare(50, 500)).toBe(50 / 550)
    expect((Math.round(inactiveShare(50, 500)! * 1000) / 10).toFixed(1)).toBe('9.1')
  })

  it('comes out of a status column', () => {
    const customers = Array.from({ length: 550 }, (_, i) => ({ id: `c${i}`, status: i < 500 ? 'Ativo' : 'Inativo' }))
    const split = activityAt(buildSeries({ customers }), 0, null, defaultMetricSettings)
    expect(split).toMatchObject({ basis: 'status', active: 500, inactive: 50, inactiveToActiveRatio: 0.1, inactiveShare: 50 / 550 })
  })
})

describe('seed: NPS groups 9-10 / 7-8 / 0-6', () => {
  it.each([
    [10, 'promoter'], [9, 'promoter'], [8, 'passive'], [7, 'passive'],
    [6, 'detractor'], [5, 'detractor'], [1, 'detractor'], [0, 'detractor']
  ] as const)('%i is a %s', (score, group) => {
    expect(npsGroup(score)).toBe(group)
  })
})
