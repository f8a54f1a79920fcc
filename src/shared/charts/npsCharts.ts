/** NPS charts: trend by month, score distribution, NPS by segment. */
import type { NpsSummary } from '../metrics/nps'
import { barDataset, lineDataset, type ChartSpec } from './chartSpec'
import type { ChartContext } from './context'

/** NPS (-100..+100) month by month. */
export function npsTrendChart(byMonth: readonly ({ month: string } & NpsSummary)[], labels: { title: string; nps: string }, context: ChartContext): ChartSpec {
  return {
    name: 'npsTrend',
    title: labels.title,
    type: 'line',
    valueKind: 'nps',
    legend: false,
    data: { labels: byMonth.map((row) => context.monthLabel(row.month)), datasets: [lineDataset(labels.nps, byMonth.map((row) => row.nps), context.palette.primary)] }
  }
}

/** How many answers gave each score 0..10, detractors, passives and promoters in their colours. */
export function npsDistributionChart(distribution: readonly number[], labels: { title: string; answers: string }, context: ChartContext): ChartSpec {
  const colour = (score: number) => (score >= 9 ? context.palette.good : score >= 7 ? context.palette.neutral : context.palette.bad)
  return {
    name: 'npsDistribution',
    title: labels.title,
    type: 'bar',
    valueKind: 'count',
    legend: false,
    data: { labels: distribution.map((_, score) => String(score)), datasets: [barDataset(labels.answers, [...distribution], distribution.map((_, score) => colour(score)))] }
  }
}

/** NPS per value of one segment column, horizontal bars, in the column's value order. */
export function npsBySegmentChart(column: string, values: Readonly<Record<string, NpsSummary>>, labels: { title: string; nps: string }, context: ChartContext): ChartSpec {
  const rows = Object.entries(values)
  return {
    name: `npsBy:${column}`,
    title: labels.title,
    type: 'bar',
    valueKind: 'nps',
    horizontal: true,
    legend: false,
    data: { labels: rows.map(([value]) => value), datasets: [barDataset(labels.nps, rows.map(([, summary]) => summary.nps), rows.map(([, summary]) => ((summary.nps ?? 0) >= 0 ? context.palette.primary : context.palette.bad)))] }
  }
}
