import { describe, expect, it } from 'vitest'
import { activeCustomers } from '../../../../src/shared/metrics/activeCustomers'
import { buildSeries } from '../../../../src/shared/metrics/build'
import { churnReasons, customerChurn, grossMrrChurnRate, monthlyCustomers, netMrrChurnRate, snapshotChurn, snapshotChurnBy } from '../../../../src/shared/metrics/churn'
import { emptyMovements, periodMovements } from '../../../../src/shared/metrics/movements'
import { customPeriod, monthPeriod } from '../../../../src/shared/metrics/periods'
import { defaultMetricSettings } from '../../../../src/shared/metrics/settings'
import { customerIndexOf, mrrSeries } from './fixtures'

const churnOf = (series: ReturnType<typeof mrrSeries>, period: ReturnType<typeof monthPeriod>, selection: Uint8Array | null = null) =>
  customerChurn(series, activeCustomers(series, defaultMetricSettings)!, period, selection)

describe('customer churn rate', () => {
  const series = mrrSeries({
    stays: [10, 10, 10, 10],
    leaves: [10, 10, 0, 0],
    inside: [0, 10, 0, 0],
    bounces: [10, 0, 10, 10],
    arrives: [0, 0, 10, 10]
  })

  it('is churned / customers at the start, per month', () => {
    expect(churnOf(series, monthPeriod('2024-02'))).toEqual({ startCustomers: 3, churnedCustomers: 1, churnRate: 1 / 3 })
    expect(churnOf(series, monthPeriod('2024-03'))).toEqual({ startCustomers: 3, churnedCustomers: 2, churnRate: 2 / 3 })
  })

  it('leaves out whoever starts and churns inside the period, and does not count who comes back', () => {
    expect(churnOf(series, customPeriod('2024-02', '2024-04'))).toEqual({ startCustomers: 3, churnedCustomers: 1, churnRate: 1 / 3 })
  })

  it('is null without customers at the start (the first month of data has no start)', () => {
    expect(churnOf(series, monthPeriod('2024-01')).churnRate).toBeNull()
    expect(churnOf(mrrSeries({ late: [0, 0, 5] }), monthPeriod('2024-02')).churnRate).toBeNull()
    expect(churnOf(series, monthPeriod('2024-02'), new Uint8Array(5)).churnRate).toBeNull()
  })

  it('works for a single customer', () => {
    expect(churnOf(mrrSeries({ one: [1, 0] }), monthPeriod('2024-02'))).toEqual({ startCustomers: 1, churnedCustomers: 1, churnRate: 1 })
    expect(churnOf(mrrSeries({ one: [1, 1] }), monthPeriod('2024-02')).churnRate).toBe(0)
  })

  it('counts customers per month in one pass', () => {
    const counts = monthlyCustomers(series, activeCustomers(series, defaultMetricSettings)!, null)
    expect(Array.from(counts.customers)).toEqual([3, 3, 3, 3])
    expect(Array.from(counts.startCustomers)).toEqual([0, 3, 3, 3])
    expect(Array.from(counts.churnedCustomers)).toEqual([0, 1, 2, 0])
  })

  it('uses the purchase window on transaction data', () => {
    const orders = buildSeries({
      revenue: [
        { customer: 'a', date: '2024-01-10', amount: 1 },
        { customer: 'b', date: '2024-01-10', amount: 1 },
        { customer: 'b', date: '2024-03-10', amount: 1 }
      ],
      months: { to: '2024-06' }
    })
    const active = activeCustomers(orders, { inactivityWindowDays: 90 })!
    expect(active.basis).toBe('transactions')
    // a: active Jan..Mar (Jan 10 is within 90 days of Mar 31? Mar 31 - 89 = Jan 2: yes), gone in April.
    expect(Array.from(active.active.subarray(0, 6))).toEqual([1, 1, 1, 0, 0, 0])
    expect(Array.from(active.active.subarray(6, 12))).toEqual([1, 1, 1, 1, 1, 0])
    expect(customerChurn(orders, active, monthPeriod('2024-04'), null)).toEqual({ startCustomers: 2, churnedCustomers: 1, churnRate: 0.5 })
  })
})

