/**
 * Charts of the NPS view: groups by month (stacked 100 %), and the report's NPS trend,
 * score distribution and NPS by segment (src/shared/charts) drawn with the theme, the
 * locale and the answers behind each point in the tooltip.
 */
import * as shared from '../../shared/charts/npsCharts'
import type { NpsSummary } from '../../shared/metrics/nps'
import { cartesianOptions, type ChartConfig, type ChartContext } from './config'
import { chartFromSpec, specContext } from './specChart'

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
export function npsTrendChart(months: readonly NpsMonth[], label: string, context: ChartContext, title = ''): ChartConfig {
  const config = chartFromSpec(shared.npsTrendChart(months, { title, nps: label }, specContext(context)), context)
  config.options.plugins = {
    ...config.options.plugins,
    tooltip: { callbacks: { label: (item) => `${label}: ${context.format.nps(item.parsed.y)} (± ${context.format.decimal(months[item.dataIndex]?.marginOfError)}, n = ${context.format.count(months[item.dataIndex]?.responses)})` } }
  }
  return config
}

/** How many answers gave each score 0..10, coloured by group. */
export function npsDistributionChart(distribution: readonly number[], label: string, context: ChartContext, title = ''): ChartConfig {
  return chartFromSpec(shared.npsDistributionChart(distribution, { title, answers: label }, specContext(context)), context)
}

/** NPS per value of the segment column `column`, as horizontal bars (answers in the tooltip). */
export function npsBySegmentChart(column: string, segments: Readonly<Record<string, NpsSummary>>, label: string, context: ChartContext, title = ''): ChartConfig {
  const rows = Object.values(segments)
  const config = chartFromSpec(shared.npsBySegmentChart(column, segments, { title, nps: label }, specContext(context)), context)
  config.options.plugins = {
    ...config.options.plugins,
    tooltip: { callbacks: { label: (item) => `${label}: ${context.format.nps(item.parsed.x)} (n = ${context.format.count(rows[item.dataIndex]?.responses)})` } }
  }
  return config
}
