// Small literal series for the renderer tests: MRR written month by month, built by the shared engine.
import { buildSeries } from '../../../src/shared/metrics/build'
import { dayToIso, firstDayOfMonth, monthNumber } from '../../../src/shared/metrics/calendar'
import type { SubscriptionRecord } from '../../../src/shared/metrics/records'
import type { Series } from '../../../src/shared/model/series'

/** MRR per month, per product when an object: `{ a: [10, 20], b: { CRM: [5, 5], BI: [0, 3] } }`. */
export type MonthlyMrr = Record<string, number[] | Record<string, number[]>>

/** Subscriptions that give exactly these monthly MRRs from month `from` on: one per customer, product and month. */
export function subscriptionsOf(mrr: MonthlyMrr, from = '2024-01'): SubscriptionRecord[] {
  const first = monthNumber(from)
  const rows: SubscriptionRecord[] = []
  for (const [customer, value] of Object.entries(mrr)) {
    const byProduct = Array.isArray(value) ? { '': value } : value
    for (const [product, amounts] of Object.entries(byProduct)) {
      amounts.forEach((amount, m) => {
        if (amount !== 0) rows.push({ customer, product, start: dayToIso(firstDayOfMonth(first + m)), end: dayToIso(firstDayOfMonth(first + m + 1)), mrr: amount })
      })
    }
  }
  return rows
}

/** A series of these monthly MRRs from `from`, as long as the longest list. */
export function mrrSeries(mrr: MonthlyMrr, from = '2024-01'): Series {
  const longest = Math.max(1, ...Object.values(mrr).map((value) => (Array.isArray(value) ? value.length : Math.max(...Object.values(value).map((v) => v.length)))))
  const to = dayToIso(firstDayOfMonth(monthNumber(from) + longest - 1)).slice(0, 7)
  return buildSeries({ subscriptions: subscriptionsOf(mrr, from), months: { from, to } })
}
