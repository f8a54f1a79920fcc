/** Churn (METRICS.md section 1): customer churn, snapshot churn, revenue churn and churn reasons. */
import { NO_DAY, type CategoricalColumn, type Series } from '../model/series'
import type { ActiveCustomers } from './activeCustomers'
import { monthOfDay } from './calendar'
import type { MovementTotals } from './movements'
import { axisRange, type Period } from './periods'
import { ratio } from './ratio'
import type { CustomerSelection } from './selection'

/** The seed formula: `customers lost / total customers`; null when there are no customers (20 of 350 -> 0.0571). */
export function churnRate(lost: number, customers: number): number | null {
  return ratio(lost, customers)
}

/** Customer churn of a period. */
export interface CustomerChurn {
  /** Customers at the start of the period (at the end of the month before it). */
  startCustomers: number
  /** Of those, the ones who are no longer customers at the end of the period. */
  churnedCustomers: number
  churnRate: number | null
}

/**
 * Customer (logo) churn rate of a period: `churned / customers at the start`. Customers who
 * start and churn inside the period are on neither side; one who churns and comes back
 * inside it is not churned. Null when nobody was a customer at the start (also when the
 * period starts with the data: there is no earlier measurement).
 */
export function customerChurn(series: Series, active: ActiveCustomers, period: Period, selection: CustomerSelection): CustomerChurn {
  const range = axisRange(series, period)
  if (!range || range.baseline < 0) return { startCustomers: 0, churnedCustomers: 0, churnRate: null }
  const months = active.months
  let startCustomers = 0
  let churnedCustomers = 0
  for (let c = 0; c < series.customers.count; c++) {
    if (selection && !selection[c]) continue
    if (!active.active[c * months + range.baseline]) continue
    startCustomers++
    if (!active.active[c * months + range.last]) churnedCustomers++
  }
  return { startCustomers, churnedCustomers, churnRate: churnRate(churnedCustomers, startCustomers) }
}

/** Customers per month of the axis: at the end of the month, at its start, and churned in it. */
export interface MonthlyCustomers {
  customers: Float64Array
  startCustomers: Float64Array
  churnedCustomers: Float64Array
}

/** Customer counts of every month in one pass; month m's churn rate is `churnedCustomers[m] / startCustomers[m]`. */
export function monthlyCustomers(series: Series, active: ActiveCustomers, selection: CustomerSelection): MonthlyCustomers {
  const months = active.months
  const out = { customers: new Float64Array(months), startCustomers: new Float64Array(months), churnedCustomers: new Float64Array(months) }
  const flags = active.active
  for (let c = 0; c < series.customers.count; c++) {
    if (selection && !selection[c]) continue
    const base = c * months
    let before = 0
    for (let m = 0; m < months; m++) {
      const now = flags[base + m]
      out.customers[m] += now
      out.startCustomers[m] += before
      if (before && !now) out.churnedCustomers[m]++
      before = now
    }
  }
  return out
}

/** Snapshot churn of a customer table with a churned flag or status, no dates needed. */
export interface SnapshotChurn {
  customers: number
  churned: number
  /** `churned / customers`: exactly the seed formula. */
  churnRate: number | null
  /** `current MRR of churned customers / current MRR of all`, when the table has a monthly value; else null. */
  revenueChurnRate: number | null
}

/** Snapshot churn of the selected customers; null when the data says nothing about churn. */
export function snapshotChurn(series: Series, selection: CustomerSelection): SnapshotChurn | null {
  const table = series.customers
  if (!table.hasChurnFlag) return null
  let customers = 0
  let churned = 0
  let mrr = 0
  let churnedMrr = 0
  for (let c = 0; c < table.count; c++) {
    if (selection && !selection[c]) continue
    customers++
    churned += table.churned[c]
    const value = table.snapshotMrr ? table.snapshotMrr[c] : NaN
    if (value === value) {
      mrr += value
      if (table.churned[c]) churnedMrr += value
    }
  }
  return { customers, churned, churnRate: churnRate(churned, customers), revenueChurnRate: table.snapshotMrr ? ratio(churnedMrr, mrr) : null }
}

