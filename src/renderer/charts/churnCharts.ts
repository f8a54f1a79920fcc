/** Charts of the Churn view: the report's churn charts (src/shared/charts) drawn with the theme, the locale and the lost MRR in the tooltip. */
import * as shared from '../../shared/charts/churnCharts'
import type { MonthMetrics } from '../../shared/metrics/summary'
import type { ChartConfig, ChartContext } from './config'
import { chartFromSpec, specContext } from './specChart'

/** Customer churn and gross revenue (MRR) churn rates, month by month. */
export function churnByMonthChart(months: readonly MonthMetrics[], labels: { title?: string; customerChurn: string; revenueChurn: string }, context: ChartContext): ChartConfig {
  return chartFromSpec(shared.churnByMonthChart(months, { title: '', ...labels }, specContext(context)), context)
}

/** Churn reasons as horizontal bars: customers lost per reason, the lost MRR in the tooltip (and the table). */
export function churnReasonsChart(rows: readonly shared.ChurnReasonRow[], labels: { title?: string; customers: string; lostMrr: string }, context: ChartContext): ChartConfig {
  const config = chartFromSpec(shared.churnReasonsChart(rows, { title: labels.title ?? '', customers: labels.customers }, specContext(context)), context)
  const lost = rows.map((row) => row.mrr)
  config.options.plugins = {
    ...config.options.plugins,
    tooltip: {
      callbacks: {
        label: (item) => `${labels.customers}: ${context.format.count(item.parsed.x)}`,
        afterLabel: (item) => `${labels.lostMrr}: ${context.format.money(lost[item.dataIndex] ?? null)}`
      }
    }
  }
  return config
}
