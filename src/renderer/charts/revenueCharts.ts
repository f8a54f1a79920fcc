/** Charts of the Revenue view: MRR movements with the net line, NRR/GRR trend, referral by channel. */
import type { Referral } from '../../shared/metrics/referral'
import type { MonthMetrics } from '../../shared/metrics/summary'
import { cartesianOptions, type ChartConfig, type ChartContext } from './config'

/** The translated names of the movements. */
export interface MovementLabels {
  new: string
  upsell: string
  crossSell: string
  reactivation: string
  contraction: string
  churn: string
  net: string
}

const value = (amount: number | null): number | null => amount
const negative = (amount: number | null): number | null => (amount === null ? null : -amount)

/** The net change of MRR in a month: gains minus losses (null without subscription data). */
export function netMrrChange(row: MonthMetrics): number | null {
  if (row.newMrr === null || row.expansionMrr === null || row.reactivationMrr === null || row.contractionMrr === null || row.churnedMrr === null) return null
  return row.newMrr + row.expansionMrr + row.reactivationMrr - row.contractionMrr - row.churnedMrr
}

/**
 * MRR movements by month as stacked bars, gains above zero (new, upsell, cross-sell,
 * reactivation) and losses below (contraction, churn), with the net change as a line.
 */
export function mrrMovementsChart(months: readonly MonthMetrics[], labels: MovementLabels, context: ChartContext): ChartConfig {
  const colours = context.theme.movements
  const bars: { label: string; colour: string; values: (number | null)[] }[] = [
    { label: labels.new, colour: colours.new, values: months.map((row) => value(row.newMrr)) },
    { label: labels.upsell, colour: colours.upsell, values: months.map((row) => value(row.upsellMrr)) },
    { label: labels.crossSell, colour: colours.crossSell, values: months.map((row) => value(row.crossSellMrr)) },
    { label: labels.reactivation, colour: colours.reactivation, values: months.map((row) => value(row.reactivationMrr)) },
    { label: labels.contraction, colour: colours.contraction, values: months.map((row) => negative(row.contractionMrr)) },
    { label: labels.churn, colour: colours.churn, values: months.map((row) => negative(row.churnedMrr)) }
  ]
  return {
    type: 'bar',
    data: {
      labels: months.map((row) => context.monthLabel(row.month)),
      datasets: [
        { type: 'line', label: labels.net, data: months.map(netMrrChange), borderColor: colours.net, backgroundColor: colours.net, pointRadius: 2, borderWidth: 2, order: 0 },
        ...bars.map((bar) => ({ type: 'bar' as const, label: bar.label, data: bar.values, backgroundColor: bar.colour, stack: 'movements', order: 1 }))
      ]
    },
    options: cartesianOptions(context, 'money', { stacked: true })
  }
}

/** Net and gross revenue retention, month by month. */
export function retentionTrendChart(months: readonly MonthMetrics[], labels: { nrr: string; grr: string }, context: ChartContext): ChartConfig {
  const { theme } = context
  return {
    type: 'line',
    data: {
      labels: months.map((row) => context.monthLabel(row.month)),
      datasets: [
        { label: labels.nrr, data: months.map((row) => row.nrr), borderColor: theme.primary, backgroundColor: theme.primary, pointRadius: 3, tension: 0.2, spanGaps: true },
        { label: labels.grr, data: months.map((row) => row.grr), borderColor: theme.secondary, backgroundColor: theme.secondary, pointRadius: 3, tension: 0.2, spanGaps: true }
      ]
    },
    options: cartesianOptions(context, 'percent')
  }
}

/** New customers of the period by acquisition channel, the referral channels highlighted. */
export function newCustomersByChannelChart(referral: Referral, isReferral: (channel: string) => boolean, labels: { newCustomers: string; blank: string }, context: ChartContext): ChartConfig {
  const rows = Object.entries(referral.bySource).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
  return {
    type: 'bar',
    data: {
      labels: rows.map(([channel]) => (channel === '' ? labels.blank : channel)),
      datasets: [{ label: labels.newCustomers, data: rows.map(([, count]) => count), backgroundColor: rows.map(([channel]) => (isReferral(channel) ? context.theme.good : context.theme.primary)), borderRadius: 3 }]
    },
    options: cartesianOptions(context, 'count', { horizontal: true, legend: false })
  }
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
