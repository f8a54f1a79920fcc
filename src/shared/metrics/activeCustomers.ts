/**
 * Who is a customer at the end of each month (METRICS.md, "Customers at a time"):
 * - subscription data: MRR > 0 in the month;
 * - else transaction data: a purchase in the inactivity window (default 90 days) ending on
 *   the month's last day;
 * - else a customer table with dates: signed up on or before the month's last day and not
 *   churned on or before it.
 * Customer churn, ARPA and cohorts count customers through this matrix.
 */
import { NO_DAY, type Series } from '../model/series'
import type { MetricSettings } from './settings'

export type ActivityBasis = 'subscriptions' | 'transactions' | 'dates'

/** 1 when the customer is a customer at the end of the month, per customer-month (`customer * months + month`). */
export interface ActiveCustomers {
  basis: ActivityBasis
  months: number
  active: Uint8Array
  /** Each customer's first active month (first MRR, first purchase, signup), -1 when never active. */
  firstActive: Int32Array
}

/** The active-customer matrix on the best basis the data has, or null when it has no dated customer data. */
export function activeCustomers(series: Series, settings: Pick<MetricSettings, 'inactivityWindowDays'>): ActiveCustomers | null {
  const months = series.months.length
  const count = series.customers.count
  if (months === 0) return null
  const active = new Uint8Array(count * months)
  const firstActive = new Int32Array(count).fill(-1)
  if (series.subscriptions) {
    const mrr = series.subscriptions.mrr
    for (let c = 0; c < count; c++) {
      const base = c * months
      let first = -1
      for (let m = 0; m < months; m++) {
        if (mrr[base + m] > 0) {
          active[base + m] = 1
          if (first < 0) first = m
        }
      }
      firstActive[c] = first
    }
    return { basis: 'subscriptions', months, active, firstActive }
  }
  if (series.transactions) {
    const { start, days } = series.transactions.purchaseDays
    const window = settings.inactivityWindowDays
    const ends = series.monthEndDay
    for (let c = 0; c < count; c++) {
      let low = start[c]
      let high = start[c]
      const stop = start[c + 1]
      if (low === stop) continue
      const base = c * months
      for (let m = 0; m < months; m++) {
        const end = ends[m]
        while (high < stop && days[high] <= end) high++
        while (low < high && days[low] <= end - window) low++
        if (high > low) {
          active[base + m] = 1
          if (firstActive[c] < 0) firstActive[c] = m
        }
      }
    }
    return { basis: 'transactions', months, active, firstActive }
  }
  const { signupDay, churnDay } = series.customers
  let dated = false
  for (let c = 0; c < count && !dated; c++) dated = signupDay[c] !== NO_DAY || churnDay[c] !== NO_DAY
  if (!dated) return null
  for (let c = 0; c < count; c++) {
    const base = c * months
    for (let m = 0; m < months; m++) {
      const end = series.monthEndDay[m]
      if (signupDay[c] <= end && (churnDay[c] === NO_DAY || churnDay[c] > end)) {
        active[base + m] = 1
        if (firstActive[c] < 0) firstActive[c] = m
      }
    }
  }
  return { basis: 'dates', months, active, firstActive }
}
