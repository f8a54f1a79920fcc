import path from 'node:path'
import { parseArgs } from 'node:util'
import { comparePeriods, type PeriodComparison } from '../../shared/metrics/comparison'
import type { Period } from '../../shared/metrics/periods'
import { PulsoFailure } from '../core/failure'
import { workspaceSeries } from '../core/series/workspaceSeries'
import { Workspace } from '../core/workspace/workspace'
import { readWorkspaceSettings } from '../core/workspace/workspaceSettings'
import { compareReport } from './compareCommandTable'
import { UsageError, type CommandIo } from './io'
import { comparedPeriods } from './periodOptions'
import { sideSegments } from './segments'

export const compareHelp = `pulso compare W.pulso --a PERIOD [--b PERIOD|previous|last-year] [--a-segment column=value]... [--b-segment column=value]... [--segment column=value]... [--json]

Compares every metric over period A and period B, side by side: both values, the
difference (p.p. for rates, points for NPS, the amount for money), the relative change
and whether A is better or worse than B; whether the NPS difference is beyond the
margin of error; the average retention curves of the cohorts starting in each period.
With --json, one object (see docs/cli.md).

  --a PERIOD               period A: YYYY-MM, YYYY-Qn, YYYY, or a range such as 2024-01..2024-03
  --b PERIOD               period B, the same way, or previous (the period of the same length
                           just before A) or last-year (A's months a year earlier). Default:
                           previous when A is one month, else last-year
  --a-segment column=value keep only these customers (or answers) on side A (repeatable)
  --b-segment column=value the same on side B
  --segment column=value   the same on both sides
  --json                   print JSON

Exit code: 0 printed, 1 the workspace cannot be read or a column does not exist, 2 wrong usage.`

/** Periods A and B of the options: B defaults to the previous month for a one-month A, else to A a year earlier. */
function optionPeriods(a: string | undefined, b: string | undefined): { a: Period; b: Period } {
  if (a === undefined) throw new UsageError('Name period A: pulso compare W.pulso --a 2024-01..2024-03 --b last-year')
  return comparedPeriods(a, b)
}

/** `pulso compare`: returns the exit code. */
export async function compareCommand(args: string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      a: { type: 'string' },
      b: { type: 'string' },
      'a-segment': { type: 'string', multiple: true },
      'b-segment': { type: 'string', multiple: true },
      segment: { type: 'string', multiple: true },
      json: { type: 'boolean' }
    }
  })
  if (positionals.length !== 1) throw new UsageError('Name one workspace file: pulso compare W.pulso --a PERIOD --b PERIOD')
  const periods = optionPeriods(values.a, values.b)
  const { a: filtersA, b: filtersB } = sideSegments(values.segment, values['a-segment'], values['b-segment'])
  const workspace = await Workspace.open(positionals[0])
  try {
    const series = workspaceSeries(workspace)
    let comparison: PeriodComparison
    try {
      comparison = comparePeriods(series, { period: periods.a, filters: filtersA }, { period: periods.b, filters: filtersB }, readWorkspaceSettings(workspace).settings)
    } catch (error) {
      if (error instanceof RangeError) throw new PulsoFailure('invalid-input', error.message)
      throw error
    }
    if (values.json) io.out(JSON.stringify(comparison, null, 2))
    else for (const line of compareReport(path.basename(positionals[0]), comparison)) io.out(line)
    return 0
  } finally {
    workspace.close()
  }
}
