/** Cohorts: logo and revenue retention by cohort as heatmaps (conditional formatting), and the retention curves. */
import { cohortRetentionChart } from '../../../../shared/charts/cohortCharts'
import type { CohortRow } from '../../../../shared/metrics/cohorts'
import type { ReportContext } from '../reportContext'
import { cellRef, type SheetWriter } from '../sheetWriter'

function heatmap(writer: SheetWriter, title: string, rows: readonly CohortRow[], values: (row: CohortRow) => (number | null)[], context: ReportContext): number {
  const { labels } = context
  const width = rows.reduce((most, row) => Math.max(most, values(row).length), 0)
  writer.title(title, 12)
  const headerRow = writer.header([labels.cohorts.cohort, labels.cohorts.size, ...Array.from({ length: width }, (_, k) => labels.cohorts.k(k))])
  for (const row of rows) {
    writer.put(1, row.cohort)
    writer.put(2, row.size, 'count')
    values(row).forEach((value, k) => {
      if (value !== null) writer.put(3 + k, value, 'percent')
    })
    writer.next()
  }
  if (rows.length && width) {
    writer.sheet.addConditionalFormatting({
      ref: `${cellRef(3, headerRow + 1)}:${cellRef(2 + width, headerRow + rows.length)}`,
      rules: [{ type: 'colorScale', priority: 1, cfvo: [{ type: 'num', value: 0 }, { type: 'num', value: 0.5 }, { type: 'num', value: 1 }], color: [{ argb: 'FFF8696B' }, { argb: 'FFFFEB84' }, { argb: 'FF63BE7B' }] }]
    })
  }
  return headerRow
}

export function cohortSheet(context: ReportContext): void {
  const { labels, metrics } = context
  const cohorts = metrics.cohorts
  if (!cohorts || cohorts.rows.length === 0) return
  const writer = context.sheet(labels.sheets.cohorts)
  writer.title(`${labels.cohorts.logo}: ${context.periodText(metrics.period)}`)
  writer.skip()
  const headerRow = heatmap(writer, labels.cohorts.logo, cohorts.rows, (row) => row.logoRetention, context)
  writer.freezeAbove(headerRow)
  writer.autoFilter(headerRow, headerRow + cohorts.rows.length, 2)
  if (cohorts.rows.some((row) => (row.revenueRetention ?? []).some((value) => value !== null))) {
    writer.skip()
    heatmap(writer, labels.cohorts.revenue, cohorts.rows, (row) => row.revenueRetention ?? [], context)
  }
  const width = cohorts.rows.reduce((most, row) => Math.max(most, row.logoRetention.length), 0)
  context.chart(writer, cohortRetentionChart(cohorts, { title: labels.cohorts.curves, monthLabel: labels.cohorts.k }, context.charts), width + 4)
  writer.finish()
}
