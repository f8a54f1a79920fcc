/** NPS: promoters, passives and detractors with NPS and margin of error as formulas; trend, segments, distribution, comments. */
import { npsBySegmentChart, npsDistributionChart, npsTrendChart } from '../../../../shared/charts/npsCharts'
import { firstDayOfMonth, lastDayOfMonth, monthNumber } from '../../../../shared/metrics/calendar'
import type { NpsSummary } from '../../../../shared/metrics/nps'
import { findCustomerColumn, selectRows } from '../../../../shared/metrics/selection'
import { NO_DAY } from '../../../../shared/model/series'
import { excelSerial } from '../formats'
import type { ReportContext } from '../reportContext'
import type { SheetWriter } from '../sheetWriter'

/** B responses, C promoters, D passives, E detractors, F NPS = (C − E) / B × 100. */
function npsRow(writer: SheetWriter, label: string, row: NpsSummary): void {
  const r = writer.row
  writer.put(1, label)
  writer.put(2, row.responses, 'count')
  writer.put(3, row.promoters, 'count')
  writer.put(4, row.passives, 'count')
  writer.put(5, row.detractors, 'count')
  writer.formula(6, `(C${r}-E${r})/B${r}*100`, row.nps, 'nps')
  writer.put(7, row.marginOfError, 'nps')
  writer.next()
}

export function npsSheet(context: ReportContext): void {
  const { labels, metrics } = context
  const nps = metrics.nps
  if (!nps) return
  const m = labels.m
  const text = labels.npsText
  const writer = context.sheet(labels.sheets.nps)
  writer.title(`${text.groups}: ${context.periodText(metrics.period)}`)
  writer.skip()
  const headers = [labels.metric, m.responses, m.promoters, m.passives, m.detractors, m.nps, m.marginOfError]
  const headerRow = writer.header(headers)
  const r = writer.row
  npsRow(writer, labels.period, nps)
  writer.put(1, m.promoterShare)
  writer.formula(2, `C${r}/B${r}`, nps.responses ? nps.promoters / nps.responses : null, 'percent')
  writer.put(3, m.detractorShare)
  writer.formula(4, `E${r}/B${r}`, nps.responses ? nps.detractors / nps.responses : null, 'percent')
  writer.put(6, m.marginOfError)
  writer.formula(7, `1.96*SQRT((B${r + 1}+D${r + 1}-(B${r + 1}-D${r + 1})^2)/B${r})*100`, nps.marginOfError, 'nps')
  writer.next()
  writer.put(1, m.csat)
  writer.put(2, nps.csat, 'percent')
  writer.put(3, m.responseRate)
  writer.put(4, nps.responseRate, 'percent')
  if (nps.smallSample) writer.put(6, text.smallSample)
  writer.next()
  writer.freezeAbove(headerRow)
  if (nps.byMonth.length) {
    writer.skip()
    writer.title(text.trend, 12)
    writer.header([labels.month, ...headers.slice(1)])
    for (const month of nps.byMonth) npsRow(writer, month.month, month)
  }
  for (const [column, values] of Object.entries(nps.bySegment)) {
    writer.skip()
    writer.title(`${text.bySegment} ${column}`, 12)
    writer.header([column, ...headers.slice(1)])
    for (const [value, summary] of Object.entries(values)) npsRow(writer, value, summary)
  }
  writer.skip()
  writer.title(text.distribution, 12)
  writer.header([text.score, text.answers])
  nps.distribution.forEach((count, score) => {
    writer.put(1, score, 'count')
    writer.put(2, count, 'count')
    writer.next()
  })
  commentsTable(writer, context)
  if (nps.byMonth.length) context.chart(writer, npsTrendChart(nps.byMonth, { title: text.trend, nps: m.nps }, context.charts), 9)
  context.chart(writer, npsDistributionChart(nps.distribution, { title: text.distribution, answers: text.answers }, context.charts), 9)
  const [firstSegment] = Object.entries(nps.bySegment)
  if (firstSegment) context.chart(writer, npsBySegmentChart(firstSegment[0], firstSegment[1], { title: `${text.bySegment} ${firstSegment[0]}`, nps: m.nps }, context.charts), 9)
  writer.finish()
}

/** The period's answers with a comment (undated answers count in every period), filtered as the numbers are; auto-filtered. */
function commentsTable(writer: SheetWriter, context: ReportContext): void {
  const { series, labels, metrics } = context
  const answers = series.nps
  if (!answers) return
  const known = context.filters.filter((filter) => answers.attributes.some((column) => column.name === filter.column) || findCustomerColumn(series, filter.column) !== null)
  const rows = selectRows(series, answers, known)
  const from = metrics.period ? firstDayOfMonth(monthNumber(metrics.period.from)) : -Infinity
  const to = metrics.period ? lastDayOfMonth(monthNumber(metrics.period.to)) : Infinity
  writer.skip()
  writer.title(labels.npsText.comments, 12)
  const headerRow = writer.header([labels.npsText.date, labels.npsText.score, labels.npsText.customer, labels.npsText.comment])
  for (let i = 0; i < answers.count; i++) {
    const comment = answers.comments[i]
    const day = answers.day[i]
    if (!comment || (rows && !rows[i]) || (day !== NO_DAY && (day < from || day > to))) continue
    writer.put(1, day === NO_DAY ? null : excelSerial(day), 'date')
    writer.put(2, answers.score[i], 'count')
    writer.put(3, answers.customer[i] >= 0 ? series.customers.ids[answers.customer[i]] : null)
    writer.put(4, comment)
    writer.next()
  }
  writer.autoFilter(headerRow, writer.row - 1, 4)
}
