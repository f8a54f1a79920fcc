/**
 * Comparison: every metric of `comparePeriods` over period A and period B (each side with
 * its own filters), the numbers `pulso compare --json` prints. Each row has its unit and
 * how each period's value is taken; the difference (p.p. for rates, points for NPS, money)
 * and the relative change are formulas over the A and B cells, coloured by whether A is
 * better or worse than B. Then the NPS margin-of-error verdict, the cohorts' retention
 * curves A vs B, and charts.
 */
import { comparisonChart, type ComparedValue } from '../../../../shared/charts/comparisonCharts'
import type { ComparedSide, ComparisonRow, PeriodComparison } from '../../../../shared/metrics/comparison'
import type { ComparisonMetric } from '../../../../shared/metrics/comparisonRows'
import { comparisonLabels, unitKinds, type ComparisonLabels } from '../comparisonLabels'
import type { ReportLabels } from '../labels'
import type { ReportContext } from '../reportContext'
import { cellRef, type SheetWriter } from '../sheetWriter'
import { comparisonCohorts } from './comparisonCohorts'
import { comparisonNps } from './comparisonNps'

/** A metric's name in the report's language. */
export function comparisonMetricLabel(metric: ComparisonMetric, labels: ReportLabels, words: ComparisonLabels): string {
  return metric === 'campaignConversionRate' ? words.campaignConversion : labels.m[metric]
}

/** A and B of the rows shown beside them, as formulas over those rows (ARPA = MRR / customers...). */
const sideFormulas: Partial<Record<ComparisonMetric, { inputs: ComparisonMetric[]; formula: (ref: (metric: ComparisonMetric) => string) => string }>> = {
  arpa: { inputs: ['mrr', 'customers'], formula: (r) => `${r('mrr')}/${r('customers')}` },
  ltv: { inputs: ['arpa', 'averageMonthlyChurnRate'], formula: (r) => `${r('arpa')}/${r('averageMonthlyChurnRate')}` },
  inactiveToActiveRatio: { inputs: ['inactive', 'active'], formula: (r) => `${r('inactive')}/${r('active')}` },
  inactiveShare: { inputs: ['inactive', 'active'], formula: (r) => `${r('inactive')}/(${r('active')}+${r('inactive')})` },
  averageTicket: { inputs: ['revenue', 'orders'], formula: (r) => `${r('revenue')}/${r('orders')}` }
}

const fills = {
  better: { fill: 'FFDCF2E3', font: 'FF166534' },
  worse: { fill: 'FFFBE1DC', font: 'FF9A3412' }
} as const

/** Colours the cells of a row by whether A is better or worse than B. */
function colour(writer: SheetWriter, row: number, columns: number[], direction: ComparisonRow['direction']): void {
  if (direction !== 'better' && direction !== 'worse') return
  const { fill, font } = fills[direction]
  for (const column of columns) {
    const cell = writer.sheet.getCell(row, column)
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fill } }
    cell.font = { color: { argb: font }, bold: column === 7 }
  }
}

/** One side as a line: 'A: 2025-10 – 2025-12 (3 months) · Segmento = Enterprise'. */
function sideLine(name: string, side: ComparedSide, context: ReportContext, words: ComparisonLabels): string {
  const filters = side.filters.map((filter) => `${filter.column} = ${filter.values.join(' | ')}`).join('; ')
  const noData = side.monthsWithData === 0 ? ` · ${words.noData}` : ''
  return `${name}: ${context.periodText(side.period)} (${side.months} ${words.months}) · ${words.filters}: ${filters || words.everyone}${noData}`
}

