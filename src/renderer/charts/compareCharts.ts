/**
 * Charts of the Compare editor: a metric of period A and of period B on one axis, their
 * months aligned by position (month 1 of A with month 1 of B), and the cohorts' average
 * retention curves of A against B by months since start.
 */
import type { RetentionCurve } from '../../shared/metrics/cohortComparison'
import { cartesianOptions, type ChartConfig, type ChartContext, type ValueKind } from './config'

/** One side's values by month, in the period's order, with the month keys for the tooltip. */
export interface OverlaySide {
  label: string
  months: readonly string[]
  values: readonly (number | null)[]
}

/** A month of either side, named in the tooltip: "Month 2: Feb 25 / Feb 24". */
function positionLabels(a: OverlaySide, b: OverlaySide, positionName: (k: number) => string): string[] {
  const length = Math.max(a.values.length, b.values.length)
  return Array.from({ length }, (_, index) => positionName(index + 1))
}

/** Period A (solid) and period B (dashed) of one metric on one axis, month k of A over month k of B. */
export function overlayChart(a: OverlaySide, b: OverlaySide, kind: ValueKind, positionName: (k: number) => string, context: ChartContext): ChartConfig {
  const { theme } = context
  const labels = positionLabels(a, b, positionName)
  const options = cartesianOptions(context, kind)
  const months = [a.months, b.months]
  const base = options.plugins?.tooltip?.callbacks
  options.plugins = {
    ...options.plugins,
    tooltip: {
      callbacks: {
        ...base,
        title: (items) => {
          const index = items[0]?.dataIndex ?? 0
          const named = months.map((side) => side[index]).filter((month) => month !== undefined).map((month) => context.monthLabel(month))
          return `${labels[index] ?? ''}${named.length ? ` (${named.join(' / ')})` : ''}`
        }
      }
    }
  }
  return {
    type: 'line',
    data: {
      labels,
      datasets: [
        { label: a.label, data: [...a.values], borderColor: theme.primary, backgroundColor: theme.primary, pointRadius: 3, tension: 0.2, spanGaps: true },
        { label: b.label, data: [...b.values], borderColor: theme.secondary, backgroundColor: theme.secondary, pointRadius: 3, tension: 0.2, spanGaps: true, borderDash: [5, 4] }
      ]
    },
    options
  }
}

/** The labels of the cohort chart. */
export interface CohortCurveLabels {
  logoA: string
  logoB: string
  revenueA: string
  revenueB: string
  /** Month k since the cohorts' start (0 = their first month). */
  month: (k: number) => string
}

/** Logo retention of A's and B's cohorts (solid), and revenue retention when both have it (thin), by months since start. */
export function cohortCurvesChart(a: RetentionCurve | null, b: RetentionCurve | null, labels: CohortCurveLabels, context: ChartContext): ChartConfig | null {
  const width = Math.max(a?.logoRetention.length ?? 0, b?.logoRetention.length ?? 0)
  if (width === 0 || (!a?.cohorts && !b?.cohorts)) return null
  const { theme } = context
  const pad = (values: readonly (number | null)[] | null | undefined) => Array.from({ length: width }, (_, k) => values?.[k] ?? null)
  const line = (label: string, values: (number | null)[], colour: string, dashed: boolean, thin: boolean) => ({
    label, data: values, borderColor: colour, backgroundColor: colour, pointRadius: thin ? 0 : 3, borderWidth: thin ? 1.5 : 2, tension: 0.2, spanGaps: true, borderDash: dashed ? [5, 4] : []
  })
  const datasets = [line(labels.logoA, pad(a?.logoRetention), theme.primary, false, false), line(labels.logoB, pad(b?.logoRetention), theme.secondary, true, false)]
  if (a?.revenueRetention && b?.revenueRetention) {
    datasets.push(line(labels.revenueA, pad(a.revenueRetention), theme.good, false, true), line(labels.revenueB, pad(b.revenueRetention), theme.bad, true, true))
  }
  return { type: 'line', data: { labels: Array.from({ length: width }, (_, k) => labels.month(k)), datasets }, options: cartesianOptions(context, 'percent') }
}
