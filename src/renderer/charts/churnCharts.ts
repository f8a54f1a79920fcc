/** Charts of the Churn view: churn rates by month and churn reasons. */
import type { ChurnReasonCount } from '../../shared/metrics/churn'
import type { MonthMetrics } from '../../shared/metrics/summary'
import { cartesianOptions, type ChartConfig, type ChartContext } from './config'

/** Customer churn and gross revenue (MRR) churn rates, month by month. */
export function churnByMonthChart(months: readonly MonthMetrics[], labels: { customerChurn: string; revenueChurn: string }, context: ChartContext): ChartConfig {
  const { theme } = context
  return {
    type: 'line',
    data: {
      labels: months.map((row) => context.monthLabel(row.month)),
      datasets: [
        { label: labels.customerChurn, data: months.map((row) => row.customerChurnRate), borderColor: theme.primary, backgroundColor: theme.primary, pointRadius: 3, tension: 0.2, spanGaps: true },
        { label: labels.revenueChurn, data: months.map((row) => row.grossMrrChurnRate), borderColor: theme.bad, backgroundColor: theme.bad, pointRadius: 3, tension: 0.2, spanGaps: true }
      ]
    },
    options: cartesianOptions(context, 'percent')
  }
}

/** One churn reason with its counts, sorted for the chart and the table. */
export interface ChurnReasonRow {
  reason: string
  customers: number
  mrr: number | null
}

/** Churn reasons by customers, most first; a blank reason is named `blankLabel`. */
export function churnReasonRows(reasons: Readonly<Record<string, ChurnReasonCount>>, blankLabel: string): ChurnReasonRow[] {
  return Object.entries(reasons)
    .map(([reason, count]) => ({ reason: reason === '' ? blankLabel : reason, customers: count.customers, mrr: count.mrr }))
    .sort((a, b) => b.customers - a.customers || (b.mrr ?? 0) - (a.mrr ?? 0) || a.reason.localeCompare(b.reason))
}

/** Churn reasons as horizontal bars: customers lost per reason (the lost MRR is in the tooltip and the table). */
export function churnReasonsChart(rows: readonly ChurnReasonRow[], labels: { customers: string; lostMrr: string }, context: ChartContext): ChartConfig {
  const options = cartesianOptions(context, 'count', { horizontal: true, legend: false })
  const lost = rows.map((row) => row.mrr)
  options.plugins = {
    ...options.plugins,
    tooltip: {
      callbacks: {
        label: (item) => `${labels.customers}: ${context.format.count(item.parsed.x)}`,
        afterLabel: (item) => `${labels.lostMrr}: ${context.format.money(lost[item.dataIndex] ?? null)}`
      }
    }
  }
  return {
    type: 'bar',
    data: {
      labels: rows.map((row) => row.reason),
      datasets: [{ label: labels.customers, data: rows.map((row) => row.customers), backgroundColor: context.theme.bad, borderRadius: 3 }]
    },
    options
  }
}