describe('snapshot churn', () => {
  const series = buildSeries({
    customers: [
      { id: 'a', churned: true, mrr: 30, attributes: { plan: 'Pro' } },
      { id: 'b', churned: false, mrr: 70, attributes: { plan: 'Pro' } },
      { id: 'c', churned: false, mrr: 50, attributes: { plan: 'Basic' } },
      { id: 'd', churned: true, mrr: null, attributes: { plan: null } }
    ]
  })

  it('is flagged / all, with the revenue share of the flagged', () => {
    expect(snapshotChurn(series, null)).toEqual({ customers: 4, churned: 2, churnRate: 0.5, revenueChurnRate: 30 / 150 })
  })

  it('is split by a column, blanks in no group', () => {
    const plan = series.customers.attributes[0]
    expect(snapshotChurnBy(series, plan, null)).toEqual({
      Basic: { customers: 1, churned: 0, churnRate: 0, revenueChurnRate: 0 },
      Pro: { customers: 2, churned: 1, churnRate: 0.5, revenueChurnRate: 0.3 }
    })
  })

  it('is null when the data says nothing about churn, and has a null rate for no customers', () => {
    expect(snapshotChurn(buildSeries({ customers: [{ id: 'a' }] }), null)).toBeNull()
    expect(snapshotChurn(series, new Uint8Array(4))).toEqual({ customers: 0, churned: 0, churnRate: null, revenueChurnRate: null })
  })
})

describe('revenue churn rates', () => {
  it('are (churn + contraction) / start and net of expansion and reactivation', () => {
    const totals = { ...emptyMovements(), startMrr: 1000, churnedMrr: 50, contractionMrr: 30, expansionMrr: 100, reactivationMrr: 20 }
    expect(grossMrrChurnRate(totals)).toBeCloseTo(0.08, 12)
    expect(netMrrChurnRate(totals)).toBeCloseTo(-0.04, 12)
  })

  it('are null without MRR at the start', () => {
    expect(grossMrrChurnRate(emptyMovements())).toBeNull()
    expect(netMrrChurnRate({ ...emptyMovements(), newMrr: 10 })).toBeNull()
  })

  it('come out of a month with only contraction', () => {
    const totals = periodMovements(mrrSeries({ a: [100, 80] }), monthPeriod('2024-02'), null)!
    expect(grossMrrChurnRate(totals)).toBe(0.2)
    expect(netMrrChurnRate(totals)).toBe(0.2)
  })
})

describe('churn reasons', () => {
  const series = mrrSeries({ a: [10, 10, 0], b: [20, 0, 0], c: [5, 5, 5] }, {
    extra: { churnEvents: [
      { customer: 'a', date: '2024-03-05', reason: 'preço' },
      { customer: 'b', date: '2024-02-10', reason: 'preço' },
      { customer: 'b', date: '2024-02-11', reason: 'preço' },
      { customer: 'c', date: null, reason: 'suporte' },
      { customer: 'c', date: '2024-02-01', reason: '' }
    ] }
  })

  it('counts distinct customers and their MRR before leaving, per reason, in the period', () => {
    expect(churnReasons(series, customPeriod('2024-02', '2024-03'), null)).toEqual({ preço: { customers: 2, mrr: 30 }, suporte: { customers: 1, mrr: 0 }, '': { customers: 1, mrr: 5 } })
    expect(churnReasons(series, monthPeriod('2024-03'), null)).toEqual({ preço: { customers: 1, mrr: 10 }, suporte: { customers: 1, mrr: 0 } })
  })

  it('follows the selection and is empty without churn events', () => {
    const onlyA = new Uint8Array(3)
    onlyA[customerIndexOf(series, 'a')] = 1
    expect(churnReasons(series, null, onlyA)).toEqual({ preço: { customers: 1, mrr: 10 } })
    expect(churnReasons(mrrSeries({ a: [1] }), null, null)).toEqual({})
  })
})
