import { isMissing } from './missing'
import { missingValue, parsed, problem, type ParseResult, type RawCell } from './result'

/** The decimal separator a column uses: `,` for pt-BR (`1.234,56`), `.` for en (`1,234.56`). */
export type DecimalSeparator = ',' | '.'

const CURRENCY_PREFIX = /^(r\$|us\$|u\$s|\$|€|£|brl|usd|eur|gbp)\s*/i
const CURRENCY_SUFFIX = /\s*(r\$|us\$|\$|€|£|brl|usd|eur|gbp)$/i
const SPACED_GROUPS = /^\d{1,3}([ ']\d{3})+([.,]\d+)?$/
const SCIENTIFIC = /^(\d+(?:[.,]\d+)?|[.,]\d+)e([+-]?\d{1,3})$/i

const notANumber = (): ParseResult<number> => problem('not-a-number', 'not a number')

interface Stripped {
  body: string
  negative: boolean
  percent: boolean
}

/** Peels signs, parentheses, currency symbols and `%` off both ends; null when signs clash. */
function stripDecorations(text: string): Stripped | null {
  let body = text
  let signs = 0
  let negative = false
  let percent = false
  for (let pass = 0; pass < 8; pass++) {
    const before = body
    body = body.trim()
    if (body.startsWith('(') && body.endsWith(')')) {
      body = body.slice(1, -1)
      negative = true
      signs++
    } else if (body.startsWith('-') || body.startsWith('+')) {
      negative = negative || body[0] === '-'
      body = body.slice(1)
      signs++
    } else if (body.endsWith('-') && body.length > 1) {
      body = body.slice(0, -1)
      negative = true
      signs++
    } else if (body.endsWith('%') && !percent) {
      body = body.slice(0, -1)
      percent = true
    } else {
      body = body.replace(CURRENCY_PREFIX, '').replace(CURRENCY_SUFFIX, '')
    }
    if (body === before) break
  }
  return signs > 1 ? null : { body: body.trim(), negative, percent }
}

function validGroups(integer: string, separator: string): boolean {
  const groups = integer.split(separator)
  return /^[1-9]\d{0,2}$/.test(groups[0]) && groups.slice(1).every((g) => /^\d{3}$/.test(g))
}

/** Turns the digits-and-separators body into a JS number literal, or null. */
function normaliseBody(body: string, decimal: DecimalSeparator): string | null {
  const sci = SCIENTIFIC.exec(body)
  if (sci) return `${sci[1].replace(',', '.')}e${sci[2]}`
  let digits = body
  if (/[ ']/.test(digits)) {
    if (!SPACED_GROUPS.test(digits)) return null
    digits = digits.replace(/[ ']/g, '')
  }
  if (!/^[\d.,]*\d[\d.,]*$/.test(digits)) return null
  const dots = digits.split('.').length - 1
  const commas = digits.split(',').length - 1
  if (dots === 0 && commas === 0) return digits
  if (dots > 0 && commas > 0) {
    const last = digits.lastIndexOf('.') > digits.lastIndexOf(',') ? '.' : ','
    const thousands = last === '.' ? ',' : '.'
    const at = digits.lastIndexOf(last)
    const integer = digits.slice(0, at)
    const fraction = digits.slice(at + 1)
    if (integer.includes(last) || !/^\d+$/.test(fraction) || !validGroups(integer, thousands)) return null
    return `${integer.split(thousands).join('')}.${fraction}`
  }
  const separator = dots > 0 ? '.' : ','
  if (dots + commas > 1) return validGroups(digits, separator) ? digits.split(separator).join('') : null
  const [integer, fraction] = digits.split(separator)
  if (fraction === '') return null
  const looksGrouped = fraction.length === 3 && /^[1-9]\d{0,2}$/.test(integer)
  if (looksGrouped && separator !== decimal) return integer + fraction
  return `${integer === '' ? '0' : integer}.${fraction}`
}

/**
 * Reads a number as analysts write it: `1.234,56`, `1,234.56`, `R$ 1.234,56`, `US$ 12`,
 * `12 €`, `45%` (-> 0.45), `(123)` and `123-` (negative), `1 234,5` with spaces or
 * no-break spaces, `1.5e3`. `decimal` is the column's decided separator (see
 * `guessDecimalSeparator`); it only settles the truly ambiguous `1.234` / `1,234`:
 * a value whose separators can only be read one way is read that way.
 */
const plainWithDot = /^-?\d{1,15}(?:\.\d{1,15})?$/
const plainWithComma = /^-?\d{1,15}(?:,\d{1,15})?$/
/** `R$ 1.234,56`, `1.234,5`: a money amount grouped with dots, as pt-BR exports write it. */
const groupedWithComma = /^(?:R\$ ?)?-?[1-9]\d{0,2}(?:\.\d{3})+(?:,\d{1,15})?$|^R\$ ?-?\d{1,15}(?:,\d{1,15})?$/
/** `$1,234.56`, `1,234.5`: the same in English. */
const groupedWithDot = /^(?:US?\$ ?)?-?[1-9]\d{0,2}(?:,\d{3})+(?:\.\d{1,15})?$|^US?\$ ?-?\d{1,15}(?:\.\d{1,15})?$/

/** A number written in the column's own convention, plain or grouped with a currency prefix, read without the general rules; null otherwise. */
function commonNumber(raw: string, decimal: DecimalSeparator): number | null {
  if ((decimal === '.' ? plainWithDot : plainWithComma).test(raw)) return Number(decimal === '.' ? raw : raw.replace(',', '.'))
  if (!(decimal === ',' ? groupedWithComma : groupedWithDot).test(raw)) return null
  const digits = raw.replace(/^(?:R|US?)?\$ ?/, '')
  return decimal === ',' ? Number(digits.replace(/\./g, '').replace(',', '.')) : Number(digits.replace(/,/g, ''))
}

export function parseNumber(raw: RawCell, decimal: DecimalSeparator = '.'): ParseResult<number> {
  if (typeof raw === 'string') {
    // The common cases, without the general rules' cost (this runs on every cell of a million-row import).
    const value = commonNumber(raw, decimal)
    if (value !== null) return parsed(value === 0 ? 0 : value)
  }
  if (isMissing(raw)) return missingValue()
  if (typeof raw === 'number') return Number.isFinite(raw) ? parsed(raw) : notANumber()
  if (typeof raw !== 'string') return notANumber()
  const text = raw.replace(/[\u00a0\u202f\u2007\u2009]/g, ' ').replace(/\u2212/g, '-')
  const stripped = stripDecorations(text)
  if (!stripped || stripped.body === '') return notANumber()
  const literal = normaliseBody(stripped.body, decimal)
  if (literal === null) return notANumber()
  const magnitude = Number(stripped.percent ? `${literal}e-2` : literal)
  if (!Number.isFinite(magnitude)) return notANumber()
  return parsed(stripped.negative && magnitude !== 0 ? -magnitude : magnitude)
}

/**
 * Formats a number the way a spreadsheet of that locale shows it (`1.234,56` or
 * `1,234.56`), for tests and previews that must read back exactly.
 */
export function formatPlainNumber(value: number, decimal: DecimalSeparator, fractionDigits = 2): string {
  const fixed = Math.abs(value).toFixed(fractionDigits)
  const [integer, fraction] = fixed.split('.')
  const grouped = integer.replace(/\B(?=(\d{3})+$)/g, decimal === ',' ? '.' : ',')
  const body = fraction ? `${grouped}${decimal}${fraction}` : grouped
  return value < 0 && Number(fixed) !== 0 ? `-${body}` : body
}
