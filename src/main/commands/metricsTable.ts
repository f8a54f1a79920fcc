/**
 * The readable output of `pulso metrics`: a summary list, then short tables (churn
 * reasons, referral, the last months, groups, campaigns). Numbers only come from
 * `dashboardMetrics`; this file only lays them out. A missing value prints as "—".
 */
import type { DashboardMetrics } from '../../shared/metrics/dashboard'

type Cell = string

/** A rate (fraction) as a percentage with one decimal: 0.0571 -> "5.7 %". */
export const percent = (value: number | null | undefined): Cell => (value === null || value === undefined ? '—' : `${(value * 100).toFixed(1)} %`)

/** A count or an amount, with thousands separators and up to 2 decimals. */
export const amount = (value: number | null | undefined): Cell => (value === null || value === undefined ? '—' : value.toLocaleString('en-US', { maximumFractionDigits: 2 }))

/** A difference of two rates in percentage points: 0.0068 -> "+0.7 p.p.". */
const points = (value: number | null | undefined): Cell => (value === null || value === undefined ? '—' : `${value >= 0 ? '+' : ''}${(value * 100).toFixed(1)} p.p.`)

/** Lines of a table: a header row, then rows; the first column left-aligned, the others right-aligned. */
export function table(header: Cell[], rows: Cell[][], indent = '  '): string[] {
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i].length)))
  const line = (row: Cell[]) => indent + row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ')
  return [line(header), ...rows.map(line)].map((text) => text.trimEnd())
}

/** How many months the readable months table shows (the last ones of the period). */
export const monthsShown = 6
/** How many churn reasons the readable output shows (the most customers first). */
export const reasonsShown = 5

function summaryLines(metrics: DashboardMetrics): [string, Cell][] {
  const lines: [string, Cell][] = []
  if (metrics.period) lines.push(['Period', `${metrics.period.from} to ${metrics.period.to}`])
  const s = metrics.summary
  if (s && metrics.basis) {
    lines.push(['Customers at the end', amount(s.customers)], ['Customer churn rate', percent(s.customerChurnRate)])
    if (s.mrr !== null) lines.push(['MRR at the end', amount(s.mrr)], ['Gross MRR churn rate', percent(s.grossMrrChurnRate)], ['Net MRR churn rate', percent(s.netMrrChurnRate)], ['NRR', percent(s.nrr)], ['GRR', percent(s.grr)], ['ARPA', amount(s.arpa)])
  }
  const snapshot = metrics.snapshot
  if (snapshot) lines.push(['Customers (snapshot)', amount(snapshot.customers)], ['Churned (snapshot)', amount(snapshot.churned)], ['Churn rate (snapshot)', percent(snapshot.churnRate)])
  if (metrics.orders) lines.push(['Orders', amount(metrics.orders.orders)], ['Revenue', amount(metrics.orders.revenue)], ['Average ticket', amount(metrics.orders.averageTicket)])
  const activity = metrics.activity
  if (activity) lines.push(['Active', amount(activity.active)], ['Inactive', amount(activity.inactive)], ['Inactive-to-active ratio', percent(activity.inactiveToActiveRatio)], ['Inactive share', percent(activity.inactiveShare)])
  const nps = metrics.nps
  if (nps) lines.push(['NPS responses', amount(nps.responses)], ['NPS', nps.nps === null ? '—' : `${Math.round(nps.nps)} (± ${amount(nps.marginOfError)})`], ['CSAT', percent(nps.csat)])
  if (nps && metrics.campaigns) lines.push(['NPS response rate', percent(nps.responseRate)])
  return lines
}

function churnReasonLines(metrics: DashboardMetrics): string[] {
  const reasons = Object.entries(metrics.churnReasons).sort(([a, x], [b, y]) => y.customers - x.customers || (a < b ? -1 : 1))
  if (reasons.length === 0) return []
  const title = reasons.length > reasonsShown ? `Churn reasons (top ${reasonsShown} of ${reasons.length})` : 'Churn reasons'
  return [title, ...table(['reason', 'customers', 'lost MRR'], reasons.slice(0, reasonsShown).map(([reason, count]) => [reason || '(blank)', amount(count.customers), amount(count.mrr)]))]
}

