/** Comparison charts: period A and period B side by side, one pair of bars per metric of one kind. */
import type { ChartValueKind, ChartSpec } from './chartSpec'
import { barDataset } from './chartSpec'
import type { ChartContext } from './context'

/** One metric's values in A and B. */
export interface ComparedValue {
  label: string
  a: number | null
  b: number | null
}

/** Grouped bars of A and B for metrics of one value kind (rates together, money together), on one axis. */
export function comparisonChart(name: string, rows: readonly ComparedValue[], valueKind: ChartValueKind, labels: { title: string; a: string; b: string }, context: ChartContext): ChartSpec {
  return {
    name,
    title: labels.title,
    type: 'bar',
    valueKind,
    data: {
      labels: rows.map((row) => row.label),
      datasets: [barDataset(labels.a, rows.map((row) => row.a), context.palette.primary), barDataset(labels.b, rows.map((row) => row.b), context.palette.neutral)]
    }
  }
}
