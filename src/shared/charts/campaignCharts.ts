/** Campaign and activation charts: rates per campaign group, activity and activation counts. */
import type { CampaignGroupRates } from '../metrics/campaigns'
import { barDataset, type ChartSpec } from './chartSpec'
import type { ChartContext } from './context'

/** Open, click and conversion rates per campaign group (fractions; null where a rate does not apply). */
export function campaignRatesChart(groups: Readonly<Record<string, CampaignGroupRates>>, labels: { title: string; openRate: string; clickRate: string; conversionRate: string }, context: ChartContext): ChartSpec {
  const rows = Object.entries(groups)
  const { series } = context.palette
  return {
    name: 'campaignRates',
    title: labels.title,
    type: 'bar',
    valueKind: 'percent',
    horizontal: true,
    data: {
      labels: rows.map(([key]) => key),
      datasets: [
        barDataset(labels.openRate, rows.map(([, group]) => group.openRate), series[0]),
        barDataset(labels.clickRate, rows.map(([, group]) => group.clickRate), series[1]),
        barDataset(labels.conversionRate, rows.map(([, group]) => group.conversionRate), series[2])
      ]
    }
  }
}

/** Customers by activity at the end of the period, and the period's new customers and how many activated. */
export function activityChart(counts: { active: number; inactive: number; newCustomers: number | null; activated: number | null }, labels: { title: string; customers: string; active: string; inactive: string; newCustomers: string; activated: string }, context: ChartContext): ChartSpec {
  const { palette } = context
  const bars: [string, number | null, string][] = [
    [labels.active, counts.active, palette.good],
    [labels.inactive, counts.inactive, palette.bad],
    [labels.newCustomers, counts.newCustomers, palette.primary],
    [labels.activated, counts.activated, palette.secondary]
  ]
  return {
    name: 'activity',
    title: labels.title,
    type: 'bar',
    valueKind: 'count',
    legend: false,
    data: { labels: bars.map(([label]) => label), datasets: [barDataset(labels.customers, bars.map(([, value]) => value), bars.map(([, , colour]) => colour))] }
  }
}
