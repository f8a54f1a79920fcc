/**
 * Property-based tests of the value parsers (src/shared/parse): for any cell, random or
 * a mutation of a good value, a parser answers a value of the field's type or a problem
 * with a known code and words; it never throws.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { FieldType } from '../../../../src/shared/model/kinds'
import { civilFromDays, daysFromCivil, defaultConventions, formatPlainNumber, guessColumnConventions, parseDate, parseMonth, parseNumber, parseValue, type ColumnConventions, type ParseProblemCode, type ParseResult, type RawCell } from '../../../../src/shared/parse'
import { fuzzRuns, fuzzSeed, fuzzTimeout } from './fuzzRuns'
import { anyCell, mutatedText } from './mutations'

const fieldTypes: FieldType[] = ['id', 'text', 'number', 'money', 'date', 'month', 'flag', 'score', 'category']
const problemCodes = new Set<ParseProblemCode>(['missing', 'not-a-number', 'not-a-date', 'invalid-date', 'month-not-date', 'not-a-month', 'not-a-flag', 'not-a-score', 'not-whole', 'out-of-range'])

const conventions: fc.Arbitrary<ColumnConventions> = fc.record({ decimal: fc.constantFrom(',' as const, '.' as const), dateOrder: fc.constantFrom('dmy' as const, 'mdy' as const), dateSystem: fc.constantFrom(1900 as const, 1904 as const) })

/** Good values analysts' files hold, the seeds of the mutations. */
const goodValues = ['1.234,56', 'R$ 12', 'R$ -1.000,00', '45%', '(12,50)', '1,234.56', '31/12/2024', '2024-03-15', '15/03/2024 08:30', 'mar/24', 'março de 2024', '2024-03', '45366', 'Sim', 'não', 'TRUE', '10', '9,5', '  José  ']

/** Whether a result is well formed for a field of `type`. */
function wellFormed(type: FieldType, result: ParseResult<unknown>): boolean {
  if (!result.ok) return problemCodes.has(result.reason.code) && result.reason.message.length > 0
  const value = result.value
  if (value === null) return true
  switch (type) {
    case 'number':
    case 'money':
    case 'score':
      return typeof value === 'number' && Number.isFinite(value)
    case 'flag':
      return typeof value === 'boolean'
    case 'date':
      return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)
    case 'month':
      return typeof value === 'string' && /^\d{4}-\d{2}$/.test(value)
    default:
      return typeof value === 'string'
  }
}

const options = (runs: number) => ({ numRuns: fuzzRuns(runs), seed: fuzzSeed() })

describe('value parsers under random and mutated input', () => {
  it('parseValue answers a typed value or a known problem for any cell', () => {
    fc.assert(
      fc.property(fc.constantFrom(...fieldTypes), anyCell, conventions, (type, raw, conv) => {
        expect(wellFormed(type, parseValue(type, raw as RawCell, conv))).toBe(true)
      }),
      options(3000)
    )
  }, fuzzTimeout(30_000))

  it('parseValue never throws on mutations of good values', () => {
    fc.assert(
      fc.property(fc.constantFrom(...fieldTypes), fc.constantFrom(...goodValues).chain(mutatedText), conventions, (type, raw, conv) => {
        expect(wellFormed(type, parseValue(type, raw, conv))).toBe(true)
      }),
      options(3000)
    )
  }, fuzzTimeout(30_000))

  it('column guesses never throw and give a usable convention for any sample', () => {
    fc.assert(
      fc.property(fc.array(anyCell, { maxLength: 30 }), fc.constantFrom('pt-BR' as const, 'en' as const), (samples, locale) => {
        const guess = guessColumnConventions(samples as RawCell[], defaultConventions(locale))
        expect([',', '.']).toContain(guess.decimal)
        expect(['dmy', 'mdy']).toContain(guess.dateOrder)
      }),
      options(1000)
    )
  }, fuzzTimeout(30_000))

  it('a number written with either separator reads back as itself', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 99 }), fc.constantFrom(',' as const, '.' as const), (whole, cents, decimal) => {
        const value = whole + Math.sign(whole || 1) * cents / 100
        const result = parseNumber(formatPlainNumber(value, decimal), decimal)
        expect(result.ok && Math.abs(result.value - value) < 1e-6).toBe(true)
      }),
      options(2000)
    )
  }, fuzzTimeout(30_000))

  it('any calendar date written dd/mm/yyyy, mm/dd/yyyy or ISO reads back as itself, and its month too', () => {
    fc.assert(
      fc.property(fc.integer({ min: daysFromCivil(1900, 3, 1), max: daysFromCivil(2199, 12, 31) }), (days) => {
        const { year, month, day } = civilFromDays(days)
        const pad = (n: number) => String(n).padStart(2, '0')
        const iso = `${year}-${pad(month)}-${pad(day)}`
        for (const [text, order] of [[`${pad(day)}/${pad(month)}/${year}`, 'dmy'], [`${pad(month)}/${pad(day)}/${year}`, 'mdy'], [iso, 'dmy']] as const) {
          const result = parseDate(text, { order })
          expect(result.ok && result.value.date, text).toBe(iso)
        }
        const monthResult = parseMonth(`${year}-${pad(month)}`)
        expect(monthResult.ok && monthResult.value).toBe(iso.slice(0, 7))
      }),
      options(2000)
    )
  }, fuzzTimeout(30_000))
})
