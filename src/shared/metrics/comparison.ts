/**
 * Comparing two periods (METRICS.md section 8): every metric of every dashboard over
 * period A and period B, each side with its own segment filter, side by side; whether the
 * NPS difference is beyond the margin of error; the cohorts' average retention curves.
 *
 * Each side is exactly `dashboardMetrics` run on that side alone, so the numbers equal
 * the dashboards' and `pulso metrics --json`'s. Differences read A against B: `A - B`.
 */
import type { Series } from '../model/series'
import { compareCohorts, type CohortComparison } from './cohortComparison'
import { compareMetric, metricCatalogue, type MetricKind } from './compare'
import { comparisonMetrics, comparisonRowSpecs, type ComparisonMeasure, type ComparisonMetric, type ComparisonSection } from './comparisonRows'
import { dashboardMetrics, type DashboardMetrics } from './dashboard'
import type { NpsSummary } from './nps'
import { periodLength, type Period } from './periods'
import type { AttributeFilter } from './selection'
import type { MetricSettings } from './settings'

/** How a row's values and difference read: rates as fractions (difference in p.p.), NPS points, money, counts, ratios. */
export type ComparisonUnit = 'rate' | 'points' | 'money' | 'count' | 'ratio'

/** One side of a comparison: a period and, optionally, a segment filter of its own. */
export interface ComparisonSide {
  period: Period
  filters?: readonly AttributeFilter[]
}

/** One metric over A and B. */
export interface ComparisonRow {
  metric: ComparisonMetric
  section: ComparisonSection
  /** How each period's value is taken (at its end, summed over it, its own rate...). */
  measure: ComparisonMeasure
  unit: ComparisonUnit
  a: number | null
  b: number | null
  /**
   * `a - b`: for rates in percentage points (fraction x 100: 0.057 vs 0.050 -> 0.7), for NPS
   * in points, for money the amount, for counts and ratios plain. Null when a side is null.
   */
  difference: number | null
  /** `(a - b) / |b|`; null when b is 0 or a side is null. For a rate it is the rate's own change (5 % -> 6 % = +0.2). */
  relativeChange: number | null
  /** Whether A is better than B by the metric's good direction (lower churn, higher NRR); 'same' when equal; null when a side is null. */
  direction: 'better' | 'worse' | 'same' | null
}

/** One side's NPS, for the margin-of-error verdict. */
export interface NpsSide {
  nps: number | null
  /** 95 % margin of error, points. */
  marginOfError: number | null
  responses: number
  /** n < 30. */
  smallSample: boolean
}

/** `beyond-margin`: |NPS A - NPS B| exceeds the combined margin of error; `within-margin`: it does not. */
export type NpsVerdict = 'within-margin' | 'beyond-margin'

export interface NpsComparison {
  /** Null when the side has no NPS data. */
  a: NpsSide | null
  b: NpsSide | null
  /** `NPS A - NPS B`, points; null when a side has no NPS. */
  difference: number | null
  /** `sqrt(moeA^2 + moeB^2)`, points; null when a side has no NPS. */
  combinedMarginOfError: number | null
  /** Null when a side has no NPS. */
  verdict: NpsVerdict | null
}

/** A side as the comparison measured it. */
export interface ComparedSide {
  period: Period
  filters: AttributeFilter[]
  /** Months in the period as given. */
  months: number
  /** Months of the period inside the data (0: the period is off the data, and its values are null). */
  monthsWithData: number
}

export interface PeriodComparison {
  a: ComparedSide
  b: ComparedSide
  rows: ComparisonRow[]
  nps: NpsComparison
  cohorts: CohortComparison
}

const units: Record<MetricKind, ComparisonUnit> = { rate: 'rate', nps: 'points', money: 'money', count: 'count', ratio: 'ratio' }

/** One row: both values, the difference in the row's unit, the relative change, and the direction of good. */
export function comparisonRow(metric: ComparisonMetric, a: number | null, b: number | null): ComparisonRow {
  const spec = comparisonRowSpecs[metric]
  const { kind, good } = metricCatalogue[spec.as]
  const compared = compareMetric(a, b, kind, good)
  return { metric, section: spec.section, measure: spec.measure, unit: units[kind], a, b, difference: compared.difference, relativeChange: compared.relativeChange, direction: compared.trend }
}

function npsSide(summary: NpsSummary | null): NpsSide | null {
  return summary ? { nps: summary.nps, marginOfError: summary.marginOfError, responses: summary.responses, smallSample: summary.smallSample } : null
}

/**
 * Whether two NPS differ by more than chance: `|NPS A - NPS B| > sqrt(moeA^2 + moeB^2)`
 * (the 95 % margins of error of independent samples, combined). A difference equal to the
 * combined margin is within it. Null verdict when either side has no answers.
 */
export function compareNps(a: NpsSummary | null, b: NpsSummary | null): NpsComparison {
  const sideA = npsSide(a)
  const sideB = npsSide(b)
  if (sideA?.nps == null || sideB?.nps == null || sideA.marginOfError === null || sideB.marginOfError === null) {
    return { a: sideA, b: sideB, difference: null, combinedMarginOfError: null, verdict: null }
  }
  const difference = sideA.nps - sideB.nps
  const combined = Math.sqrt(sideA.marginOfError ** 2 + sideB.marginOfError ** 2)
  return { a: sideA, b: sideB, difference, combinedMarginOfError: combined, verdict: Math.abs(difference) > combined ? 'beyond-margin' : 'within-margin' }
}

/** The rows, NPS verdict and cohort curves of two dashboards already computed (A, then B). */
export function compareDashboards(a: DashboardMetrics, b: DashboardMetrics): Pick<PeriodComparison, 'rows' | 'nps' | 'cohorts'> {
  return {
    rows: comparisonMetrics.map((metric) => comparisonRow(metric, comparisonRowSpecs[metric].value(a), comparisonRowSpecs[metric].value(b))),
    nps: compareNps(a.nps, b.nps),
    cohorts: compareCohorts(a.cohorts, b.cohorts)
  }
}

/**
 * Every metric over period A and period B, each side with its own filter (Enterprise vs
 * SMB in one quarter, or this quarter vs the same quarter last year). Periods of different
 * lengths are allowed: each rate is its period's own rate, amounts are values at the end
 * of the period or totals over it as each row's `measure` says. A period off the data (or
 * a metric the data lacks) gives null values, never 0 or NaN. Pure: no clock. Throws, as
 * `dashboardMetrics` does, on a filter column the data lacks.
 */
export function comparePeriods(series: Series, a: ComparisonSide, b: ComparisonSide, settings?: Partial<MetricSettings>): PeriodComparison {
  // No per-segment tables: the comparison reads none, and each costs a pass.
  const measure = (side: ComparisonSide) => dashboardMetrics(series, { period: side.period, filters: side.filters ?? [], settings, segmentColumns: [] })
  const metricsA = measure(a)
  const metricsB = measure(b)
  const side = (given: ComparisonSide, metrics: DashboardMetrics): ComparedSide => ({
    period: { from: given.period.from, to: given.period.to },
    filters: (given.filters ?? []).map((filter) => ({ column: filter.column, values: [...filter.values] })),
    months: periodLength(given.period),
    monthsWithData: metrics.months.length
  })
  return { a: side(a, metricsA), b: side(b, metricsB), ...compareDashboards(metricsA, metricsB) }
}
