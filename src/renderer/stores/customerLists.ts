/**
 * Per-customer lists and monthly series the dashboards show beside the engine's totals,
 * taken from the engine's own answers (`customersBehind`, `activityByMonth`,
 * `activityStatesAt`), so a list always agrees with its number: the renderer keeps no rule
 * of its own, only how the rows are shown.
 */
import { NO_DAY, type DayNumber, type MonthKey, type Series } from '../../shared/model/series'
import { activityStatesAt, lastDayAtOrBefore } from '../../shared/metrics/activation'
import { activityByMonth } from '../../shared/metrics/activityByMonth'
import { customersBehind, type CustomersBehind, type CustomersBehindRequest } from '../../shared/metrics/customersBehind'
import type { Period } from '../../shared/metrics/periods'
import { findCustomerColumn, selectCustomers, type AttributeFilter, type CustomerSelection } from '../../shared/metrics/selection'
import type { MetricSettings } from '../../shared/metrics/settings'

/** A customer lost in the period: a customer at its start and not at its end. */
export interface ChurnedCustomer {
  id: string
  /** The month after its last month as a customer inside the period. */
  churnMonth: MonthKey
  /** MRR at the start of the period (subscription data), else null. */
  startMrr: number | null
  reason: string | null
}

/** One customer counted by the activity split at a day. */
export interface CustomerActivity {
  customer: number
  active: boolean
  /** The last activity event on or before the day, NO_DAY when none (or without an activity table). */
  lastActivity: DayNumber
}

/** The selection of the filters on customer columns (NPS or campaign columns do not select customers). */
export function customerSelection(series: Series, filters: readonly AttributeFilter[]): CustomerSelection {
  return selectCustomers(series, filters.filter((filter) => findCustomerColumn(series, filter.column) !== null))
}

/** The engine's customers behind a period's numbers; null where the engine refuses the filters (the dashboard shows why). */
export function behindOrNull(series: Series, request: CustomersBehindRequest): CustomersBehind | null {
  try {
    return customersBehind(series, request)
  } catch {
    return null
  }
}

/** The customers behind the period's customer churn, as the engine counts them (`customersBehind(...).churned`), with when they left, their start MRR and reason. */
export function churnedCustomers(series: Series, period: Period, filters: readonly AttributeFilter[], settings: MetricSettings): ChurnedCustomer[] {
  const behind = behindOrNull(series, { period, filters, settings })
  if (!behind) return []
  const reasons = reasonsByCustomer(series)
  return Array.from(behind.churned, (c, k) => ({
    id: series.customers.ids[c],
    churnMonth: series.months[behind.churnMonth[k]],
    startMrr: behind.movements ? behind.movements.startMrr[c] : null,
    reason: reasons[c] ?? null
  }))
}

/** Each customer's churn reason: the customer table's column, else its latest churn event. */
function reasonsByCustomer(series: Series): (string | undefined)[] {
  const reasons: (string | undefined)[] = new Array(series.customers.count)
  const events = series.churnEvents
  if (events) {
    for (let i = 0; i < events.count; i++) {
      const code = events.reason.codes[i]
      if (events.customer[i] >= 0 && code >= 0) reasons[events.customer[i]] = events.reason.values[code]
    }
  }
  const column = series.customers.churnReason
  if (column) {
    for (let c = 0; c < column.codes.length; c++) if (column.codes[c] >= 0) reasons[c] = column.values[column.codes[c]]
  }
  return reasons
}

/** The engine's inactive share at the end of each month of a period (null where it cannot be measured). */
export function inactiveShareByMonth(series: Series, period: Period, filters: readonly AttributeFilter[], settings: MetricSettings): { months: MonthKey[]; values: (number | null)[] } {
  const trend = activityByMonth(series, period, customerSelection(series, filters), settings)
  return trend ? { months: trend.months, values: trend.inactiveShare } : { months: [], values: [] }
}

/** The customers the engine's activity split counts at `day` (`activityStatesAt`), each active or inactive, with its last activity. */
export function customerActivityAt(series: Series, day: DayNumber, selection: CustomerSelection, settings: Pick<MetricSettings, 'activityWindowDays'>): CustomerActivity[] {
  const states = activityStatesAt(series, day, selection, settings)
  if (!states) return []
  const activity = series.activity
  const out: CustomerActivity[] = []
  states.state.forEach((state, c) => {
    if (state < 0) return
    const lastActivity = activity ? lastDayAtOrBefore(activity.days, activity.start[c], activity.start[c + 1], day) : NO_DAY
    out.push({ customer: c, active: state === 1, lastActivity })
  })
  return out
}
