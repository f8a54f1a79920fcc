/**
 * Active and inactive customers month by month, and who they are at a date, by the same
 * rule as the engine's `activityAt` (a paying customer, or one with an account, with no
 * activity event in the window ending on that day is inactive), so a list always has as
 * many rows as its number says.
 */
import { CustomerStatus, NO_DAY, type DayNumber, type MonthKey, type Series } from '../../shared/model/series'
import { activityAt, lastDayAtOrBefore } from '../../shared/metrics/activation'
import { monthOfDay } from '../../shared/metrics/calendar'
import { axisRange, type Period } from '../../shared/metrics/periods'
import { findCustomerColumn, selectCustomers, type AttributeFilter, type CustomerSelection } from '../../shared/metrics/selection'
import type { MetricSettings } from '../../shared/metrics/settings'

/** The selection of the filters on customer columns (NPS or campaign columns do not select customers). */
export function customerSelection(series: Series, filters: readonly AttributeFilter[]): CustomerSelection {
  return selectCustomers(series, filters.filter((filter) => findCustomerColumn(series, filter.column) !== null))
}

/** Active and inactive customers at the end of each month of a period (null where they cannot be measured). */
export function activityByMonth(series: Series, period: Period, selection: CustomerSelection, settings: MetricSettings): { months: MonthKey[]; active: (number | null)[]; inactive: (number | null)[] } {
  const range = axisRange(series, period)
  const out = { months: [] as MonthKey[], active: [] as (number | null)[], inactive: [] as (number | null)[] }
  if (!range || (!series.activity && !series.customers.statusColumn)) return out
  for (let m = range.first; m <= range.last; m++) {
    const split = activityAt(series, series.monthEndDay[m], selection, settings)
    out.months.push(series.months[m])
    out.active.push(split?.active ?? null)
    out.inactive.push(split?.inactive ?? null)
  }
  return out
}

/** One customer counted by the activity split at a day. */
export interface CustomerActivity {
  customer: number
  active: boolean
  /** The last activity event on or before the day, NO_DAY when none (or without an activity table). */
  lastActivity: DayNumber
}

/** The customers `activityAt` counts at `day`, each active or inactive. */
export function customerActivityAt(series: Series, day: DayNumber, selection: CustomerSelection, settings: Pick<MetricSettings, 'activityWindowDays'>): CustomerActivity[] {
  const table = series.customers
  const out: CustomerActivity[] = []
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
      out.push({ customer: c, active: last !== NO_DAY && last > day - settings.activityWindowDays, lastActivity: last })
    }
    return out
  }
  if (!table.statusColumn) return out
  for (let c = 0; c < table.count; c++) {
    if (selection && !selection[c]) continue
    const status = table.status[c]
    if (status === CustomerStatus.active || status === CustomerStatus.inactive) out.push({ customer: c, active: status === CustomerStatus.active, lastActivity: NO_DAY })
  }
  return out
}