function referralLines(metrics: DashboardMetrics): string[] {
  const referral = metrics.referral
  if (!referral) return []
  const sources = Object.entries(referral.bySource).sort(([, a], [, b]) => b - a)
  return [
    'Referral (new customers of the period)',
    `  ${amount(referral.referredCustomers)} of ${amount(referral.newCustomers)} new customers referred (${percent(referral.referredShare)}), ${amount(referral.referredMrr)} MRR in their first month`,
    `  by source: ${sources.map(([source, count]) => `${source || '(blank)'} ${amount(count)}`).join(', ')}`
  ]
}

function monthLines(metrics: DashboardMetrics): string[] {
  const months = metrics.months.slice(-monthsShown)
  if (months.length === 0 || months.every((month) => month.mrr === null && month.customers === null)) return []
  const rows = months.map((m) => [m.month, amount(m.mrr), amount(m.newMrr), amount(m.expansionMrr), amount(m.churnedMrr), amount(m.customers), percent(m.customerChurnRate)])
  return [`Months (last ${months.length})`, ...table(['month', 'MRR', 'new', 'expansion', 'churned MRR', 'customers', 'customer churn'], rows)]
}

function groupLines(metrics: DashboardMetrics, groupBy: string | null): string[] {
  if (metrics.groups) {
    const rows = Object.entries(metrics.groups.values).map(([value, s]) => [value, amount(s.customers), amount(s.mrr), percent(s.customerChurnRate), percent(s.nrr)])
    return [`By ${metrics.groups.column}`, ...table(['value', 'customers', 'MRR', 'customer churn', 'NRR'], rows)]
  }
  const snapshot = groupBy ? metrics.snapshot?.bySegment[groupBy] : undefined
  if (groupBy && snapshot) {
    const rows = Object.entries(snapshot).map(([value, s]) => [value, amount(s.customers), amount(s.churned), percent(s.churnRate)])
    return [`By ${groupBy} (snapshot)`, ...table(['value', 'customers', 'churned', 'churn rate'], rows)]
  }
  const nps = groupBy ? metrics.nps?.bySegment[groupBy] : undefined
  if (groupBy && nps) {
    const rows = Object.entries(nps).map(([value, s]) => [value, amount(s.responses), amount(s.promoters), amount(s.passives), amount(s.detractors), s.nps === null ? '—' : String(Math.round(s.nps))])
    return [`NPS by ${groupBy}`, ...table(['value', 'responses', 'promoters', 'passives', 'detractors', 'NPS'], rows)]
  }
  return []
}

function campaignLines(metrics: DashboardMetrics): string[] {
  const campaigns = metrics.campaigns
  if (!campaigns) return []
  const rows = Object.entries(campaigns.bySegment).map(([key, g]) => [key, amount(g.recipients), percent(g.openRate), percent(g.clickRate), percent(g.conversionRate), g.control ? 'control' : points(campaigns.lift[key])])
  return ['Campaigns', ...table(['group', 'recipients', 'open', 'click', 'conversion', 'lift'], rows)]
}

/**
 * The readable report of a workspace's metrics, as lines. `groupBy` is the --group-by
 * column (shown as a table of the period's groups, or of the snapshot or NPS segments).
 * A workspace with nothing to measure gets one line saying how to import.
 */
export function metricsReport(fileName: string, metrics: DashboardMetrics, groupBy: string | null = null): string[] {
  const summary = summaryLines(metrics)
  const sections = [churnReasonLines(metrics), referralLines(metrics), monthLines(metrics), groupLines(metrics, groupBy), campaignLines(metrics)].filter((lines) => lines.length > 0)
  const out = [`Pulso metrics of ${fileName}`]
  if (summary.length === 0 && sections.length === 0) return [...out, '  This workspace has no data to measure yet: import files with `pulso import`.']
  const width = Math.max(0, ...summary.map(([label]) => label.length))
  for (const [label, value] of summary) out.push(`  ${label.padEnd(width)}  ${value}`)
  sections.forEach((section, i) => out.push(...(i > 0 || summary.length > 0 ? [''] : []), ...section))
  return out
}
