/**
 * What every value parser answers. Parsers never throw: a value that cannot be read
 * becomes a problem the importer records (file, sheet, row, column, raw text, reason)
 * and the Problems panel shows.
 */

/** Stable codes: the UI may pick a translated message by code; `message` is English. */
export type ParseProblemCode =
  | 'missing'
  | 'not-a-number'
  | 'not-a-date'
  | 'invalid-date'
  | 'month-not-date'
  | 'not-a-month'
  | 'not-a-flag'
  | 'not-a-score'
  | 'not-whole'
  | 'out-of-range'

/** Why a value could not be read, short enough to show in a table cell tooltip. */
export interface ParseProblem {
  code: ParseProblemCode
  message: string
}

/** The value, or why not. */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; reason: ParseProblem }

/** A cell as readers hand it over: csv gives text, xlsx may give numbers and booleans. */
export type RawCell = string | number | boolean | null | undefined

/** A value read successfully. */
export function parsed<T>(value: T): ParseResult<T> {
  return { ok: true, value }
}

/** A value that could not be read, with its code and the words to show. */
export function problem<T = never>(code: ParseProblemCode, message: string): ParseResult<T> {
  return { ok: false, reason: { code, message } }
}

/** The result for a blank or "NA"-like cell; optional fields treat it as no value. */
export function missingValue<T = never>(): ParseResult<T> {
  return problem('missing', 'no value')
}
