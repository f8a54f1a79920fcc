import type { FieldType } from '../../../shared/model/kinds'
import { parseDate, parseMonth } from '../../../shared/parse/date'
import { guessDateOrder } from '../../../shared/parse/dateOrder'
import { parseFlag } from '../../../shared/parse/flag'
import { isMissing } from '../../../shared/parse/missing'
import { parseNumber } from '../../../shared/parse/number'
import { guessDecimalSeparator } from '../../../shared/parse/numberLocale'
import type { RawCell } from '../../../shared/parse/result'
import { parseScore } from '../../../shared/parse/score'
import { foldText } from '../../../shared/parse/text'
import type { ColumnConventions } from '../../../shared/parse/value'

/**
 * What a column's sample looks like: the share of its non-blank cells that read as
 * each value type. Detection uses it to break ties between headers (`data` with dates
 * under it is a date; `status` with Yes/No under it is a flag) and to refuse a match
 * whose values cannot be that field.
 */
export interface ColumnProfile {
  filled: number
  distinct: number
  number: number
  binary: number
  date: number
  /** Dates written as text (numbers excluded): an id column never looks like this. */
  textDate: number
  monthOnly: number
  flag: number
  score: number
  conventions: ColumnConventions
  /** The value that names a control group (`No E-Mail`, `Controle`), when the column has one. */
  controlValue: string | null
}

const CONTROL = /^(no e ?mail|sem e ?mail|nao enviado|not sent|no email sent|control|controle|grupo de? controle|control group|holdout)$/

/** Excel serials of plausible business dates (1927..2119) count as dates; other numbers do not. */
const plausibleSerial = (value: number): boolean => value >= 10000 && value <= 80000

/** Profiles a column from a sample of its cells, deciding its conventions on the way. */
export function profileColumn(samples: readonly RawCell[], defaults: ColumnConventions): ColumnProfile {
  const cells = samples.filter((raw) => !isMissing(raw))
  const conventions: ColumnConventions = {
    decimal: guessDecimalSeparator(cells, defaults.decimal).decimal,
    dateOrder: guessDateOrder(cells, defaults.dateOrder).order,
    dateSystem: defaults.dateSystem
  }
  const share = (test: (raw: RawCell) => boolean): number => (cells.length === 0 ? 0 : cells.filter(test).length / cells.length)
  const dateOptions = { order: conventions.dateOrder, dateSystem: conventions.dateSystem }
  const controlValue = cells.map((raw) => String(raw).trim()).find((text) => CONTROL.test(foldText(text).replace(/[^a-z ]/g, ' ').replace(/\s+/g, ' ').trim())) ?? null
  return {
    filled: cells.length,
    distinct: new Set(cells.map((raw) => String(raw))).size,
    number: share((raw) => parseNumber(raw, conventions.decimal).ok),
    binary: share((raw) => {
      const n = parseNumber(raw, conventions.decimal)
      return n.ok && (n.value === 0 || n.value === 1)
    }),
    date: share((raw) => (typeof raw === 'number' ? plausibleSerial(raw) : parseDate(raw, dateOptions).ok)),
    textDate: share((raw) => typeof raw === 'string' && parseDate(raw, dateOptions).ok),
    monthOnly: share((raw) => typeof raw === 'string' && !parseDate(raw, dateOptions).ok && parseMonth(raw, dateOptions).ok),
    flag: share((raw) => parseFlag(raw).ok),
    score: share((raw) => parseScore(raw).ok),
    conventions,
    controlValue
  }
}

/**
 * How well a column's values suit a field type, 0..1. Below 0.5 (with a few values
 * to judge) the header match is refused. Columns with no values fit anything.
 */
export function typeFit(type: FieldType, profile: ColumnProfile, field: string): number {
  if (profile.filled === 0) return 1
  switch (type) {
    case 'number':
    case 'money':
      return profile.binary === 1 && profile.distinct <= 2 && type === 'number' ? 0.7 : profile.number
    case 'date':
      return profile.date
    case 'month':
      return Math.max(profile.monthOnly, profile.date * 0.8)
    case 'flag':
      return profile.flag
    case 'score':
      return profile.score
    case 'id':
      return profile.textDate > 0.9 ? 0.3 : 1
    case 'category':
      if (field === 'group') return profile.controlValue ? 1 : 0.6
      return profile.distinct <= Math.max(50, profile.filled / 2) ? 1 : 0.7
    default:
      return 1
  }
}
