/** Charts of the Revenue view and the Overview: the report's revenue charts (src/shared/charts) drawn with the theme and the locale, and the Overview's MRR and customers. */
import * as shared from '../../shared/charts/revenueCharts'
import type { Referral } from '../../shared/metrics/referral'
import type { MonthMetrics } from '../../shared/metrics/summary'
import { cartesianOptions, type ChartConfig, type ChartContext } from './config'
import { chartFromSpec, specContext } from './specChart'

/** The translated names of the movements (the title is the report image's; the dashboards' panel shows its own). */
export type MovementLabels = Omit<shared.MovementLabels, 'title'> & { title?: string }

/** MRR movements by month as stacked bars, gains above zero and losses below, with the net change as a line. */
export function mrrMovementsChart(months: readonly MonthMetrics[], labels: MovementLabels, context: ChartContext): ChartConfig {
  return chartFromSpec(shared.mrrMovementsChart(months, { title: '', ...labels }, specContext(context)), context)
}

/** Net and gross revenue retention, month by month. */
export function retentionTrendChart(months: readonly MonthMetrics[], labels: { title?: string; nrr: string; grr: string }, context: ChartContext): ChartConfig {
  return chartFromSpec(shared.retentionTrendChart(months, { title: '', ...labels }, specContext(context)), context)
}

/** New customers of the period by acquisition channel, the referral channels highlighted. */
export function newCustomersByChannelChart(referral: Referral, isReferral: (channel: string) => boolean, labels: { title?: string; newCustomers: string; blank: string }, context: ChartContext): ChartConfig {
  return chartFromSpec(shared.newCustomersByChannelChart(referral, isReferral, { title: '', ...labels }, specContext(context)), context)
}

/** MRR (left axis) and customers (right axis), month by month. */
export function mrrAndCustomersChart(months: readonly MonthMetrics[], labels: { mrr: string; customers: string }, context: ChartContext): ChartConfig {
  const { theme, format } = context
  const options = cartesianOptions(context, 'money')
  options.scales = {
    ...options.scales,
    customers: { position: 'right', grid: { display: false }, border: { color: theme.grid }, ticks: { color: theme.muted, callback: (tick: string | number) => format.count(Number(tick)) } }
  }
  options.plugins = {
    ...options.plugins,
    tooltip: { callbacks: { label: (item) => `${item.dataset.label ?? ''}: ${item.datasetIndex === 0 ? format.money(item.parsed.y) : format.count(item.parsed.y)}` } }
  }
  return {
    type: 'line',
    data: {
      labels: months.map((row) => context.monthLabel(row.month)),
      datasets: [
        { label: labels.mrr, data: months.map((row) => row.mrr), borderColor: theme.primary, backgroundColor: theme.primary, pointRadius: 2, tension: 0.2, yAxisID: 'y' },
        { label: labels.customers, data: months.map((row) => row.customers), borderColor: theme.secondary, backgroundColor: theme.secondary, pointRadius: 2, tension: 0.2, borderDash: [4, 3], yAxisID: 'customers' }
      ]
    },
    options
  }
}
