import path from 'node:path'
import { parseArgs } from 'node:util'
import { dashboardMetrics, type DashboardMetrics } from '../../shared/metrics/dashboard'
import { customPeriod } from '../../shared/metrics/periods'
import type { AttributeFilter } from '../../shared/metrics/selection'
import { Workspace } from '../core/workspace/workspace'
import { workspaceSeries } from '../core/series/workspaceSeries'
import { PulsoFailure } from '../core/failure'
import { UsageError, type CommandIo } from './io'

export const metricsHelp = `pulso metrics W.pulso [--from YYYY-MM] [--to YYYY-MM] [--segment column=value]... [--group-by column] [--json]

Prints the metrics of a workspace for a period (by default all its months): churn,
revenue movements, retention, referral, activity, NPS, orders, cohorts and campaigns.
With --json, one object (rates as fractions, missing values as null; see docs/cli.md).

  --from, --to YYYY-MM     the period's first and last month
  --segment column=value   keep only customers (or answers) with that value (repeatable)
  --group-by column        also compute the period's summary per value of a column
  --json                   print JSON`

const monthPattern = /^\d{4}-(0[1-9]|1[0-2])$/

function parseSegments(values: string[]): AttributeFilter[] {
  const byColumn = new Map<string, string[]>()
  for (const item of values) {
    const at = item.indexOf('=')
    if (at <= 0) throw new UsageError(`--segment takes column=value, not "${item}".`)
    const column = item.slice(0, at)
    byColumn.set(column, [...(byColumn.get(column) ?? []), item.slice(at + 1)])
  }
  return [...byColumn].map(([column, list]) => ({ column, values: list }))
}

const percent = (value: number | null | undefined) => (value === null || value === undefined ? '—' : `${(value * 100).toFixed(1)} %`)
const number = (value: number | null | undefined) => (value === null || value === undefined ? '—' : value.toLocaleString('en-US', { maximumFractionDigits: 2 }))

function printReadable(io: CommandIo, file: string, metrics: DashboardMetrics): void {
  const lines: [string, string][] = []
  if (metrics.period) lines.push(['Period', `${metrics.period.from} to ${metrics.period.to}`])
  const s = metrics.summary
  if (s) {
    lines.push(['MRR at the end', number(s.mrr)], ['Customers at the end', number(s.customers)], ['Customer churn rate', percent(s.customerChurnRate)], ['Gross MRR churn rate', percent(s.grossMrrChurnRate)], ['Net MRR churn rate', percent(s.netMrrChurnRate)], ['NRR', percent(s.nrr)], ['GRR', percent(s.grr)], ['ARPA', number(s.arpa)])
  }
  if (metrics.snapshot) lines.push(['Customers (snapshot)', number(metrics.snapshot.customers)], ['Churned (snapshot)', number(metrics.snapshot.churned)], ['Churn rate (snapshot)', percent(metrics.snapshot.churnRate)])
  if (metrics.orders) lines.push(['Orders', number(metrics.orders.orders)], ['Revenue', number(metrics.orders.revenue)], ['Average ticket', number(metrics.orders.averageTicket)])
  if (metrics.activity) lines.push(['Active', number(metrics.activity.active)], ['Inactive', number(metrics.activity.inactive)], ['Inactive-to-active ratio', percent(metrics.activity.inactiveToActiveRatio)], ['Inactive share', percent(metrics.activity.inactiveShare)])
  if (metrics.nps) lines.push(['NPS responses', number(metrics.nps.responses)], ['NPS', metrics.nps.nps === null ? '—' : `${Math.round(metrics.nps.nps)} (± ${number(metrics.nps.marginOfError)})`], ['CSAT', percent(metrics.nps.csat)])
  if (metrics.campaigns) for (const [group, rates] of Object.entries(metrics.campaigns.bySegment)) lines.push([`Conversion: ${group}`, percent(rates.conversionRate)])
  const width = Math.max(...lines.map(([label]) => label.length))
  io.out(`Pulso metrics of ${path.basename(file)}`)
  for (const [label, value] of lines) io.out(`  ${label.padEnd(width)}  ${value}`)
  if (lines.length === 0) io.out('  This workspace has no data to measure yet: import files with `pulso import`.')
}

/** `pulso metrics`: returns the exit code. */
export async function metricsCommand(args: string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { from: { type: 'string' }, to: { type: 'string' }, segment: { type: 'string', multiple: true }, 'group-by': { type: 'string' }, json: { type: 'boolean' } }
  })
  if (positionals.length !== 1) throw new UsageError('Name one workspace file: pulso metrics W.pulso')
  for (const [name, value] of [['--from', values.from], ['--to', values.to]] as const) {
    if (value !== undefined && !monthPattern.test(value)) throw new UsageError(`${name} takes a month as YYYY-MM, not "${value}".`)
  }
  const filters = parseSegments(values.segment ?? [])
  const workspace = await Workspace.open(positionals[0])
  try {
    const series = workspaceSeries(workspace)
    const first = series.months[0]
    const last = series.months[series.months.length - 1]
    const period = values.from || values.to ? customPeriod(values.from ?? first ?? values.to ?? '', values.to ?? last ?? values.from ?? '') : null
    let metrics: DashboardMetrics
    try {
      metrics = dashboardMetrics(series, { period, filters, groupBy: values['group-by'] ?? null })
    } catch (error) {
      if (error instanceof RangeError) throw new PulsoFailure('invalid-input', error.message)
      throw error
    }
    if (values.json) io.out(JSON.stringify(metrics, null, 2))
    else printReadable(io, positionals[0], metrics)
    return 0
  } finally {
    workspace.close()
  }
}
