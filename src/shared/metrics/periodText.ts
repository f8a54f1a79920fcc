/**
 * Periods written as text, as the CLI takes them (`pulso compare --a/--b`, `pulso report
 * --compare`): `YYYY-MM`, `YYYY-Qn`, `YYYY`, or a range of any two of them joined by `..`
 * (`2024-01..2024-03`, `2023-Q3..2024-Q2`), plus the presets `previous` and `last-year`,
 * which need the period they are relative to.
 */
import { previousPeriod, quarterPeriod, samePeriodLastYear, yearPeriod, type Period } from './periods'

/** The presets of a second period, relative to the first. */
export const periodPresets = ['previous', 'last-year'] as const
export type PeriodPreset = (typeof periodPresets)[number]

export interface PeriodTextOptions {
  /** The period `previous` and `last-year` are relative to; without it a preset is an error. */
  relativeTo?: Period | null
  /** Quarters and years count from this month (1 = January); a year is named by the calendar year it starts in. */
  fiscalYearStartMonth?: number
}

const monthText = /^(\d{4})-(0[1-9]|1[0-2])$/
const quarterText = /^(\d{4})-Q([1-4])$/i
const yearText = /^(\d{4})$/

/** One month, quarter or year; null when the text is none of them. */
function singlePeriod(text: string, fiscalYearStartMonth: number): Period | null {
  if (monthText.test(text)) return { from: text, to: text }
  const quarter = quarterText.exec(text)
  if (quarter) return quarterPeriod(Number(quarter[1]), Number(quarter[2]) as 1 | 2 | 3 | 4, fiscalYearStartMonth)
  const year = yearText.exec(text)
  if (year) return yearPeriod(Number(year[1]), fiscalYearStartMonth)
  return null
}

/**
 * The period a text names: `2024-03` (a month), `2024-Q1` (a quarter), `2024` (a year),
 * `A..B` (from the first month of A to the last month of B, each any of those three), or
 * a preset: `previous` (the period of the same length just before `relativeTo`),
 * `last-year` (the same months a year earlier). Throws a RangeError saying what is
 * accepted on any other text, on a range that ends before it starts, and on a preset
 * without `relativeTo`.
 */
export function parsePeriod(text: string, options: PeriodTextOptions = {}): Period {
  const written = text.trim()
  const fiscalYearStartMonth = options.fiscalYearStartMonth ?? 1
  if (written === 'previous' || written === 'last-year') {
    if (!options.relativeTo) throw new RangeError(`"${written}" is relative to another period, and there is none here`)
    return written === 'previous' ? previousPeriod(options.relativeTo) : samePeriodLastYear(options.relativeTo)
  }
  const parts = written.split('..')
  const ends = parts.length <= 2 ? parts.map((part) => singlePeriod(part.trim(), fiscalYearStartMonth)) : [null]
  const first = ends[0]
  const last = ends[ends.length - 1]
  if (!first || !last) {
    throw new RangeError(`"${text}" is not a period: write YYYY-MM, YYYY-Qn, YYYY or a range such as 2024-01..2024-03${options.relativeTo ? ', or previous / last-year' : ''}`)
  }
  if (last.to < first.from) throw new RangeError(`The period "${text}" ends before it starts`)
  return { from: first.from, to: last.to }
}

/** A period as text `parsePeriod` reads back: `2024-03` for one month, else `2024-01..2024-03`. */
export function periodText(period: Period): string {
  return period.from === period.to ? period.from : `${period.from}..${period.to}`
}
