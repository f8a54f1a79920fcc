// RavenStack synthetic SaaS data (500 accounts, 5,000 subscriptions with MRR, 600 churn events):
// monthly MRR movements and churn, checked against plain loops over the CSV rows.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { buildSeries } from '../../../../src/shared/metrics/build'
import { dayToIso, lastDayOfMonth, monthNumber } from '../../../../src/shared/metrics/calendar'
import { churnReasons } from '../../../../src/shared/metrics/churn'
import { dashboardMetrics } from '../../../../src/shared/metrics/dashboard'
import { realDataSet } from '../../../support/realData'

const dir = realDataSet('saas-ravenstack')
const read = (file: string) => Papa.parse<Record<string, string>>(readFileSync(path.join(dir!, file), 'utf8'), { header: true, skipEmptyLines: true }).data

describe.skipIf(!dir)('real data: RavenStack MRR movements', () => {
  const accounts = dir ? read('ravenstack_accounts.csv') : []
  const subscriptions = dir ? read('ravenstack_subscriptions.csv') : []
  const churnEvents = dir ? read('ravenstack_churn_events.csv') : []
  const series = buildSeries({
    customers: accounts.map((row) => ({ id: row.account_id, signupDate: row.signup_date, churned: row.churn_flag === 'True', acquisitionChannel: row.referral_source, attributes: { plan_tier: row.plan_tier, industry: row.industry } })),
    subscriptions: subscriptions.map((row) => ({ customer: row.account_id, start: row.start_date, end: row.end_date || null, mrr: Number(row.mrr_amount), product: row.plan_tier })),
    churnEvents: churnEvents.map((row) => ({ customer: row.account_id, date: row.churn_date, reason: row.reason_code })),
    months: { from: '2023-01', to: '2024-12' }
  })
  const months = series.months
  const dashboard = dashboardMetrics(series)

  // The last-day rule, written out: MRR per account at each month's last day.
  const mrrAt = new Map<string, number[]>()
  for (const row of subscriptions) {
    const values = mrrAt.get(row.account_id) ?? months.map(() => 0)
    months.forEach((month, m) => {
      const last = dayToIso(lastDayOfMonth(monthNumber(month)))
      if (row.start_date <= last && (row.end_date === '' || row.end_date > last)) values[m] += Number(row.mrr_amount)
    })
    mrrAt.set(row.account_id, values)
  }

  it('has the MRR of every month', () => {
    months.forEach((_, m) => {
      let total = 0
      for (const values of mrrAt.values()) total += values[m]
      expect(dashboard.months[m].mrr).toBeCloseTo(total, 6)
    })
    expect(dashboard.months[23].mrr).toBeGreaterThan(0)
  })

  it('has the movements of every month, and they add up', () => {
    for (let m = 1; m < months.length; m++) {
      const expected = { newMrr: 0, reactivationMrr: 0, expansionMrr: 0, contractionMrr: 0, churnedMrr: 0, startCustomers: 0, churnedCustomers: 0 }
      for (const values of mrrAt.values()) {
        const before = values[m - 1]
        const after = values[m]
        if (before > 0) expected.startCustomers++
        if (before === 0 && after > 0) {
          if (values.slice(0, m).some((value) => value > 0)) expected.reactivationMrr += after
          else expected.newMrr += after
        } else if (before > 0 && after === 0) {
          expected.churnedMrr += before
          expected.churnedCustomers++
        } else if (after > before) expected.expansionMrr += after - before
        else if (after < before) expected.contractionMrr += before - after
      }
      const row = dashboard.months[m]
      for (const key of ['newMrr', 'reactivationMrr', 'expansionMrr', 'contractionMrr', 'churnedMrr'] as const) expect(row[key], `${months[m]} ${key}`).toBeCloseTo(expected[key], 6)
      expect(row.startCustomers).toBe(expected.startCustomers)
      expect(row.churnedCustomers).toBe(expected.churnedCustomers)
      expect(row.customerChurnRate).toBe(expected.startCustomers ? expected.churnedCustomers / expected.startCustomers : null)
      const previous = dashboard.months[m - 1].mrr!
      expect(row.mrr!).toBeCloseTo(previous + row.newMrr! + row.reactivationMrr! + row.expansionMrr! - row.contractionMrr! - row.churnedMrr!, 6)
      expect(row.upsellMrr! + row.crossSellMrr!).toBeCloseTo(row.expansionMrr!, 6)
    }
  })

  it('gives NRR and GRR of 2024 against the end of 2023', () => {
    const year = dashboardMetrics(series, { period: { from: '2024-01', to: '2024-12' } }).summary!
    let start = 0
    let kept = 0
    let keptWithExpansion = 0
    for (const values of mrrAt.values()) {
      const before = values[11]
      const after = values[23]
      if (before === 0) continue
      start += before
      keptWithExpansion += after
      kept += Math.min(before, after)
    }
    expect(year.startMrr).toBeCloseTo(start, 6)
    expect(year.nrr).toBeCloseTo(keptWithExpansion / start, 12)
    expect(year.grr).toBeCloseTo(kept / start, 12)
  })

  it('gives snapshot churn from the accounts churn flag and churn reasons from the events', () => {
    expect(dashboard.snapshot).toMatchObject({ customers: 500, churned: accounts.filter((row) => row.churn_flag === 'True').length })
    const expected = new Map<string, Set<string>>()
    for (const row of churnEvents) expected.set(row.reason_code, (expected.get(row.reason_code) ?? new Set()).add(row.account_id))
    const reasons = churnReasons(series, null, null)
    expect(Object.keys(reasons).sort()).toEqual([...expected.keys()].sort())
    for (const [reason, ids] of expected) expect(reasons[reason].customers).toBe(ids.size)
  })

  it('counts new customers by referral source', () => {
    const expected: Record<string, number> = {}
    for (const row of accounts) if (mrrAt.get(row.account_id)?.some((value) => value > 0)) expected[row.referral_source] = (expected[row.referral_source] ?? 0) + 1
    expect(dashboard.referral?.bySource).toEqual(expected)
    expect(dashboard.referral?.referredCustomers).toBe(0)
  })
})
