/** Activation: active and inactive customers at the end of the period, both inactivity measures and the activation rate, as formulas. */
import { activityChart } from '../../../../shared/charts/campaignCharts'
import type { ReportContext } from '../reportContext'

export function activationSheet(context: ReportContext): void {
  const { labels, metrics } = context
  const activity = metrics.activity
  if (!activity) return
  const m = labels.m
  const writer = context.sheet(labels.sheets.activation)
  writer.title(`${labels.activation.title}: ${context.periodText(metrics.period)}`)
  writer.note(labels.activation.at)
  writer.skip()
  const headerRow = writer.header([labels.metric, labels.value])
  const top = writer.row
  const rows: [string, number | null, 'count' | 'percent', string | null][] = [
    [m.active, activity.active, 'count', null],
    [m.inactive, activity.inactive, 'count', null],
    [m.inactiveToActiveRatio, activity.inactiveToActiveRatio, 'percent', `B${top + 1}/B${top}`],
    [m.inactiveShare, activity.inactiveShare, 'percent', `B${top + 1}/(B${top}+B${top + 1})`],
    [m.signupNew, activity.newCustomers, 'count', null],
    [m.activated, activity.activated, 'count', null],
    [m.activationRate, activity.activationRate, 'percent', `B${top + 5}/B${top + 4}`]
  ]
  for (const [label, value, kind, formula] of rows) {
    writer.put(1, label)
    if (formula) writer.formula(2, formula, value, kind)
    else writer.put(2, value, kind)
    writer.next()
  }
  writer.freezeAbove(headerRow)
  writer.autoFilter(headerRow, writer.row - 1, 2)
  const chartLabels = { title: labels.activation.title, customers: labels.customers, active: m.active, inactive: m.inactive, newCustomers: m.newCustomers, activated: m.activated }
  context.chart(writer, activityChart(activity, chartLabels, context.charts), 4)
  writer.finish()
}
