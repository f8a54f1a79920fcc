/** Revenue charts: MRR movements with the net change, NRR/GRR trend, new customers by channel. */
import type { Referral } from '../metrics/referral'
import type { MonthMetrics } from '../metrics/summary'
import { barDataset, lineDataset, type ChartSpec } from './chartSpec'
import type { ChartContext } from './context'

/** The translated names of the movements. */
export interface MovementLabels {
  title: string
  new: string
  upsell: string
  crossSell: string
  reactivation: string
  contraction: string
  churn: string
  net: string
}

const negative = (amount: number | null): number | null => (amount === null ? null : -amount)

/** The net change of MRR in a month: gains minus losses (null without subscription data). */
export function netMrrChange(row: MonthMetrics): number | null {
  if (row.newMrr === null || row.expansionMrr === null || row.reactivationMrr === null || row.contractionMrr === null || row.churnedMrr === null) return null
  return row.newMrr + row.expansionMrr + row.reactivationMrr - row.contractionMrr - row.churnedMrr
}

/** MRR movements by month as stacked bars, gains above zero and losses below, with the net change as a line. */
export function mrrMovementsChart(months: readonly MonthMetrics[], labels: MovementLabels, context: ChartContext): ChartSpec {
  const colours = context.palette.movements
  const bars = [
    { label: labels.new, colour: colours.new, values: months.map((row) => row.newMrr) },
    { label: labels.upsell, colour: colours.upsell, values: months.map((row) => row.upsellMrr) },
    { label: labels.crossSell, colour: colours.crossSell, values: months.map((row) => row.crossSellMrr) },
    { label: labels.reactivation, colour: colours.reactivation, values: months.map((row) => row.reactivationMrr) },
    { label: labels.contraction, colour: colours.contraction, values: months.map((row) => negative(row.contractionMrr)) },
    { label: labels.churn, colour: colours.churn, values: months.map((row) => negative(row.churnedMrr)) }
  ]
  return {
    name: 'mrrMovements',
    title: labels.title,
    type: 'bar',
    valueKind: 'money',
    stacked: true,
    data: {
      labels: months.map((row) => context.monthLabel(row.month)),
      datasets: [
        lineDataset(labels.net, months.map(netMrrChange), colours.net, { type: 'line', pointRadius: 2, borderWidth: 2, order: 0 }),
        ...bars.map((bar) => barDataset(bar.label, bar.values, bar.colour, { type: 'bar', stack: 'movements', order: 1 }))
      ]
    }
  }
}

/** Net and gross revenue retention, month by month (fractions). */
export function retentionTrendChart(months: readonly MonthMetrics[], labels: { title: string; nrr: string; grr: string }, context: ChartContext): ChartSpec {
  return {
    name: 'retentionTrend',
    title: labels.title,
    type: 'line',
    valueKind: 'percent',
    data: {
      labels: months.map((row) => context.monthLabel(row.month)),
      datasets: [lineDataset(labels.nrr, months.map((row) => row.nrr), context.palette.primary), lineDataset(labels.grr, months.map((row) => row.grr), context.palette.secondary)]
    }
  }
}

/** New customers of the period by acquisition channel, most first, the referral channels in the "good" colour. */
export function newCustomersByChannelChart(referral: Referral, isReferral: (channel: string) => boolean, labels: { title: string; newCustomers: string; blank: string }, context: ChartContext): ChartSpec {
  const rows = Object.entries(referral.bySource).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
  return {
    name: 'newCustomersByChannel',
    title: labels.title,
    type: 'bar',
    valueKind: 'count',
    horizontal: true,
    legend: false,
    data: {
      labels: rows.map(([channel]) => (channel === '' ? labels.blank : channel)),
      datasets: [barDataset(labels.newCustomers, rows.map(([, count]) => count), rows.map(([channel]) => (isReferral(channel) ? context.palette.good : context.palette.primary)))]
    }
  }
}
