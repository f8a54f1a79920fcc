/** Cohorts (METRICS.md section 7): logo and revenue retention by month of first revenue. */
import { NO_DAY, type MonthKey, type Series } from '../model/series'
import { monthOfDay } from './calendar'
import { axisRange, type Period } from './periods'
import { ratio } from './ratio'
import type { CustomerSelection } from './selection'

/**
 * What a cohort is built from: MRR (subscriptions), purchases (transactions: the classic
 * repeat-purchase cohort) or, without revenue data, signup and churn dates.
 */
export type CohortBasis = 'subscriptions' | 'transactions' | 'signup'

/** One cohort: cell k is month `cohort + k`; a cell after the last month is null, never 0. */
export interface CohortRow {
  cohort: MonthKey
  size: number
  /** Customers of the cohort active (paying, buying, or not yet churned) in month k / size. */
  logoRetention: (number | null)[]
  /** MRR or revenue of the cohort in month k / in its first month (can exceed 1); null on the signup basis. */
  revenueRetention: (number | null)[] | null
}

export interface CohortTable {
  basis: CohortBasis
  rows: CohortRow[]
}

/**
 * The cohorts that start inside the period, with cells up to the period's last month
 * (cut to the data). Every row has the same length (months from the first cohort to the
 * last month); cells past the last month are null. Null when the data has no basis or
 * the period is off the axis.
 */
export function cohortTable(series: Series, period: Period, selection: CustomerSelection): CohortTable | null {
  const range = axisRange(series, period)
  if (!range) return null
  const months = series.months.length
  const basis: CohortBasis | null = series.subscriptions ? 'subscriptions' : series.transactions ? 'transactions' : series.customers.signupDay.some((day) => day !== NO_DAY) ? 'signup' : null
  if (!basis) return null
  const width = range.last - range.first + 1
  const size = new Float64Array(width)
  const logo = new Float64Array(width * width)
  const revenue = new Float64Array(width * width)
  const values = series.subscriptions?.mrr ?? series.transactions?.revenue ?? null
  // Where "> 0" means the customer is in the cell: MRR, or orders of the month.
  const presence = series.subscriptions?.mrr ?? series.transactions?.orders ?? null
  const { signupDay, churnDay } = series.customers
  for (let c = 0; c < series.customers.count; c++) {
    if (selection && !selection[c]) continue
    const base = c * months
    let cohort = -1
    if (basis === 'signup') {
      cohort = signupDay[c] === NO_DAY ? -1 : monthOfDay(signupDay[c]) - series.firstMonth
    } else {
      for (let m = 0; presence && m <= range.last && cohort < 0; m++) if (presence[base + m] > 0) cohort = m
    }
    if (cohort < range.first || cohort > range.last) continue
    const row = cohort - range.first
    size[row]++
    const cells = row * width - cohort
    if (presence && values) {
      for (let m = cohort; m <= range.last; m++) {
        if (presence[base + m] > 0) logo[cells + m]++
        revenue[cells + m] += values[base + m]
      }
    } else {
      for (let m = cohort; m <= range.last; m++) if (churnDay[c] === NO_DAY || churnDay[c] > series.monthEndDay[m]) logo[cells + m]++
    }
  }
  const rows: CohortRow[] = []
  for (let row = 0; row < width; row++) {
    if (size[row] === 0) continue
    const cells = (pick: (k: number) => number | null) => Array.from({ length: width }, (_, k) => (range.first + row + k <= range.last ? pick(k) : null))
    rows.push({
      cohort: series.months[range.first + row],
      size: size[row],
      logoRetention: cells((k) => ratio(logo[row * width + k], size[row])),
      revenueRetention: values ? cells((k) => ratio(revenue[row * width + k], revenue[row * width])) : null
    })
  }
  return { basis, rows }
}
