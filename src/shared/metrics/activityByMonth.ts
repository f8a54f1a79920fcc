/** Active and inactive customers at the end of every month of a period, in one pass (METRICS.md section 4). */
import { NO_DAY, type MonthKey, type Series } from '../model/series'
import { activityAt, inactiveShare, inactiveToActiveRatio, type ActivitySummary } from './activation'
import { axisRange, type Period } from './periods'
import type { CustomerSelection } from './selection'
import type { MetricSettings } from './settings'

/** The activity split at each month end of a period; the arrays are per month, in order. */
export interface MonthlyActivity {
  basis: ActivitySummary['basis']
  months: MonthKey[]
  active: number[]
  inactive: number[]
  /** `inactive / (active + inactive)`; null for a month without customers. */
  inactiveShare: (number | null)[]
  /** The seed's `inactive / active`; null for a month without active customers. */
  inactiveToActiveRatio: (number | null)[]
}

/**
 * `activityAt` measured on the last day of every month of the period, walking each
 * customer's activity days once (not once per month). Without an activity table the status
 * column decides, and it has no dates: every month gets the same split. Null when the
 * period is off the axis or the data has neither an activity table nor a status column.
 */
export function activityByMonth(series: Series, period: Period, selection: CustomerSelection, settings: Pick<MetricSettings, 'activityWindowDays'>): MonthlyActivity | null {
  const range = axisRange(series, period)
  if (!range) return null
  const width = range.last - range.first + 1
  const months = series.months.slice(range.first, range.last + 1)
  const active = new Array<number>(width).fill(0)
  const inactive = new Array<number>(width).fill(0)
  const ratios = (basis: ActivitySummary['basis']): MonthlyActivity => ({
    basis, months, active, inactive,
    inactiveShare: active.map((count, k) => inactiveShare(inactive[k], count)),
    inactiveToActiveRatio: active.map((count, k) => inactiveToActiveRatio(inactive[k], count))
  })
  if (!series.activity) {
    const split = activityAt(series, series.monthEndDay[range.last], selection, settings)
    if (!split) return null
    active.fill(split.active)
    inactive.fill(split.inactive)
    return ratios(split.basis)
  }
  const { start, days } = series.activity
  const table = series.customers
  const mrr = series.subscriptions?.mrr ?? null
  const axisMonths = series.months.length
  const window = settings.activityWindowDays
  for (let c = 0; c < table.count; c++) {
    if (selection && !selection[c]) continue
    let next = start[c]
    const stop = start[c + 1]
    for (let m = range.first; m <= range.last; m++) {
      const end = series.monthEndDay[m]
      while (next < stop && days[next] <= end) next++
      if (mrr) {
        if (!(mrr[c * axisMonths + m] > 0)) continue
      } else if (table.signupDay[c] > end || (table.churnDay[c] !== NO_DAY ? table.churnDay[c] <= end : table.churned[c] === 1)) continue
      // The last activity on or before the month end is days[next - 1].
      if (next > start[c] && days[next - 1] > end - window) active[m - range.first]++
      else inactive[m - range.first]++
    }
  }
  return ratios('activity')
}
