/**
 * Periods: months, quarters, years (with a fiscal year start) and custom month ranges,
 * plus the previous period and the same period a year earlier. A period is a range of
 * whole months because MRR is measured on the last day of each month.
 */
import type { MonthKey, Series } from '../model/series'
import { monthKey, monthNumber } from './calendar'

/** From `from` to `to`, both months included. */
export interface Period {
  from: MonthKey
  to: MonthKey
}

export type PeriodKind = 'month' | 'quarter' | 'year'

/** A custom range; throws when `to` is before `from`. */
export function customPeriod(from: MonthKey, to: MonthKey): Period {
  if (monthNumber(to) < monthNumber(from)) throw new RangeError(`The period ends (${to}) before it starts (${from})`)
  return { from, to }
}

/** One month. */
export function monthPeriod(month: MonthKey): Period {
  monthNumber(month)
  return { from: month, to: month }
}

/**
 * The month, quarter or year that contains `month`. Quarters and years start at the
 * fiscal year start (1 = January): with April, Q1 is April..June and the year April..March.
 */
export function periodContaining(kind: PeriodKind, month: MonthKey, fiscalYearStartMonth = 1): Period {
  if (!Number.isInteger(fiscalYearStartMonth) || fiscalYearStartMonth < 1 || fiscalYearStartMonth > 12) {
    throw new RangeError(`The fiscal year starts in a month 1..12, not ${fiscalYearStartMonth}`)
  }
  if (kind === 'month') return monthPeriod(month)
  const length = kind === 'quarter' ? 3 : 12
  const offset = monthNumber(month) - (fiscalYearStartMonth - 1)
  const start = offset - (((offset % length) + length) % length) + (fiscalYearStartMonth - 1)
  return { from: monthKey(start), to: monthKey(start + length - 1) }
}

/** The quarter (1..4) of a fiscal year named by the calendar year it starts in. */
export function quarterPeriod(fiscalYear: number, quarter: 1 | 2 | 3 | 4, fiscalYearStartMonth = 1): Period {
  const start = fiscalYear * 12 + fiscalYearStartMonth - 1 + (quarter - 1) * 3
  return { from: monthKey(start), to: monthKey(start + 2) }
}

/** A fiscal year, named by the calendar year it starts in (fiscal 2024 with April start = 2024-04..2025-03). */
export function yearPeriod(fiscalYear: number, fiscalYearStartMonth = 1): Period {
  const start = fiscalYear * 12 + fiscalYearStartMonth - 1
  return { from: monthKey(start), to: monthKey(start + 11) }
}

/** How many months a period has. */
export function periodLength(period: Period): number {
  return monthNumber(period.to) - monthNumber(period.from) + 1
}

/** The months of a period, in order. */
export function periodMonths(period: Period): MonthKey[] {
  const first = monthNumber(period.from)
  return Array.from({ length: periodLength(period) }, (_, i) => monthKey(first + i))
}

/** The period of the same length just before (the previous month, quarter, year or range). */
export function previousPeriod(period: Period): Period {
  const length = periodLength(period)
  const first = monthNumber(period.from)
  return { from: monthKey(first - length), to: monthKey(first - 1) }
}

/** The same months a year earlier. */
export function samePeriodLastYear(period: Period): Period {
  return { from: monthKey(monthNumber(period.from) - 12), to: monthKey(monthNumber(period.to) - 12) }
}

/** The comparisons METRICS.md names as defaults: this month vs last month, this quarter vs the same quarter a year ago. */
export function defaultComparisons(latestMonth: MonthKey, fiscalYearStartMonth = 1): { current: Period; reference: Period }[] {
  const month = monthPeriod(latestMonth)
  const quarter = periodContaining('quarter', latestMonth, fiscalYearStartMonth)
  return [
    { current: month, reference: previousPeriod(month) },
    { current: quarter, reference: samePeriodLastYear(quarter) }
  ]
}

/** The whole months axis of a series as one period, or null when the series has no months. */
export function wholeSeriesPeriod(series: Series): Period | null {
  return series.months.length ? { from: series.months[0], to: series.months[series.months.length - 1] } : null
}

/**
 * A period as indexes on a series' months axis, cut to the axis: `first`..`last`
 * (inclusive). `baseline` is the month whose end is "the start of P" (`first - 1`, or -1
 * when the period starts at or before the axis: no measurement before it). Null when
 * the period and the axis do not overlap.
 */
export interface AxisRange {
  first: number
  last: number
  baseline: number
}

export function axisRange(series: Series, period: Period): AxisRange | null {
  const first = monthNumber(period.from) - series.firstMonth
  const last = monthNumber(period.to) - series.firstMonth
  const count = series.months.length
  if (last < first || last < 0 || first >= count) return null
  const cutFirst = Math.max(first, 0)
  return { first: cutFirst, last: Math.min(last, count - 1), baseline: cutFirst - 1 }
}
