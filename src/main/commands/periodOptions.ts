/**
 * Periods typed on the command line (`pulso compare --a/--b`, `pulso report --compare A B`),
 * read by the engine's one parser, `parsePeriod`: a month, a quarter, a year, a range of
 * them, or for B the presets `previous` and `last-year` relative to A.
 */
import type { Period } from '../../shared/metrics/periods'
import { parsePeriod } from '../../shared/metrics/periodText'
import { UsageError } from './io'

/** The period an option names; a text `parsePeriod` refuses is a usage error naming the option. */
export function periodOption(option: string, text: string, relativeTo: Period | null): Period {
  try {
    return parsePeriod(text, relativeTo ? { relativeTo } : {})
  } catch (error) {
    if (error instanceof RangeError) throw new UsageError(`${option}: ${error.message}.`)
    throw error
  }
}

/**
 * Periods A and B: B is a period, a preset relative to A, or by default the previous month
 * for a one-month A, else A a year earlier.
 */
export function comparedPeriods(a: string, b: string | undefined, options: { a: string; b: string } = { a: '--a', b: '--b' }): { a: Period; b: Period } {
  const first = periodOption(options.a, a, null)
  const preset = b ?? (first.from === first.to ? 'previous' : 'last-year')
  return { a: first, b: periodOption(options.b, preset, first) }
}
