// Property tests on generated data: the identities METRICS.md states, and the optimised
// engine (typed arrays, one pass) against a deliberately naive reference written here,
// which works on the raw records and their ISO dates with plain loops.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { activeCustomers } from '../../../../src/shared/metrics/activeCustomers'
import { buildSeries } from '../../../../src/shared/metrics/build'
import { dayToIso, lastDayOfMonth, monthKey, monthNumber } from '../../../../src/shared/metrics/calendar'
import { customerChurn } from '../../../../src/shared/metrics/churn'
import { cohortTable } from '../../../../src/shared/metrics/cohorts'
import { monthlyMovements, movementsOfMonth, periodMovements, type MovementTotals } from '../../../../src/shared/metrics/movements'
import { npsSummary } from '../../../../src/shared/metrics/nps'
import { customPeriod } from '../../../../src/shared/metrics/periods'
import type { SubscriptionRecord } from '../../../../src/shared/metrics/records'
import { defaultMetricSettings } from '../../../../src/shared/metrics/settings'
import { subscriptionsOf } from './fixtures'

const axisFrom = '2023-11'
const axisMonths = 10
const months = Array.from({ length: axisMonths }, (_, m) => monthKey(monthNumber(axisFrom) + m))
const monthEnd = months.map((month) => dayToIso(lastDayOfMonth(monthNumber(month))))

const dateArbitrary = fc.integer({ min: 0, max: 330 }).map((offset) => dayToIso(19_662 + offset)) // 2023-10-31 + offset
const subscriptionArbitrary = fc.record({
  customer: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
  product: fc.constantFrom('CRM', 'BI', 'Chat'),
  start: dateArbitrary,
  length: fc.option(fc.integer({ min: 0, max: 250 }), { nil: null }),
  mrr: fc.integer({ min: 1, max: 400 }).map((value) => value / 2)
}).map(({ customer, product, start, length, mrr }): SubscriptionRecord => ({
  customer, product, start, mrr,
  end: length === null ? null : dayToIso(Number(new Date(`${start}T00:00:00Z`)) / 86_400_000 + length)
}))
/** Random subscriptions with random dates, or month-by-month MRR per product (many product swaps in one month). */
const dataArbitrary = fc.oneof(
  fc.array(subscriptionArbitrary, { minLength: 1, maxLength: 25 }),
  fc.dictionary(
    fc.constantFrom('a', 'b', 'c', 'd'),
    fc.dictionary(fc.constantFrom('CRM', 'BI', 'Chat'), fc.array(fc.constantFrom(0, 0, 5, 10, 20, 35), { minLength: axisMonths, maxLength: axisMonths }), { minKeys: 1 }),
    { minKeys: 1 }
  ).map((mrr) => subscriptionsOf(mrr, axisFrom)).filter((rows) => rows.length > 0)
)
const periodArbitrary = fc.tuple(fc.integer({ min: 0, max: axisMonths - 1 }), fc.integer({ min: 0, max: axisMonths - 1 }))
  .map(([a, b]) => customPeriod(months[Math.min(a, b)], months[Math.max(a, b)]))

function seriesOf(rows: SubscriptionRecord[]) {
  return buildSeries({ subscriptions: rows, months: { from: axisFrom, to: months[axisMonths - 1] } })
}

// ---- the naive reference: straight from the records, dates compared as ISO text ----

function naiveMrr(rows: SubscriptionRecord[], customer: string, m: number, product?: string): number {
  if (m < 0) return 0
  let sum = 0
  for (const row of rows) {
    if (row.customer !== customer || (product !== undefined && row.product !== product)) continue
    if (row.start <= monthEnd[m] && (!row.end || row.end > monthEnd[m])) sum += row.mrr
  }
  return Math.max(0, sum)
}

function naiveMovements(rows: SubscriptionRecord[], before: number, after: number): MovementTotals {
  const totals: MovementTotals = { startMrr: 0, endMrr: 0, newMrr: 0, reactivationMrr: 0, expansionMrr: 0, upsellMrr: 0, crossSellMrr: 0, contractionMrr: 0, churnedMrr: 0, startCustomers: 0, endCustomers: 0, newCustomers: 0, reactivatedCustomers: 0, expandedCustomers: 0, contractedCustomers: 0, churnedCustomers: 0 }
  const customers = [...new Set(rows.map((row) => row.customer))]
  for (const customer of customers) {
    const a = naiveMrr(rows, customer, before)
    const b = naiveMrr(rows, customer, after)
    if (a > 0) { totals.startMrr += a; totals.startCustomers++ }
    if (b > 0) { totals.endMrr += b; totals.endCustomers++ }
    if (a === 0 && b > 0) {
      let had = false
      for (let m = 0; m < before; m++) if (naiveMrr(rows, customer, m) > 0) had = true
      if (had) { totals.reactivationMrr += b; totals.reactivatedCustomers++ } else { totals.newMrr += b; totals.newCustomers++ }
    } else if (a > 0 && b === 0) {
      totals.churnedMrr += a; totals.churnedCustomers++
    } else if (b > a && a > 0) {
      let growth = 0
      let losses = 0
      for (const product of new Set(rows.filter((row) => row.customer === customer).map((row) => row.product ?? ''))) {
        const p = naiveMrr(rows, customer, before, product)
        const q = naiveMrr(rows, customer, after, product)
        if (p > 0 && q > p) growth += q - p
        if (q < p) losses += p - q
      }
      const upsell = Math.min(b - a, Math.max(0, growth - losses))
      totals.expansionMrr += b - a; totals.upsellMrr += upsell; totals.crossSellMrr += b - a - upsell; totals.expandedCustomers++
    } else if (b < a && b > 0) {
      totals.contractionMrr += a - b; totals.contractedCustomers++
    }
  }
  return totals
}