/** Writes the rows; returns the header row and the last row. */
function table(writer: SheetWriter, context: ReportContext, comparison: PeriodComparison, words: ComparisonLabels): { headerRow: number; lastRow: number } {
  const { labels } = context
  const rows = comparison.rows.filter((row) => row.a !== null || row.b !== null)
  const headerRow = writer.header([labels.metric, `${labels.comparison.a} ${context.periodText(comparison.a.period)}`, `${labels.comparison.b} ${context.periodText(comparison.b.period)}`, labels.difference, labels.unit, labels.relativeChange, words.direction, words.measure, words.section])
  const rowOf = new Map(rows.map((row, i) => [row.metric, headerRow + 1 + i]))
  const valueOf = new Map(rows.map((row) => [row.metric, row]))
  for (const row of rows) {
    const here = writer.row
    const kinds = unitKinds[row.unit]
    writer.put(1, comparisonMetricLabel(row.metric, labels, words))
    for (const [column, side] of [[2, 'a'], [3, 'b']] as const) {
      const spec = sideFormulas[row.metric]
      const usable = spec?.inputs.every((input) => rowOf.has(input) && valueOf.get(input)?.[side] != null)
      if (spec && usable) writer.formula(column, spec.formula((metric) => cellRef(column, rowOf.get(metric) ?? 0)), row[side], kinds.value)
      else writer.put(column, row[side], kinds.value)
    }
    writer.formula(4, `(B${here}-C${here})${row.unit === 'rate' ? '*100' : ''}`, row.difference, kinds.difference)
    writer.put(5, row.unit === 'rate' ? labels.pp : row.unit === 'points' ? labels.points : row.unit === 'money' ? context.currency : row.unit === 'ratio' ? labels.ratio : labels.count)
    writer.formula(6, `(B${here}-C${here})/ABS(C${here})`, row.relativeChange, 'percent')
    const arrow = row.a !== null && row.b !== null && row.a !== row.b ? (row.a > row.b ? '▲ ' : '▼ ') : ''
    writer.put(7, row.direction ? `${arrow}${labels[row.direction]}` : '')
    writer.put(8, words.measures[row.measure])
    writer.put(9, words.sections[row.section])
    colour(writer, here, [4, 6, 7], row.direction)
    writer.next()
  }
  return { headerRow, lastRow: headerRow + rows.length }
}

/** Writes the sheet for A (the period compared) against B (the reference): difference = A − B. */
export function comparisonSheet(context: ReportContext, comparison: PeriodComparison): void {
  const { labels } = context
  const words = comparisonLabels(context.language)
  const writer = context.sheet(labels.sheets.comparison)
  writer.title(`${labels.comparison.title}: A ${context.periodText(comparison.a.period)} · B ${context.periodText(comparison.b.period)}`)
  writer.note(sideLine('A', comparison.a, context, words))
  writer.note(sideLine('B', comparison.b, context, words))
  writer.note(labels.comparison.note)
  writer.skip()
  const { headerRow, lastRow } = table(writer, context, comparison, words)
  writer.freezeAbove(headerRow)
  writer.autoFilter(headerRow, lastRow, 9)
  const pairs = (unit: ComparisonRow['unit'], leave: ComparisonMetric[] = []): ComparedValue[] =>
    comparison.rows.filter((row) => row.unit === unit && (row.a !== null || row.b !== null) && !leave.includes(row.metric)).map((row) => ({ label: comparisonMetricLabel(row.metric, labels, words), a: row.a, b: row.b }))
  const rates = pairs('rate', ['nrr', 'grr'])
  const money = pairs('money', ['ltv', 'arpa', 'averageTicket'])
  const chartLabels = { a: `A ${context.periodText(comparison.a.period)}`, b: `B ${context.periodText(comparison.b.period)}` }
  if (rates.length) context.chart(writer, comparisonChart('comparisonRates', rates, 'percent', { title: labels.comparison.rates, ...chartLabels }, context.charts), 11)
  if (money.length) context.chart(writer, comparisonChart('comparisonMoney', money, 'money', { title: labels.comparison.money, ...chartLabels }, context.charts), 11)
  writer.skip()
  comparisonNps(writer, context, comparison.nps, words)
  comparisonCohorts(writer, context, comparison.cohorts, words)
  writer.finish()
}
