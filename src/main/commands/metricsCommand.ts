import path from 'node:path'
import { parseArgs } from 'node:util'
import { dashboardMetrics, type DashboardMetrics } from '../../shared/metrics/dashboard'
import { customPeriod } from '../../shared/metrics/periods'
import { Workspace } from '../core/workspace/workspace'
import { readWorkspaceSettings } from '../core/workspace/workspaceSettings'
import { workspaceSeries } from '../core/series/workspaceSeries'
import { PulsoFailure } from '../core/failure'
import { UsageError, type CommandIo } from './io'
import { metricsReport } from './metricsTable'
import { parseSegments } from './segments'

export const metricsHelp = `pulso metrics W.pulso [--from YYYY-MM] [--to YYYY-MM] [--segment column=value]... [--group-by column] [--json]

Prints the metrics of a workspace for a period (by default all its months): churn,
revenue movements, retention, referral, activity, NPS, orders, cohorts and campaigns.
With --json, one object (rates as fractions, missing values as null; see docs/cli.md).

  --from, --to YYYY-MM     the period's first and last month
  --segment column=value   keep only customers (or answers) with that value (repeatable)
  --group-by column        also compute the period's summary per value of a column
  --json                   print JSON

Exit code: 0 printed, 1 the workspace cannot be read or a column does not exist, 2 wrong usage.`

const monthPattern = /^\d{4}-(0[1-9]|1[0-2])$/

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
      metrics = dashboardMetrics(series, { period, filters, groupBy: values['group-by'] ?? null, settings: readWorkspaceSettings(workspace).settings })
    } catch (error) {
      if (error instanceof RangeError) throw new PulsoFailure('invalid-input', error.message)
      throw error
    }
    if (values.json) io.out(JSON.stringify(metrics, null, 2))
    else for (const line of metricsReport(path.basename(positionals[0]), metrics, values['group-by'] ?? null)) io.out(line)
    return 0
  } finally {
    workspace.close()
  }
}