function expectTotalsClose(actual: MovementTotals, expected: MovementTotals): void {
  for (const key of Object.keys(expected) as (keyof MovementTotals)[]) expect(actual[key], key).toBeCloseTo(expected[key], 9)
}

describe('properties of the metric engine', () => {
  it('MRR(m) = MRR(m-1) + new + reactivation + expansion - contraction - churn, every month', () => {
    fc.assert(fc.property(dataArbitrary, (rows) => {
      const movements = monthlyMovements(seriesOf(rows), null)!
      for (let m = 0; m < axisMonths; m++) {
        const before = m > 0 ? movements.endMrr[m - 1] : 0
        const moved = before + movements.newMrr[m] + movements.reactivationMrr[m] + movements.expansionMrr[m] - movements.contractionMrr[m] - movements.churnedMrr[m]
        expect(movements.startMrr[m]).toBeCloseTo(before, 9)
        expect(movements.endMrr[m]).toBeCloseTo(moved, 9)
      }
    }))
  })

  it('upsell + cross-sell = expansion, each at least 0', () => {
    fc.assert(fc.property(dataArbitrary, (rows) => {
      const movements = monthlyMovements(seriesOf(rows), null)!
      for (let m = 0; m < axisMonths; m++) {
        expect(movements.upsellMrr[m] + movements.crossSellMrr[m]).toBeCloseTo(movements.expansionMrr[m], 9)
        expect(movements.upsellMrr[m]).toBeGreaterThanOrEqual(0)
        expect(movements.crossSellMrr[m]).toBeGreaterThanOrEqual(-1e-9)
      }
    }))
  })

  it('promoters + passives + detractors = responses', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 10 }), { maxLength: 200 }), (scores) => {
      const summary = npsSummary(buildSeries({ npsAnswers: scores.map((score) => ({ score })) }), null, null)
      if (scores.length === 0) {
        expect(summary).toBeNull()
        return
      }
      expect(summary!.promoters + summary!.passives + summary!.detractors).toBe(summary!.responses)
      expect(summary!.responses).toBe(scores.length)
      expect(summary!.nps).toBeGreaterThanOrEqual(-100)
      expect(summary!.nps).toBeLessThanOrEqual(100)
    }))
  })

  it('customer churn rate is within [0, 1] or null, for any period and selection', () => {
    fc.assert(fc.property(dataArbitrary, periodArbitrary, fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }), (rows, period, picks) => {
      const series = seriesOf(rows)
      const selection = Uint8Array.from(series.customers.ids, (_, i) => (picks[i] ? 1 : 0))
      const { churnRate } = customerChurn(series, activeCustomers(series, defaultMetricSettings)!, period, selection)
      if (churnRate !== null) {
        expect(churnRate).toBeGreaterThanOrEqual(0)
        expect(churnRate).toBeLessThanOrEqual(1)
      }
    }))
  })

  it('the MRR matrix equals the last-day rule applied to the records', () => {
    fc.assert(fc.property(dataArbitrary, (rows) => {
      const series = seriesOf(rows)
      series.customers.ids.forEach((id, c) => {
        for (let m = 0; m < axisMonths; m++) expect(series.subscriptions!.mrr[c * axisMonths + m]).toBeCloseTo(naiveMrr(rows, id, m), 9)
      })
    }))
  })

  it('monthly movements equal the naive reference', () => {
    fc.assert(fc.property(dataArbitrary, (rows) => {
      const movements = monthlyMovements(seriesOf(rows), null)!
      for (let m = 0; m < axisMonths; m++) expectTotalsClose(movementsOfMonth(movements, m), naiveMovements(rows, m - 1, m))
    }))
  })

  it('period movements and customer churn equal the naive reference', () => {
    fc.assert(fc.property(dataArbitrary, periodArbitrary, (rows, period) => {
      const series = seriesOf(rows)
      const first = months.indexOf(period.from)
      const last = months.indexOf(period.to)
      const expected = naiveMovements(rows, first - 1, last)
      expectTotalsClose(periodMovements(series, period, null)!, expected)
      const churn = customerChurn(series, activeCustomers(series, defaultMetricSettings)!, period, null)
      expect(churn.startCustomers).toBe(first === 0 ? 0 : expected.startCustomers)
      expect(churn.churnedCustomers).toBe(first === 0 ? 0 : expected.churnedCustomers)
    }))
  })

  it('cohort logo retention equals the naive reference', () => {
    fc.assert(fc.property(dataArbitrary, (rows) => {
      const table = cohortTable(seriesOf(rows), customPeriod(months[0], months[axisMonths - 1]), null)!
      const customers = [...new Set(rows.map((row) => row.customer))]
      const firstMonth = (id: string) => { for (let m = 0; m < axisMonths; m++) if (naiveMrr(rows, id, m) > 0) return m; return -1 }
      for (const row of table.rows) {
        const c = months.indexOf(row.cohort)
        const members = customers.filter((id) => firstMonth(id) === c)
        expect(row.size).toBe(members.length)
        row.logoRetention.forEach((cell, k) => {
          if (c + k >= axisMonths) expect(cell).toBeNull()
          else expect(cell).toBeCloseTo(members.filter((id) => naiveMrr(rows, id, c + k) > 0).length / members.length, 12)
        })
      }
      const cohortSizes = table.rows.reduce((sum, row) => sum + row.size, 0)
      expect(cohortSizes).toBe(customers.filter((id) => firstMonth(id) >= 0).length)
    }))
  })
})
