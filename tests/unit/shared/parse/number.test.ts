import { describe, expect, it } from 'vitest'
import { formatPlainNumber, parseNumber, type DecimalSeparator } from '../../../../src/shared/parse/number'

const good: Array<[string | number, DecimalSeparator, number]> = [
  ['1.234,56', ',', 1234.56],
  ['1,234.56', '.', 1234.56],
  ['1.234,56', '.', 1234.56],
  ['1,234.56', ',', 1234.56],
  ['1234,5', ',', 1234.5],
  ['1234,5', '.', 1234.5],
  ['1.234', ',', 1234],
  ['1.234', '.', 1.234],
  ['1,234', ',', 1.234],
  ['1,234', '.', 1234],
  ['1.234.567', '.', 1234567],
  ['1,234,567', ',', 1234567],
  ['1.234.567,89', ',', 1234567.89],
  ['0,123', '.', 0.123],
  ['12.3456', ',', 12.3456],
  ['-1.234', ',', -1234],
  ['+12', '.', 12],
  ['R$ 1.234,56', ',', 1234.56],
  ['R$1.234,56', ',', 1234.56],
  ['R$ -1.234,56', ',', -1234.56],
  ['-R$ 1.234,56', ',', -1234.56],
  ['US$ 1,234.56', '.', 1234.56],
  ['$12.50', '.', 12.5],
  ['12,50 €', ',', 12.5],
  ['€ 3', ',', 3],
  ['BRL 10', ',', 10],
  ['45%', ',', 0.45],
  ['45 %', '.', 0.45],
  ['12,5%', ',', 0.125],
  ['-3%', '.', -0.03],
  ['(123)', '.', -123],
  ['(R$ 1.234,56)', ',', -1234.56],
  ['123-', '.', -123],
  ['1 234 567,89', ',', 1234567.89],
  ['1\u00a0234,5', ',', 1234.5],
  ['1\u202f234.5', '.', 1234.5],
  ["1'234.5", '.', 1234.5],
  ['1.5e3', '.', 1500],
  ['1,5E-3', ',', 0.0015],
  ['2E+05', '.', 200000],
  ['.5', '.', 0.5],
  [',5', ',', 0.5],
  ['007', '.', 7],
  ['  42  ', '.', 42],
  ['\u22125', '.', -5],
  [29.85, ',', 29.85],
  [0, '.', 0]
]

const bad: Array<[string | number | boolean, string]> = [
  ['abc', 'not-a-number'],
  ['1.2.3', 'not-a-number'],
  ['12,34,567', 'not-a-number'],
  ['1.234,567.8', 'not-a-number'],
  ['12 34', 'not-a-number'],
  ['--5', 'not-a-number'],
  ['(-5)', 'not-a-number'],
  ['5.', 'not-a-number'],
  ['R$', 'not-a-number'],
  ['2024-12-31', 'not-a-number'],
  ['Infinity', 'not-a-number'],
  ['0x10', 'not-a-number'],
  [Number.NaN, 'missing'],
  [Number.POSITIVE_INFINITY, 'not-a-number'],
  [true, 'not-a-number'],
  ['', 'missing'],
  [' ', 'missing'],
  ['NA', 'missing'],
  ['#N/D', 'missing'],
  ['-', 'missing']
]

describe('parseNumber', () => {
  it.each(good)('reads %j with decimal %s as %d', (raw, decimal, expected) => {
    expect(parseNumber(raw, decimal)).toEqual({ ok: true, value: expected })
  })

  it.each(bad)('refuses %j (%s)', (raw, code) => {
    const result = parseNumber(raw)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.reason.code).toBe(code)
  })

  it('says why in words', () => {
    expect(parseNumber('abc')).toEqual({ ok: false, reason: { code: 'not-a-number', message: 'not a number' } })
  })
})

describe('formatPlainNumber', () => {
  it.each([
    [1234.56, ',', '1.234,56'],
    [1234.56, '.', '1,234.56'],
    [-0.5, ',', '-0,50'],
    [1234567, '.', '1,234,567.00']
  ] as const)('formats %d with %s as %s', (value, decimal, text) => {
    expect(formatPlainNumber(value, decimal)).toBe(text)
  })
})
