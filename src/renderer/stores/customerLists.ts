/**
 * Per-customer lists and monthly series the dashboards show beside the engine's totals,
 * built from the engine's own building blocks (the active-customer matrix, the customer
 * selection, the activity split), so a list always agrees with its number.
 */
import type { MonthKey, Series } from '../../shared/model/series'
import { activityAt } from '../../shared/metrics/activation'
import { activeCustomers } from '../../shared/metrics/activeCustomers'
import { axisRange, type Period } from '../../shared/metrics/periods'
import { findCustomerColumn, selectCustomers, type AttributeFilter } from '../../shared/metrics/selection'
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

/**
 * The customers behind the period's customer churn (the same rule as the engine: active
 * at the end of the month before the period, not active at its end). Empty when the period
 * starts with the data.
 */
export function churnedCustomers(series: Series, period: Period, filters: readonly AttributeFilter[], settings: MetricSettings): ChurnedCustomer[] {
  const active = activeCustomers(series, settings)
  const range = axisRange(series, period)
  if (!active || !range || range.baseline < 0) return []
  const selection = selectCustomers(series, filters.filter((filter) => findCustomerColumn(series, filter.column) !== null))
  const months = active.months
  const reasons = reasonsByCustomer(series)
  const rows: ChurnedCustomer[] = []
  for (let c = 0; c < series.customers.count; c++) {
    if (selection && !selection[c]) continue
    const base = c * months
    if (!active.active[base + range.baseline] || active.active[base + range.last]) continue
    let lastActive = range.last
    while (lastActive > range.baseline && !active.active[base + lastActive]) lastActive--
    rows.push({
      id: series.customers.ids[c],
      churnMonth: series.months[lastActive + 1],
      startMrr: series.subscriptions ? series.subscriptions.mrr[base + range.baseline] : null,
      reason: reasons[c] ?? null
    })
  }
  return rows
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

/** The inactive share measured at the end of each month of a period (null where it cannot be measured). */
export function inactiveShareByMonth(series: Series, period: Period, filters: readonly AttributeFilter[], settings: MetricSettings): { months: MonthKey[]; values: (number | null)[] } {
  const range = axisRange(series, period)
  if (!range || (!series.activity && !series.customers.statusColumn)) return { months: [], values: [] }
  const selection = selectCustomers(series, filters.filter((filter) => findCustomerColumn(series, filter.column) !== null))
  const months: MonthKey[] = []
  const values: (number | null)[] = []
  for (let m = range.first; m <= range.last; m++) {
    months.push(series.months[m])
    values.push(activityAt(series, series.monthEndDay[m], selection, settings)?.inactiveShare ?? null)
  }
  return { months, values }
}
