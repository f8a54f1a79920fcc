/** Activation and inactivity (METRICS.md section 4). */
import { CustomerStatus, NO_DAY, type DayNumber, type Series } from '../model/series'
import { firstDayOfMonth, lastDayOfMonth, monthNumber, monthOfDay } from './calendar'
import type { Period } from './periods'
import { ratio } from './ratio'
import type { CustomerSelection } from './selection'
import type { MetricSettings } from './settings'

/** The seed's inactivity formula, under its own name: `inactive / active` (50 and 500 -> 0.10); null without active customers. */
export function inactiveToActiveRatio(inactive: number, active: number): number | null {
  return ratio(inactive, active)
}

/** Inactive share: `inactive / (active + inactive)` (50 and 500 -> 0.0909); null without customers. */
export function inactiveShare(inactive: number, active: number): number | null {
  return ratio(inactive, active + inactive)
}

/** Active and inactive customers at a date, with both ratios. */
export interface ActivitySummary {
  /** Where the split comes from: activity events, or the customer table's status column. */
  basis: 'activity' | 'status'
  active: number
  inactive: number
  inactiveToActiveRatio: number | null
  inactiveShare: number | null
}

/** Per customer at a day: not counted (-1), inactive (0) or active (1). */
export interface ActivityStates {
  basis: ActivitySummary['basis']
  state: Int8Array
}

/**
 * Which customers are active or inactive at day `day`. With an activity table: among
 * customers who have a subscription (MRR > 0 in that month) or, without subscription data,
 * an account (signed up by then and not churned), the inactive ones have no activity event
 * in the window ending on that day (default 30 days). Without an activity table: the status
 * column (active / inactive; churned and unknown statuses are left out). Null with neither.
 */
export function activityStatesAt(series: Series, day: DayNumber, selection: CustomerSelection, settings: Pick<MetricSettings, 'activityWindowDays'>): ActivityStates | null {
  const table = series.customers
  const state = new Int8Array(table.count).fill(-1)
  if (series.activity) {
    const { start, days } = series.activity
    const month = monthOfDay(day) - series.firstMonth
    const months = series.months.length
    const subscriptions = series.subscriptions
    for (let c = 0; c < table.count; c++) {
      if (selection && !selection[c]) continue
      if (subscriptions) {
        if (month < 0 || month >= months || !(subscriptions.mrr[c * months + month] > 0)) continue
      } else if (table.signupDay[c] > day || (table.churnDay[c] !== NO_DAY ? table.churnDay[c] <= day : table.churned[c] === 1)) continue
      const last = lastDayAtOrBefore(days, start[c], start[c + 1], day)
      state[c] = last !== NO_DAY && last > day - settings.activityWindowDays ? 1 : 0
    }
    return { basis: 'activity', state }
  }
  if (!table.statusColumn) return null
  for (let c = 0; c < table.count; c++) {
    if (selection && !selection[c]) continue
    if (table.status[c] === CustomerStatus.active) state[c] = 1
    else if (table.status[c] === CustomerStatus.inactive) state[c] = 0
  }
  return { basis: 'status', state }
}

/** Active and inactive customers at day `day`, with both ratios: the counts of `activityStatesAt`. Null when it is null. */
export function activityAt(series: Series, day: DayNumber, selection: CustomerSelection, settings: Pick<MetricSettings, 'activityWindowDays'>): ActivitySummary | null {
  const states = activityStatesAt(series, day, selection, settings)
  if (!states) return null
  let active = 0
  let inactive = 0
  for (let c = 0; c < states.state.length; c++) {
    if (states.state[c] === 1) active++
    else if (states.state[c] === 0) inactive++
  }
  return { basis: states.basis, active, inactive, inactiveToActiveRatio: inactiveToActiveRatio(inactive, active), inactiveShare: inactiveShare(inactive, active) }
}

/** New customers of a period and how many activated. */
export interface Activation {
  newCustomers: number
  activated: number
  /** `activated / new customers`; null without new customers. */
  activationRate: number | null
}

/**
 * Activation rate: new customers (signup day inside the period) with a first activity
 * event within N days of signup (default 14; day 0 to day N, events before the signup do
 * not count) / new customers. Null without an activity table.
 */
export function activationRate(series: Series, period: Period, selection: CustomerSelection, settings: Pick<MetricSettings, 'activationDays'>): Activation | null {
  if (!series.activity) return null
  const { start, days } = series.activity
  const from = firstDayOfMonth(monthNumber(period.from))
  const to = lastDayOfMonth(monthNumber(period.to))
  let newCustomers = 0
  let activated = 0
  for (let c = 0; c < series.customers.count; c++) {
    if (selection && !selection[c]) continue
    const signup = series.customers.signupDay[c]
    if (signup === NO_DAY || signup < from || signup > to) continue
    newCustomers++
    const first = firstDayAtOrAfter(days, start[c], start[c + 1], signup)
    if (first !== NO_DAY && first - signup <= settings.activationDays) activated++
  }
  return { newCustomers, activated, activationRate: ratio(activated, newCustomers) }
}

/** The last day <= `day` in the sorted `days[low..high)`, or NO_DAY. */
export function lastDayAtOrBefore(days: Int32Array, low: number, high: number, day: number): number {
  let lo = low
  let hi = high
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (days[mid] <= day) lo = mid + 1
    else hi = mid
  }
  return lo > low ? days[lo - 1] : NO_DAY
}

/** The first day >= `day` in the sorted `days[low..high)`, or NO_DAY. */
export function firstDayAtOrAfter(days: Int32Array, low: number, high: number, day: number): number {
  let lo = low
  let hi = high
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (days[mid] < day) lo = mid + 1
    else hi = mid
  }
  return lo < high ? days[lo] : NO_DAY
}
