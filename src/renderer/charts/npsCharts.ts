/** Charts of the NPS view: groups by month (stacked 100 %), NPS trend, score distribution, NPS by segment. */
import type { NpsSummary } from '../../shared/metrics/nps'
import { cartesianOptions, type ChartConfig, type ChartContext } from './config'

type NpsMonth = { month: string } & NpsSummary

/** Colours of the three groups: promoters good, passives neutral, detractors bad. */
function groupColours(context: ChartContext): { promoter: string; passive: string; detractor: string } {
  return { promoter: context.theme.good, passive: context.theme.muted, detractor: context.theme.bad }
}

/** The datasets' order in `npsGroupsChart`, so a picked bar names its group. */
export const npsGroupOrder = ['promoter', 'passive', 'detractor'] as const

/** Promoters, passives and detractors as shares of each month's answers, stacked to 100 %. */
export function npsGroupsChart(months: readonly NpsMonth[], labels: { promoter: string; passive: string; detractor: string }, context: ChartContext): ChartConfig {
  const colours = groupColours(context)
  const share = (count: number, row: NpsMonth) => (row.responses > 0 ? count / row.responses : null)
  const options = cartesianOptions(context, 'percent', { stacked: true })
  const y = options.scales?.y
  if (y) Object.assign(y, { min: 0, max: 1 })
  return {
    type: 'bar',
    data: {
      labels: months.map((row) => context.monthLabel(row.month)),
      datasets: npsGroupOrder.map((group) => ({
        label: labels[group],
        data: months.map((row) => share(group === 'promoter' ? row.promoters : group === 'passive' ? row.passives : row.detractors, row)),
        backgroundColor: colours[group],
        stack: 'groups'
      }))
    },
    options
  }
}

/** NPS month by month, with its margin of error in the tooltip. */
export function npsTrendChart(months: readonly NpsMonth[], label: string, context: ChartContext): ChartConfig {
  const options = cartesianOptions(context, 'count', { legend: false })
  options.plugins = {
    ...options.plugins,
    tooltip: { callbacks: { label: (item) => `${label}: ${context.format.nps(item.parsed.y)} (± ${context.format.decimal(months[item.dataIndex]?.marginOfError)}, n = ${context.format.count(months[item.dataIndex]?.responses)})` } }
  }
  return {
    type: 'line',
    data: {
      labels: months.map((row) => context.monthLabel(row.month)),
      datasets: [{ label, data: months.map((row) => row.nps), borderColor: context.theme.primary, backgroundColor: context.theme.primary, pointRadius: 3, tension: 0.2, spanGaps: true }]
    },
    options
  }
}

/** How many answers gave each score 0..10, coloured by group. */
export function npsDistributionChart(distribution: readonly number[], label: string, context: ChartContext): ChartConfig {
  const colours = groupColours(context)
  return {
    type: 'bar',
    data: {
      labels: distribution.map((_, score) => String(score)),
      datasets: [{ label, data: [...distribution], backgroundColor: distribution.map((_, score) => (score >= 9 ? colours.promoter : score >= 7 ? colours.passive : colours.detractor)), borderRadius: 3 }]
    },
    options: cartesianOptions(context, 'count', { legend: false })
  }
}

/** NPS per value of a segment column, as horizontal bars (answers in the tooltip). */
export function npsBySegmentChart(segments: Readonly<Record<string, NpsSummary>>, label: string, context: ChartContext): ChartConfig {
  const rows = Object.entries(segments)
  const options = cartesianOptions(context, 'count', { horizontal: true, legend: false })
  options.plugins = {
    ...options.plugins,
    tooltip: { callbacks: { label: (item) => `${label}: ${context.format.nps(item.parsed.x)} (n = ${context.format.count(rows[item.dataIndex]?.[1].responses)})` } }
  }
  return {
    type: 'bar',
    data: {
      labels: rows.map(([value]) => value),
      datasets: [{ label, data: rows.map(([, summary]) => summary.nps), backgroundColor: rows.map(([, summary]) => ((summary.nps ?? 0) >= 0 ? context.theme.good : context.theme.bad)), borderRadius: 3 }]
    },
    options
  }
}
