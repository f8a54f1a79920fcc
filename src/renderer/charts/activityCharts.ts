/** Charts of the Activation, Cohorts and Campaigns views. */
import type { CampaignGroupRates } from '../../shared/metrics/campaigns'
import type { CohortCounts } from '../stores/cohortCells'
import { cartesianOptions, type ChartConfig, type ChartContext } from './config'

/** Active and inactive customers at the end of each month, stacked (dataset 0 active, 1 inactive). */
export function activityChart(trend: { months: string[]; active: (number | null)[]; inactive: (number | null)[] }, labels: { active: string; inactive: string }, context: ChartContext): ChartConfig {
  return {
    type: 'bar',
    data: {
      labels: trend.months.map(context.monthLabel),
      datasets: [
        { label: labels.active, data: [...trend.active], backgroundColor: context.theme.primary, stack: 'customers' },
        { label: labels.inactive, data: [...trend.inactive], backgroundColor: context.theme.bad, stack: 'customers' }
      ]
    },
    options: cartesianOptions(context, 'count', { stacked: true })
  }
}

/**
 * The retention curve: month k after the cohort's start, retention weighted over the
 * cohorts that reach k (customers present / cohort sizes; money / first-month money).
 */
export function retentionCurve(rows: readonly CohortCounts[]): { logo: (number | null)[]; revenue: (number | null)[] | null } {
  const width = rows[0]?.customers.length ?? 0
  const logo: (number | null)[] = []
  const revenue: (number | null)[] = []
  for (let k = 0; k < width; k++) {
    let present = 0
    let size = 0
    let money = 0
    let base = 0
    for (const row of rows) {
      const cell = row.customers[k]
      if (cell === null) continue
      present += cell
      size += row.size
      money += row.revenue?.[k] ?? 0
      base += row.revenue?.[0] ?? 0
    }
    logo.push(size > 0 ? present / size : null)
    revenue.push(base > 0 ? money / base : null)
  }
  return { logo, revenue: rows.some((row) => row.revenue) ? revenue : null }
}

/** The retention curve as lines over months 0..k. */
export function retentionCurveChart(rows: readonly CohortCounts[], labels: { logo: string; revenue: string; month: (k: number) => string }, context: ChartContext): ChartConfig {
  const curve = retentionCurve(rows)
  const { theme } = context
  return {
    type: 'line',
    data: {
      labels: curve.logo.map((_, k) => labels.month(k)),
      datasets: [
        { label: labels.logo, data: curve.logo, borderColor: theme.primary, backgroundColor: theme.primary, pointRadius: 3, tension: 0.2 },
        ...(curve.revenue ? [{ label: labels.revenue, data: curve.revenue, borderColor: theme.secondary, backgroundColor: theme.secondary, pointRadius: 3, tension: 0.2, borderDash: [4, 3] }] : [])
      ]
    },
    options: cartesianOptions(context, 'percent')
  }
}

/** Response (conversion) rate per campaign group, control groups in a muted colour. */
export function campaignResponseChart(groups: Readonly<Record<string, CampaignGroupRates>>, label: string, context: ChartContext): ChartConfig {
  const rows = Object.entries(groups)
  return {
    type: 'bar',
    data: {
      labels: rows.map(([, group]) => group.group),
      datasets: [{ label, data: rows.map(([, group]) => group.conversionRate), backgroundColor: rows.map(([, group]) => (group.control ? context.theme.muted : context.theme.primary)), borderRadius: 3 }]
    },
    options: cartesianOptions(context, 'percent', { horizontal: true, legend: false })
  }
}
