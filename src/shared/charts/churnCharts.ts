/** Churn charts: customer and revenue churn by month, churn reasons. */
import type { ChurnReasonCount } from '../metrics/churn'
import type { MonthMetrics } from '../metrics/summary'
import { barDataset, lineDataset, type ChartSpec } from './chartSpec'
import type { ChartContext } from './context'

/** Customer churn and gross MRR churn rates, month by month (fractions). */
export function churnByMonthChart(months: readonly MonthMetrics[], labels: { title: string; customerChurn: string; revenueChurn: string }, context: ChartContext): ChartSpec {
  return {
    name: 'churnByMonth',
    title: labels.title,
    type: 'line',
    valueKind: 'percent',
    data: {
      labels: months.map((row) => context.monthLabel(row.month)),
      datasets: [
        lineDataset(labels.customerChurn, months.map((row) => row.customerChurnRate), context.palette.primary),
        lineDataset(labels.revenueChurn, months.map((row) => row.grossMrrChurnRate), context.palette.bad)
      ]
    }
  }
}

/** One churn reason with its counts, as the chart and the tables order them. */
export interface ChurnReasonRow {
  reason: string
  customers: number
  mrr: number | null
}

/** Churn reasons by customers lost, most first; a blank reason is named `blankLabel`. */
export function churnReasonRows(reasons: Readonly<Record<string, ChurnReasonCount>>, blankLabel: string): ChurnReasonRow[] {
  return Object.entries(reasons)
    .map(([reason, count]) => ({ reason: reason === '' ? blankLabel : reason, customers: count.customers, mrr: count.mrr }))
    .sort((a, b) => b.customers - a.customers || (b.mrr ?? 0) - (a.mrr ?? 0) || a.reason.localeCompare(b.reason))
}

/** Customers lost per churn reason, horizontal bars. */
export function churnReasonsChart(rows: readonly ChurnReasonRow[], labels: { title: string; customers: string }, context: ChartContext): ChartSpec {
  return {
    name: 'churnReasons',
    title: labels.title,
    type: 'bar',
    valueKind: 'count',
    horizontal: true,
    legend: false,
    data: { labels: rows.map((row) => row.reason), datasets: [barDataset(labels.customers, rows.map((row) => row.customers), context.palette.bad)] }
  }
}
