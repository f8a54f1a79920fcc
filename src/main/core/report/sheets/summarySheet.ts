/** Summary: the KPIs of the period beside the previous period, with the change, and the headline charts. */
import { churnByMonthChart } from '../../../../shared/charts/churnCharts'
import { mrrMovementsChart } from '../../../../shared/charts/revenueCharts'
import { kpiTable } from '../kpiTable'
import type { ReportContext } from '../reportContext'
import { movementLabels } from './revenueSheet'

export function summarySheet(context: ReportContext, workspaceName: string): void {
  const { labels, metrics } = context
  const writer = context.sheet(labels.sheets.summary)
  writer.title(`${labels.title}: ${workspaceName}`)
  writer.note(`${labels.period}: ${context.periodText(metrics.period)} · ${labels.previousPeriod}: ${context.periodText(context.previousPeriod)}`)
  writer.skip()
  const table = kpiTable(writer, context, [`${labels.period} ${context.periodText(metrics.period)}`, `${labels.previousPeriod} ${context.periodText(context.previousPeriod)}`], metrics, context.previous)
  writer.freezeAbove(table.headerRow)
  writer.autoFilter(table.headerRow, table.lastRow, 7)
  if (metrics.months.some((row) => row.mrr !== null)) context.chart(writer, mrrMovementsChart(metrics.months, movementLabels(labels), context.charts), 'below')
  if (metrics.months.some((row) => row.customerChurnRate !== null)) {
    context.chart(writer, churnByMonthChart(metrics.months, { title: labels.churn.byMonth, customerChurn: labels.m.customerChurnRate, revenueChurn: labels.m.grossMrrChurnRate }, context.charts), 'below')
  }
  writer.finish()
}
