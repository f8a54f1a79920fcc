/** Comparison: every KPI in period A and period B, the difference and the relative change, and A/B charts. */
import { comparisonChart, type ComparedValue } from '../../../../shared/charts/comparisonCharts'
import type { DashboardMetrics } from '../../../../shared/metrics/dashboard'
import type { Period } from '../../../../shared/metrics/periods'
import { kpiRows } from '../kpiRows'
import { kpiTable } from '../kpiTable'
import type { ReportContext } from '../reportContext'

/** Writes the sheet for A (the period compared) against B (the reference): difference = A − B. */
export function comparisonSheet(context: ReportContext, a: { period: Period; metrics: DashboardMetrics }, b: { period: Period; metrics: DashboardMetrics }): void {
  const { labels, series } = context
  const writer = context.sheet(labels.sheets.comparison)
  writer.title(`${labels.comparison.title}: A ${context.periodText(a.period)} · B ${context.periodText(b.period)}`)
  writer.note(labels.comparison.note)
  writer.skip()
  const headerA = `${labels.comparison.a} ${context.periodText(a.period)}`
  const headerB = `${labels.comparison.b} ${context.periodText(b.period)}`
  const table = kpiTable(writer, context, [headerA, headerB], a.metrics, b.metrics)
  writer.freezeAbove(table.headerRow)
  writer.autoFilter(table.headerRow, table.lastRow, 7)
  const pairs = (kind: string): ComparedValue[] =>
    kpiRows
      .filter((row) => row.kind === kind)
      .map((row) => ({ label: row.label(labels), a: row.value(a.metrics, series), b: row.value(b.metrics, series) }))
      .filter((row) => row.a !== null || row.b !== null)
  const rates = pairs('percent')
  const money = pairs('money').filter((row) => !/LTV|ARPA/.test(row.label))
  const chartLabels = { a: headerA, b: headerB }
  if (rates.length) context.chart(writer, comparisonChart('comparisonRates', rates, 'percent', { title: labels.comparison.rates, ...chartLabels }, context.charts), 9)
  if (money.length) context.chart(writer, comparisonChart('comparisonMoney', money, 'money', { title: labels.comparison.money, ...chartLabels }, context.charts), 9)
  writer.finish()
}
