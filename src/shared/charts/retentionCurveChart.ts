/** Cohort comparison: the average retention curve of the cohorts starting in period A against those starting in B, on one axis of months since start. */
import type { RetentionCurve } from '../metrics/cohortComparison'
import { lineDataset, type ChartDataset, type ChartSpec } from './chartSpec'
import type { ChartContext } from './context'

export interface RetentionCurveLabels {
  title: string
  /** Dataset names ('A logo retention'...). */
  aLogo: string
  bLogo: string
  aRevenue: string
  bRevenue: string
  /** The x label of month k since start ('M0', 'M1'...). */
  monthLabel: (k: number) => string
}

/** Lines for A and B (logo solid, revenue dashed when a side has it); month k of A above month k of B. */
export function retentionCurveChart(a: RetentionCurve | null, b: RetentionCurve | null, labels: RetentionCurveLabels, context: ChartContext): ChartSpec {
  const width = Math.max(a?.logoRetention.length ?? 0, b?.logoRetention.length ?? 0)
  const padded = (values: readonly (number | null)[]) => Array.from({ length: width }, (_, k) => values[k] ?? null)
  const { primary, neutral } = context.palette
  const datasets: ChartDataset[] = []
  if (a) datasets.push(lineDataset(labels.aLogo, padded(a.logoRetention), primary))
  if (b) datasets.push(lineDataset(labels.bLogo, padded(b.logoRetention), neutral))
  if (a?.revenueRetention) datasets.push(lineDataset(labels.aRevenue, padded(a.revenueRetention), primary, { borderDash: [6, 4], pointRadius: 2 }))
  if (b?.revenueRetention) datasets.push(lineDataset(labels.bRevenue, padded(b.revenueRetention), neutral, { borderDash: [6, 4], pointRadius: 2 }))
  return {
    name: 'retentionCurves',
    title: labels.title,
    type: 'line',
    valueKind: 'percent',
    data: { labels: Array.from({ length: width }, (_, k) => labels.monthLabel(k)), datasets }
  }
}