/** Snapshot churn per value of a column (plan, contract, region...), in one pass; an empty object when the data says nothing about churn. */
export function snapshotChurnBy(series: Series, column: CategoricalColumn, selection: CustomerSelection): Record<string, SnapshotChurn> {
  const table = series.customers
  const out: Record<string, SnapshotChurn> = {}
  if (!table.hasChurnFlag) return out
  const groups = column.values.length
  const customers = new Float64Array(groups)
  const churned = new Float64Array(groups)
  const mrr = new Float64Array(groups)
  const churnedMrr = new Float64Array(groups)
  for (let c = 0; c < table.count; c++) {
    const code = column.codes[c]
    if (code < 0 || (selection && !selection[c])) continue
    customers[code]++
    churned[code] += table.churned[c]
    const value = table.snapshotMrr ? table.snapshotMrr[c] : NaN
    if (value === value) {
      mrr[code] += value
      if (table.churned[c]) churnedMrr[code] += value
    }
  }
  column.values.forEach((value, code) => {
    if (customers[code] === 0) return
    out[value] = {
      customers: customers[code],
      churned: churned[code],
      churnRate: churnRate(churned[code], customers[code]),
      revenueChurnRate: table.snapshotMrr ? ratio(churnedMrr[code], mrr[code]) : null
    }
  })
  return out
}

/** Gross MRR churn rate: `(churned MRR + contraction MRR) / MRR at the start`; null when the start MRR is 0. */
export function grossMrrChurnRate(movements: MovementTotals): number | null {
  return ratio(movements.churnedMrr + movements.contractionMrr, movements.startMrr)
}

/**
 * Net MRR churn rate: `(churned + contraction - expansion - reactivation) / MRR at the start`;
 * negative is net expansion; null when the start MRR is 0.
 */
export function netMrrChurnRate(movements: MovementTotals): number | null {
  return ratio(movements.churnedMrr + movements.contractionMrr - movements.expansionMrr - movements.reactivationMrr, movements.startMrr)
}

/** Customers and lost MRR of one churn reason. */
export interface ChurnReasonCount {
  customers: number
  /** MRR at the end of the month before the churn (subscription data), else the table's current MRR; null without either. */
  mrr: number | null
}

/**
 * Churn reasons of the churn events inside the period (events without a date count in
 * every period): distinct customers and their lost MRR per reason. A blank reason is the
 * key ''. Empty object without churn events.
 */
export function churnReasons(series: Series, period: Period | null, selection: CustomerSelection): Record<string, ChurnReasonCount> {
  const events = series.churnEvents
  const out: Record<string, ChurnReasonCount> = {}
  if (!events) return out
  const range = period ? axisRange(series, period) : null
  const months = series.months.length
  const seen = new Set<string>()
  const subscriptions = series.subscriptions
  const snapshot = series.customers.snapshotMrr
  for (let i = 0; i < events.count; i++) {
    const c = events.customer[i]
    if (selection && !selection[c]) continue
    const day = events.day[i]
    const month = day === NO_DAY ? -1 : monthOfDay(day) - series.firstMonth
    if (period && day !== NO_DAY && (!range || month < range.first || month > range.last)) continue
    const code = events.reason.codes[i]
    const reason = code >= 0 ? events.reason.values[code] : ''
    if (seen.has(`${reason}|${c}`)) continue
    seen.add(`${reason}|${c}`)
    const entry = (out[reason] ??= { customers: 0, mrr: subscriptions || snapshot ? 0 : null })
    entry.customers++
    let lost = 0
    if (subscriptions && month >= 1 && month <= months) lost = subscriptions.mrr[c * months + month - 1]
    else if (!subscriptions && snapshot && snapshot[c] === snapshot[c]) lost = snapshot[c]
    if (entry.mrr !== null) entry.mrr += lost
  }
  return out
}
