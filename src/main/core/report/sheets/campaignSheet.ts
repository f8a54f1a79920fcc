/** Campaigns: counts per campaign group and its rates as formulas over them (the control group over its recipients), with the lift. */
import { campaignRatesChart } from '../../../../shared/charts/campaignCharts'
import type { CampaignGroupRates } from '../../../../shared/metrics/campaigns'
import type { ReportContext } from '../reportContext'

export function campaignSheet(context: ReportContext): void {
  const { labels, metrics } = context
  const campaigns = metrics.campaigns
  if (!campaigns) return
  const m = labels.m
  const c = labels.campaigns
  const writer = context.sheet(labels.sheets.campaigns)
  writer.title(c.title)
  writer.skip()
  const headerRow = writer.header([c.key, c.campaign, c.group, c.control, m.recipients, m.sent, m.delivered, m.opened, m.clicked, m.converted, m.deliveryRate, m.openRate, m.clickRate, m.clickToOpen, m.conversionRate, m.lift])
  const entries = Object.entries(campaigns.bySegment)
  const rowOf = new Map(entries.map(([key], i) => [key, headerRow + 1 + i]))
  const controlsOf = (group: CampaignGroupRates) => entries.filter(([, other]) => other.control && other.campaign === group.campaign)
  for (const [key, group] of entries) {
    const r = writer.row
    const base = group.control ? `E${r}` : group.delivered === null ? `F${r}` : `G${r}`
    writer.put(1, key)
    writer.put(2, group.campaign)
    writer.put(3, group.group)
    writer.put(4, group.control ? c.yes : c.no)
    const counts = [group.recipients, group.sent, group.delivered, group.opened, group.clicked, group.converted]
    counts.forEach((count, i) => writer.put(5 + i, count, 'count'))
    writer.formula(11, `G${r}/F${r}`, group.deliveryRate, 'percent')
    writer.formula(12, `H${r}/${base}`, group.openRate, 'percent')
    writer.formula(13, `I${r}/${base}`, group.clickRate, 'percent')
    writer.formula(14, `I${r}/H${r}`, group.clickToOpen, 'percent')
    writer.formula(15, `J${r}/${base}`, group.conversionRate, 'percent')
    const lift = key in campaigns.lift ? campaigns.lift[key] : null
    const controls = controlsOf(group)
    if (controls.length === 1 && !group.control) writer.formula(16, `(O${r}-O${rowOf.get(controls[0][0])})*100`, lift === null ? null : lift * 100, 'pp')
    else writer.put(16, lift === null ? null : lift * 100, 'pp')
    writer.next()
  }
  writer.freezeAbove(headerRow)
  writer.autoFilter(headerRow, writer.row - 1, 16)
  context.chart(writer, campaignRatesChart(campaigns.bySegment, { title: c.title, openRate: m.openRate, clickRate: m.clickRate, conversionRate: m.conversionRate }, context.charts), 18)
  writer.finish()
}
