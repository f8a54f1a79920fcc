import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { civilFromDays, daysFromCivil, excelSerialOf, isoDate } from '../../../../src/shared/parse/calendar'
import { parseDate, parseMonth } from '../../../../src/shared/parse/date'
import { guessDateOrder } from '../../../../src/shared/parse/dateOrder'
import { parseFlag } from '../../../../src/shared/parse/flag'
import { formatPlainNumber, parseNumber } from '../../../../src/shared/parse/number'
import { guessDecimalSeparator } from '../../../../src/shared/parse/numberLocale'
import { parseScore } from '../../../../src/shared/parse/score'

const cellText = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.stringMatching(/^[-+()R$€%\d.,\s/eE:TZ]{0,20}$/))
const anyCell = fc.oneof(cellText, fc.double(), fc.boolean(), fc.constant(null), fc.constant(undefined))
const civil = fc.integer({ min: daysFromCivil(1000, 1, 1), max: daysFromCivil(9999, 12, 31) }).map(civilFromDays)

describe('parser properties', () => {
  it('never throw and always answer a result', () => {
    fc.assert(
      fc.property(anyCell, (raw) => {
        for (const result of [parseNumber(raw, ','), parseNumber(raw, '.'), parseDate(raw), parseDate(raw, { order: 'mdy', dateSystem: 1904 }), parseMonth(raw), parseFlag(raw), parseScore(raw)]) {
          expect(typeof result.ok).toBe('boolean')
          if (!result.ok) expect(result.reason.message.length).toBeGreaterThan(0)
        }
        guessDecimalSeparator([raw])
        guessDateOrder([raw])
      }),
      { numRuns: 3000 }
    )
  })

  it('read back a number formatted in either locale', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e13, max: 1e13 }), fc.constantFrom(',' as const, '.' as const), (cents, decimal) => {
        const value = cents / 100
        expect(parseNumber(formatPlainNumber(value, decimal), decimal)).toEqual({ ok: true, value: value === 0 ? 0 : value })
      })
    )
  })

  it('read back a number formatted by Intl for pt-BR and en-US', () => {
    const formats = { ',': new Intl.NumberFormat('pt-BR', { minimumFractionDigits: 2 }), '.': new Intl.NumberFormat('en-US', { minimumFractionDigits: 2 }) }
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.constantFrom(',' as const, '.' as const), (cents, decimal) => {
        const value = cents / 100
        const result = parseNumber(formats[decimal].format(value), decimal)
        expect(result.ok && result.value).toBe(value === 0 ? 0 : value)
      })
    )
  })

  it('read back a date written as ISO, dd/mm/yyyy, mm/dd/yyyy, dd.mm.yyyy and as an Excel serial', () => {
    fc.assert(
      fc.property(civil, (date) => {
        const iso = isoDate(date)
        const [y, m, d] = iso.split('-')
        const expected = { ok: true, value: { date: iso, time: null } }
        expect(parseDate(iso)).toEqual(expected)
        expect(parseDate(`${d}/${m}/${y}`, { order: 'dmy' })).toEqual(expected)
        expect(parseDate(`${m}/${d}/${y}`, { order: 'mdy' })).toEqual(expected)
        expect(parseDate(`${d}.${m}.${y}`)).toEqual(expected)
        expect(parseMonth(`${m}/${y}`)).toEqual({ ok: true, value: iso.slice(0, 7) })
        if (iso >= '1900-03-01') expect(parseDate(excelSerialOf(date, 1900))).toEqual(expected)
        if (iso >= '1904-01-01') expect(parseDate(excelSerialOf(date, 1904), { dateSystem: 1904 })).toEqual(expected)
      })
    )
  })
})
