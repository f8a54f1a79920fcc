import { civilFromDays, clockTime, excelSerialDay, invalidDateReason, isoDate, monthKey, type ExcelDateSystem } from './calendar'
import { isMissing } from './missing'
import { fullYear, namedMonthParts } from './months'
import { missingValue, parsed, problem, type ParseResult, type RawCell } from './result'

/** How a column writes `a/b/yyyy`: day first (Brazil, Europe) or month first (US). */
export type DateOrder = 'dmy' | 'mdy'

/** A calendar date `YYYY-MM-DD`, and the clock time `HH:MM:SS` when the cell had one. */
export interface DateValue {
  date: string
  time: string | null
}

/** Per-column conventions decided beforehand (`guessDateOrder`, the workbook's date system). */
export interface DateOptions {
  order?: DateOrder
  dateSystem?: ExcelDateSystem
}

const TIME = /[ T]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(am|pm)?\s*(z|[+-]\d{2}:?\d{2})?$/i
const ISO = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/
const NUMERIC = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})$/
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/
const SERIAL_TEXT = /^\d{5}(\.\d+)?$/
const YEAR_MONTH = /^(\d{4})[-/.](\d{1,2})$/
const MONTH_YEAR = /^(\d{1,2})[-/.](\d{4})$/

const notADate = (): ParseResult<DateValue> => problem('not-a-date', 'not a date')

/** Splits a trailing clock time off; the time is null when absent, undefined when malformed. */
function splitTime(text: string): { rest: string; time: string | null | undefined } {
  const match = TIME.exec(text)
  if (!match) return { rest: text, time: null }
  let hours = Number(match[1])
  const minutes = Number(match[2])
  const seconds = match[3] === undefined ? 0 : Number(match[3])
  const meridiem = match[4]?.toLowerCase()
  if (meridiem) {
    if (hours < 1 || hours > 12) return { rest: text, time: undefined }
    hours = (hours % 12) + (meridiem === 'pm' ? 12 : 0)
  }
  if (hours > 23 || minutes > 59 || seconds > 59) return { rest: text, time: undefined }
  return { rest: text.slice(0, match.index).trim(), time: clockTime(hours * 3600 + minutes * 60 + seconds) }
}

function dateOf(year: number, month: number, day: number, time: string | null): ParseResult<DateValue> {
  const reason = invalidDateReason(year, month, day)
  if (reason) return problem('invalid-date', reason)
  return parsed({ date: isoDate({ year, month, day }), time })
}

/**
 * Reads an Excel serial date (fraction = time of day) exactly, in the workbook's date
 * system. Never through JS Date, so no time zone can move it.
 */
export function parseExcelSerial(serial: number, system: ExcelDateSystem = 1900): ParseResult<DateValue> {
  if (!Number.isFinite(serial) || serial < 0) return notADate()
  let day = Math.floor(serial)
  let seconds = Math.round((serial - day) * 86400)
  if (seconds === 86400) {
    day += 1
    seconds = 0
  }
  const days = excelSerialDay(day, system)
  if (typeof days === 'string') return problem('invalid-date', days)
  return parsed({ date: isoDate(civilFromDays(days)), time: seconds === 0 && serial === day ? null : clockTime(seconds) })
}

/**
 * Reads a calendar date: `31/12/2024`, `12/31/2024` (with `order: 'mdy'`), `31.12.2024`,
 * `31-12-24`, `2024-12-31`, ISO with time (`2024-12-31T10:22:00Z`: the date as written,
 * time kept apart), `20241231`, `31 dez 2024`, `Dec 31, 2024`, Excel serials (numbers, or
 * five-digit texts). A month without a day (`2024-12`, `dez/24`) is `month-not-date`:
 * read it with `parseMonth`.
 */
export function parseDate(raw: RawCell, options: DateOptions = {}): ParseResult<DateValue> {
  if (isMissing(raw)) return missingValue()
  if (typeof raw === 'number') return parseExcelSerial(raw, options.dateSystem)
  if (typeof raw !== 'string') return notADate()
  const { rest, time } = splitTime(raw.trim())
  if (time === undefined) return problem('invalid-date', 'the time of day is not valid')
  let match = ISO.exec(rest)
  if (match) return dateOf(Number(match[1]), Number(match[2]), Number(match[3]), time)
  match = NUMERIC.exec(rest)
  if (match) {
    const [a, b] = [Number(match[1]), Number(match[3])]
    const dayFirst = match[2] === '.' || (options.order ?? 'dmy') === 'dmy'
    return dayFirst ? dateOf(fullYear(match[4]), b, a, time) : dateOf(fullYear(match[4]), a, b, time)
  }
  match = COMPACT.exec(rest)
  if (match && time === null) return dateOf(Number(match[1]), Number(match[2]), Number(match[3]), null)
  if (SERIAL_TEXT.test(rest) && time === null) return parseExcelSerial(Number(rest), options.dateSystem)
  const named = namedMonthParts(rest)
  if (named && named.day !== null) return dateOf(named.year, named.month, named.day, time)
  if (named || (time === null && (YEAR_MONTH.test(rest) || MONTH_YEAR.test(rest)))) {
    return problem('month-not-date', 'a month without a day')
  }
  return notADate()
}

/**
 * Reads a month as a `YYYY-MM` key: `2024-12`, `12/2024`, `202412`, `dez/2024`, `dez/24`,
 * `dezembro de 2024`, `Dec 2024`, `December 2024`, or any full date (its month).
 */
export function parseMonth(raw: RawCell, options: DateOptions = {}): ParseResult<string> {
  if (isMissing(raw)) return missingValue()
  if (typeof raw === 'string') {
    const text = raw.trim()
    const ym = YEAR_MONTH.exec(text) ?? /^(\d{4})(\d{2})$/.exec(text)
    const my = MONTH_YEAR.exec(text)
    const named = namedMonthParts(text)
    const [year, month] = ym ? [Number(ym[1]), Number(ym[2])] : my ? [Number(my[2]), Number(my[1])] : named && named.day === null ? [named.year, named.month] : [0, 0]
    if (year !== 0) {
      const reason = invalidDateReason(year, month, 1)
      return reason ? problem('invalid-date', reason) : parsed(monthKey(year, month))
    }
  }
  const date = parseDate(raw, options)
  if (date.ok) return parsed(date.value.date.slice(0, 7))
  return date.reason.code === 'not-a-date' ? problem('not-a-month', 'not a month') : date
}
