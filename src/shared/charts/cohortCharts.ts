/** Cohort charts: logo retention curves, one line per cohort. */
import type { CohortTable } from '../metrics/cohorts'
import { lineDataset, type ChartSpec } from './chartSpec'
import type { ChartContext } from './context'

/**
 * Logo retention by months since the cohort started, one line per cohort (the last
 * `maxCohorts`, so the chart stays readable). The x labels are `monthLabel(k)` ('M0', 'M1'...).
 */
export function cohortRetentionChart(cohorts: CohortTable, labels: { title: string; monthLabel: (k: number) => string }, context: ChartContext, maxCohorts = 12): ChartSpec {
  const rows = cohorts.rows.slice(-maxCohorts)
  const width = rows.reduce((most, row) => Math.max(most, row.logoRetention.length), 0)
  return {
    name: 'cohortRetention',
    title: labels.title,
    type: 'line',
    valueKind: 'percent',
    data: {
      labels: Array.from({ length: width }, (_, k) => labels.monthLabel(k)),
      datasets: rows.map((row, i) => lineDataset(context.monthLabel(row.cohort), row.logoRetention, context.palette.series[i % context.palette.series.length], { pointRadius: 2, spanGaps: false }))
    }
  }
}
