import type { FieldType } from '../model/kinds'
import type { ExcelDateSystem } from './calendar'
import { parseDate, parseMonth, type DateOrder } from './date'
import { guessDateOrder } from './dateOrder'
import { parseFlag } from './flag'
import { isMissing } from './missing'
import { parseNumber, type DecimalSeparator } from './number'
import { guessDecimalSeparator } from './numberLocale'
import { parsed, problem, type ParseResult, type RawCell } from './result'
import { parseScore } from './score'

/** How one column writes its values, decided once from a sample and used for every row. */
export interface ColumnConventions {
  decimal: DecimalSeparator
  dateOrder: DateOrder
  dateSystem: ExcelDateSystem
}

/** The value of a cell once read: text for id/text/category, `YYYY-MM-DD` dates, `YYYY-MM` months. */
export type FieldValue = string | number | boolean

/** The workspace locale's defaults, for columns whose sample does not decide. */
export function defaultConventions(locale: 'pt-BR' | 'en', dateSystem: ExcelDateSystem = 1900): ColumnConventions {
  return locale === 'pt-BR' ? { decimal: ',', dateOrder: 'dmy', dateSystem } : { decimal: '.', dateOrder: 'mdy', dateSystem }
}

/** Decides a column's decimal separator and day/month order from a sample of its cells. */
export function guessColumnConventions(samples: readonly RawCell[], defaults: ColumnConventions): ColumnConventions {
  return {
    decimal: guessDecimalSeparator(samples, defaults.decimal).decimal,
    dateOrder: guessDateOrder(samples, defaults.dateOrder).order,
    dateSystem: defaults.dateSystem
  }
}

/** Text of an id/text/category cell; whole numbers lose Excel's `.0` (`12417` not `12417.0`). */
function textValue(raw: string | number | boolean): string {
  if (typeof raw === 'string') return raw.trim()
  return String(raw)
}

/**
 * Reads a cell for a field of the given type. A missing value (`''`, `NA`, `#N/D`...)
 * is `{ ok: true, value: null }`: whether that is a problem depends on the field being
 * required, which the importer knows.
 */
export function parseValue(type: FieldType, raw: RawCell, conventions: ColumnConventions): ParseResult<FieldValue | null> {
  if (isMissing(raw) || raw === null || raw === undefined) return parsed(null)
  let result: ParseResult<FieldValue>
  switch (type) {
    case 'id':
    case 'text':
    case 'category':
      return parsed(textValue(raw))
    case 'number':
    case 'money':
      result = parseNumber(raw, conventions.decimal)
      break
    case 'date': {
      const date = parseDate(raw, { order: conventions.dateOrder, dateSystem: conventions.dateSystem })
      result = date.ok ? parsed(date.value.date) : date
      break
    }
    case 'month':
      result = parseMonth(raw, { order: conventions.dateOrder, dateSystem: conventions.dateSystem })
      break
    case 'flag':
      result = parseFlag(raw)
      break
    case 'score':
      result = parseScore(raw)
      break
    default:
      return problem('not-a-number', `unknown field type ${String(type)}`)
  }
  return result
}
