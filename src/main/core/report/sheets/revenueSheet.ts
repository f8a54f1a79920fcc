/** Revenue: MRR movements by month (upsell and cross-sell apart), NRR/GRR/quick ratio as formulas, referral by channel. */
import { mrrMovementsChart, newCustomersByChannelChart, retentionTrendChart, type MovementLabels } from '../../../../shared/charts/revenueCharts'
import { isReferralChannel } from '../../../../shared/metrics/referral'
import type { RevenueNumbers } from '../../../../shared/metrics/summary'
import type { ReportLabels } from '../labels'
import type { ReportContext } from '../reportContext'
import type { SheetWriter } from '../sheetWriter'

/** The movement names of the MRR chart. */
export function movementLabels(labels: ReportLabels): MovementLabels {
  const m = labels.m
  return { title: labels.revenue.movements, new: m.newMrr, upsell: m.upsellMrr, crossSell: m.crossSellMrr, reactivation: m.reactivationMrr, contraction: m.contractionMrr, churn: m.churnedMrr, net: labels.difference }
}

/** One row of movements: B start .. J end, then K NRR, L GRR, M quick ratio as formulas over them. */
function movementRow(writer: SheetWriter, label: string, row: RevenueNumbers): void {
  const r = writer.row
  writer.put(1, label)
  const amounts = [row.startMrr, row.newMrr, row.upsellMrr, row.crossSellMrr, row.expansionMrr, row.reactivationMrr, row.contractionMrr, row.churnedMrr, row.mrr]
  amounts.forEach((amount, i) => writer.put(2 + i, amount, 'money'))
  writer.formula(11, `(B${r}+F${r}-H${r}-I${r})/B${r}`, row.nrr, 'percent')
  writer.formula(12, `(B${r}-H${r}-I${r})/B${r}`, row.grr, 'percent')
  writer.formula(13, `(C${r}+F${r}+G${r})/(H${r}+I${r})`, row.quickRatio, 'ratio')
  writer.next()
}

export function revenueSheet(context: ReportContext): void {
  const { labels, metrics } = context
  const m = labels.m
  const writer = context.sheet(labels.sheets.revenue)
  writer.title(`${labels.revenue.movements}: ${context.periodText(metrics.period)}`)
  writer.note(labels.about.monthEnd)
  writer.skip()
  const headerRow = writer.header([labels.month, m.startMrr, m.newMrr, m.upsellMrr, m.crossSellMrr, m.expansionMrr, m.reactivationMrr, m.contractionMrr, m.churnedMrr, m.mrr, m.nrr, m.grr, m.quickRatio])
  for (const month of metrics.months) movementRow(writer, month.month, month)
  const lastMonthRow = writer.row - 1
  if (metrics.summary) {
    writer.bold(13)
    movementRow(writer, labels.total, metrics.summary)
  }
  writer.freezeAbove(headerRow)
  writer.autoFilter(headerRow, lastMonthRow, 13)
  const referral = metrics.referral
  if (referral && context.series.customers.acquisitionChannel) {
    writer.skip()
    writer.title(labels.revenue.referral, 12)
    const top = writer.row
    writer.put(1, m.newCustomers)
    writer.put(2, referral.newCustomers, 'count')
    writer.next()
    writer.put(1, m.referredCustomers)
    writer.put(2, referral.referredCustomers, 'count')
    writer.next()
    writer.put(1, m.referredShare)
    writer.formula(2, `B${top + 1}/B${top}`, referral.referredShare, 'percent')
    writer.next()
    writer.put(1, m.referredMrr)
    writer.put(2, referral.referredMrr, 'money')
    writer.next()
    writer.skip()
    writer.header([labels.revenue.channel, m.newCustomers, labels.share])
    for (const [channel, count] of Object.entries(referral.bySource).sort((x, y) => y[1] - x[1])) {
      writer.put(1, channel === '' ? labels.churn.blank : channel)
      writer.put(2, count, 'count')
      writer.formula(3, `B${writer.row}/B${top}`, referral.newCustomers ? count / referral.newCustomers : null, 'percent')
      writer.next()
    }
  }
  if (metrics.months.length) {
    context.chart(writer, mrrMovementsChart(metrics.months, movementLabels(labels), context.charts), 15)
    context.chart(writer, retentionTrendChart(metrics.months, { title: labels.revenue.retention, nrr: m.nrr, grr: m.grr }, context.charts), 15)
  }
  if (referral && context.series.customers.acquisitionChannel) {
    context.chart(writer, newCustomersByChannelChart(referral, isReferralChannel, { title: labels.revenue.byChannel, newCustomers: m.newCustomers, blank: labels.churn.blank }, context.charts), 15)
  }
  writer.finish()
}
