import { parseArgs } from 'node:util'
import { PulsoFailure } from '../core/failure'
import type { ReportLanguage } from '../core/report/labels'
import { writeReport } from '../core/report/writeReport'
import { Workspace } from '../core/workspace/workspace'
import { appVersion } from './context'
import { UsageError, type CommandIo } from './io'
import { comparedPeriods } from './periodOptions'
import { parseSegments, sideSegments } from './segments'

export const reportHelp = `pulso report W.pulso -o report.xlsx [--from YYYY-MM] [--to YYYY-MM] [--compare A B] [--a-segment column=value]... [--b-segment column=value]... [--lang pt-BR|en] [--segment column=value]...

Writes the Excel report of a workspace: Summary (the period's KPIs against the previous
period), Churn, Revenue, NPS, Cohorts, Activation, Campaigns, Comparison (with --compare),
Data (one row per customer) and About (source files with their SHA-256, period, filters,
formulas). Rates are Excel formulas over the cells beside them, with their values cached;
charts are images. A sheet whose data the workspace lacks is left out; About says why.
The numbers are those of \`pulso metrics --json\` for the same period.

  -o, --output FILE        the .xlsx to write (replaced if it exists)
  --from, --to YYYY-MM     the period's first and last month (by default all the data)
  --compare A B            add the Comparison sheet, A against B; each a month (2024-03),
                           a quarter (2024-Q1), a year (2024) or a range (2024-01..2024-03);
                           B may be previous (the period of A's length just before it) or
                           last-year (A's months a year earlier)
  --a-segment column=value with --compare: keep only these customers on side A (repeatable)
  --b-segment column=value the same on side B
  --lang pt-BR|en          the report's language (default pt-BR)
  --segment column=value   keep only customers (or answers) with that value (repeatable)

Exit code: 0 written, 1 the workspace cannot be read or the file cannot be written, 2 wrong usage.`

const monthPattern = /^\d{4}-(0[1-9]|1[0-2])$/

/** `--compare A B`: the two positionals after the workspace; parseArgs sees B as a positional. */
function compareArguments(args: string[]): { rest: string[]; compare: { a: string; b: string } | null } {
  const at = args.indexOf('--compare')
  if (at < 0) return { rest: args, compare: null }
  const [a, b] = [args[at + 1], args[at + 2]]
  if (!a || !b || a.startsWith('-') || b.startsWith('-')) throw new UsageError('--compare takes two periods: --compare 2025-Q4 2024-Q4 (or previous, last-year)')
  return { rest: [...args.slice(0, at), ...args.slice(at + 3)], compare: { a, b } }
}

/** `pulso report`: returns the exit code. */
export async function reportCommand(args: string[], io: CommandIo): Promise<number> {
  const { rest, compare } = compareArguments(args)
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      output: { type: 'string', short: 'o' },
      from: { type: 'string' },
      to: { type: 'string' },
      lang: { type: 'string' },
      segment: { type: 'string', multiple: true },
      'a-segment': { type: 'string', multiple: true },
      'b-segment': { type: 'string', multiple: true }
    }
  })
  if (positionals.length !== 1) throw new UsageError('Name one workspace file: pulso report W.pulso -o report.xlsx')
  if (!values.output) throw new UsageError('Say where to write the report: -o report.xlsx')
  for (const [name, value] of [['--from', values.from], ['--to', values.to]] as const) {
    if (value !== undefined && !monthPattern.test(value)) throw new UsageError(`${name} takes a month as YYYY-MM, not "${value}".`)
  }
  const lang = values.lang ?? 'pt-BR'
  if (lang !== 'pt-BR' && lang !== 'en') throw new UsageError(`--lang takes pt-BR or en, not "${lang}".`)
  if (!compare && (values['a-segment'] || values['b-segment'])) throw new UsageError('--a-segment and --b-segment filter the sides of --compare A B.')
  const periods = compare ? comparedPeriods(compare.a, compare.b, { a: '--compare A', b: '--compare B' }) : null
  const filters = parseSegments(values.segment ?? [])
  const sides = sideSegments(values.segment, values['a-segment'], values['b-segment'])
  const workspace = await Workspace.open(positionals[0])
  try {
    const result = await writeReport(workspace, {
      file: values.output,
      from: values.from,
      to: values.to,
      compare: periods ? { ...periods, aFilters: sides.a, bFilters: sides.b } : undefined,
      lang: lang as ReportLanguage,
      filters,
      version: appVersion()
    }).catch((error: unknown) => {
      if (error instanceof PulsoFailure) throw error
      const code = (error as NodeJS.ErrnoException).code
      if (code) throw new PulsoFailure('bad-file', `The report cannot be written to ${values.output}: ${(error as Error).message}`)
      throw error
    })
    io.out(`Report written: ${result.file}`)
    io.out(`  sheets: ${result.sheets.join(', ')}`)
    for (const item of result.leftOut) io.out(`  left out: ${item.sheet} (${item.why})`)
    io.out(`  ${result.dataRows} customer rows, ${result.charts} charts, period ${result.period ? `${result.period.from}..${result.period.to}` : 'none'}`)
    return 0
  } finally {
    workspace.close()
  }
}
