/** Churn: customer and MRR churn by month (rates as formulas), churn reasons, snapshot churn by segment. */
import { churnByMonthChart, churnReasonRows, churnReasonsChart } from '../../../../shared/charts/churnCharts'
import type { SnapshotChurn } from '../../../../shared/metrics/churn'
import type { MonthMetrics, PeriodSummary } from '../../../../shared/metrics/summary'
import type { ReportContext } from '../reportContext'
import type { SheetWriter } from '../sheetWriter'

/** B start customers, C churned, D rate = C/B; E start MRR, F contraction, G churned MRR, H gross MRR churn = (F+G)/E. */
function churnRow(writer: SheetWriter, label: string, row: MonthMetrics | PeriodSummary): void {
  const r = writer.row
  writer.put(1, label)
  writer.put(2, row.startCustomers, 'count')
  writer.put(3, row.churnedCustomers, 'count')
  writer.formula(4, `C${r}/B${r}`, row.customerChurnRate, 'percent')
  writer.put(5, row.startMrr, 'money')
  writer.put(6, row.contractionMrr, 'money')
  writer.put(7, row.churnedMrr, 'money')
  writer.formula(8, `(F${r}+G${r})/E${r}`, row.grossMrrChurnRate, 'percent')
  writer.next()
}

function snapshotRow(writer: SheetWriter, label: string, value: SnapshotChurn): void {
  const r = writer.row
  writer.put(1, label)
  writer.put(2, value.customers, 'count')
  writer.put(3, value.churned, 'count')
  writer.formula(4, `C${r}/B${r}`, value.churnRate, 'percent')
  writer.put(5, value.revenueChurnRate, 'percent')
  writer.next()
}

/** Whether the workspace has anything the Churn sheet shows. */
export function hasChurnData(context: ReportContext): boolean {
  const { metrics } = context
  return metrics.months.some((row) => row.startCustomers !== null) || metrics.snapshot !== null || Object.keys(metrics.churnReasons).length > 0
}

export function churnSheet(context: ReportContext): void {
  const { labels, metrics } = context
  const m = labels.m
  const writer = context.sheet(labels.sheets.churn)
  writer.title(`${labels.churn.byMonth}: ${context.periodText(metrics.period)}`)
  writer.skip()
  const headerRow = writer.header([labels.month, m.startCustomers, m.churnedCustomers, m.customerChurnRate, m.startMrr, m.contractionMrr, m.churnedMrr, m.grossMrrChurnRate])
  for (const month of metrics.months) churnRow(writer, month.month, month)
  const lastMonthRow = writer.row - 1
  if (metrics.summary) {
    writer.bold(8)
    churnRow(writer, labels.total, metrics.summary)
  }
  writer.freezeAbove(headerRow)
  writer.autoFilter(headerRow, lastMonthRow, 8)
  const reasons = churnReasonRows(metrics.churnReasons, labels.churn.blank)
  if (reasons.length) {
    writer.skip()
    writer.title(labels.churn.reasons, 12)
    writer.header([labels.churn.reason, labels.customers, labels.churn.lostMrr])
    for (const reason of reasons) {
      writer.put(1, reason.reason)
      writer.put(2, reason.customers, 'count')
      writer.put(3, reason.mrr, 'money')
      writer.next()
    }
  }
  const snapshot = metrics.snapshot
  if (snapshot) {
    writer.skip()
    writer.title(labels.churn.snapshot, 12)
    writer.header([labels.metric, m.snapshotCustomers, m.snapshotChurned, m.snapshotChurnRate, labels.m.grossMrrChurnRate])
    snapshotRow(writer, labels.total, snapshot)
    for (const [column, values] of Object.entries(snapshot.bySegment)) {
      for (const [value, churn] of Object.entries(values)) snapshotRow(writer, `${column}: ${value}`, churn)
    }
  }
  if (metrics.months.some((row) => row.customerChurnRate !== null)) {
    context.chart(writer, churnByMonthChart(metrics.months, { title: labels.churn.byMonth, customerChurn: m.customerChurnRate, revenueChurn: m.grossMrrChurnRate }, context.charts), 10)
  }
  if (reasons.length) context.chart(writer, churnReasonsChart(reasons, { title: labels.churn.reasons, customers: labels.customers }, context.charts), 10)
  writer.finish()
}
