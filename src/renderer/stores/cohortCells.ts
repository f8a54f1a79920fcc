/**
 * The cohort table's cells as counts (customers and money), and the customers behind a
 * cell, by the same rules as the engine's `cohortTable`: the cohort is the first month
 * with MRR (else with an order, else the signup month), the cohorts start inside the
 * period, and a cell after the period's last month is null, never 0.
 */
import { NO_DAY, type MonthKey, type Series } from '../../shared/model/series'
import { monthOfDay } from '../../shared/metrics/calendar'
import type { CohortBasis } from '../../shared/metrics/cohorts'
import { axisRange, type Period } from '../../shared/metrics/periods'
import type { CustomerSelection } from '../../shared/metrics/selection'

export interface CohortCounts {
  cohort: MonthKey
  size: number
  /** Customers of the cohort present in month k (null after the last month). */
  customers: (number | null)[]
  /** Their MRR (or revenue) in month k; null on the signup basis. */
  revenue: (number | null)[] | null
}

/** Each customer's cohort (axis month), -1 when it has none. */
function cohortOf(series: Series, basis: CohortBasis, c: number, lastMonth: number): number {
  if (basis === 'signup') return series.customers.signupDay[c] === NO_DAY ? -1 : monthOfDay(series.customers.signupDay[c]) - series.firstMonth
  const presence = series.subscriptions?.mrr ?? series.transactions?.orders
  if (!presence) return -1
  const base = c * series.months.length
  for (let m = 0; m <= lastMonth; m++) if (presence[base + m] > 0) return m
  return -1
}

function basisOf(series: Series): CohortBasis | null {
  if (series.subscriptions) return 'subscriptions'
  if (series.transactions) return 'transactions'
  return series.customers.signupDay.some((day) => day !== NO_DAY) ? 'signup' : null
}

/** Whether customer c is in the cell of axis month m. */
function presentIn(series: Series, basis: CohortBasis, c: number, m: number): boolean {
  const index = c * series.months.length + m
  if (basis === 'subscriptions') return (series.subscriptions?.mrr[index] ?? 0) > 0
  if (basis === 'transactions') return (series.transactions?.orders[index] ?? 0) > 0
  const churn = series.customers.churnDay[c]
  return churn === NO_DAY || churn > series.monthEndDay[m]
}

/** The cohorts of the period as counts; empty when the data has no basis. */
export function cohortCounts(series: Series, period: Period, selection: CustomerSelection): CohortCounts[] {
  const range = axisRange(series, period)
  const basis = basisOf(series)
  if (!range || !basis) return []
  const width = range.last - range.first + 1
  const sizes = new Float64Array(width)
  const present = new Float64Array(width * width)
  const money = new Float64Array(width * width)
  const values = series.subscriptions?.mrr ?? series.transactions?.revenue ?? null
  for (let c = 0; c < series.customers.count; c++) {
    if (selection && !selection[c]) continue
    const cohort = cohortOf(series, basis, c, range.last)
    if (cohort < range.first || cohort > range.last) continue
    const row = cohort - range.first
    sizes[row]++
    for (let m = cohort; m <= range.last; m++) {
      if (presentIn(series, basis, c, m)) present[row * width + m - cohort]++
      if (values) money[row * width + m - cohort] += values[c * series.months.length + m]
    }
  }
  const rows: CohortCounts[] = []
  for (let row = 0; row < width; row++) {
    if (sizes[row] === 0) continue
    const cells = (pick: (k: number) => number) => Array.from({ length: width }, (_, k) => (range.first + row + k <= range.last ? pick(k) : null))
    rows.push({ cohort: series.months[range.first + row], size: sizes[row], customers: cells((k) => present[row * width + k]), revenue: values ? cells((k) => money[row * width + k]) : null })
  }
  return rows
}

/** The customers of cohort `cohort` present in its month k (the customers behind a cell). */
export function cohortCellCustomers(series: Series, period: Period, selection: CustomerSelection, cohort: MonthKey, k: number): number[] {
  const range = axisRange(series, period)
  const basis = basisOf(series)
  const start = series.months.indexOf(cohort)
  if (!range || !basis || start < 0 || start + k > range.last) return []
  const out: number[] = []
  for (let c = 0; c < series.customers.count; c++) {
    if (selection && !selection[c]) continue
    if (cohortOf(series, basis, c, range.last) === start && presentIn(series, basis, c, start + k)) out.push(c)
  }
  return out
}
