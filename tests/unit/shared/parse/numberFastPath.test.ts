import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseNumber } from '../../../../src/shared/parse/number'

/** The general rules with the fast path out of the way: a leading space sends a value down the slow path, which trims it. */
const slowPath = (text: string, decimal: ',' | '.') => parseNumber(` ${text}`, decimal)

describe('the fast path for common numbers', () => {
  it('reads grouped money amounts as the general rules do', () => {
    expect(parseNumber('R$ 1.234,56', ',')).toEqual({ ok: true, value: 1234.56 })
    expect(parseNumber('1.234.567,8', ',')).toEqual({ ok: true, value: 1234567.8 })
    expect(parseNumber('R$ 12,5', ',')).toEqual({ ok: true, value: 12.5 })
    expect(parseNumber('$1,234.56', '.')).toEqual({ ok: true, value: 1234.56 })
    expect(parseNumber('US$ 99', '.')).toEqual({ ok: true, value: 99 })
  })

  it('agrees with the general rules on every amount, in both conventions', () => {
    fc.assert(
      fc.property(fc.integer({ min: -99_999_999_99, max: 99_999_999_99 }), fc.boolean(), fc.boolean(), (cents, comma, currency) => {
        const decimal = comma ? ',' : '.'
        const grouped = new Intl.NumberFormat(comma ? 'pt-BR' : 'en-US', { minimumFractionDigits: 2 }).format(cents / 100).replace(/\u2212/, '-')
        const text = currency ? `${comma ? 'R$ ' : '$'}${grouped}` : grouped
        expect(parseNumber(text, decimal)).toEqual(slowPath(text, decimal))
      }),
      { numRuns: 2000 }
    )
  })
})
