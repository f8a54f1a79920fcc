import { describe, expect, it } from 'vitest'
import { guessDecimalSeparator } from '../../../../src/shared/parse/numberLocale'

describe('guessDecimalSeparator', () => {
  it.each([
    [['1.234,56', '12,5', '3'], ','],
    [['1,234.56', '12.5', '3'], '.'],
    [['1.234', '12,5'], ','],
    [['1,234', '12.5'], '.'],
    [['1.234.567', '3'], ','],
    [['1,234,567'], '.'],
    [['R$ 1.234', 'R$ 2.000'], ','],
    [['$1,234', '$2,000'], '.'],
    [['1.500', '12.000', '3.250'], ','],
    [['1,500', '12,000', '3,250'], '.'],
    [['29.85', '1889.5', ' ', 'NA'], '.']
  ] as const)('decides %j -> %s', (samples, decimal) => {
    const guess = guessDecimalSeparator(samples)
    expect(guess.decimal).toBe(decimal)
    expect(guess.decided).toBe(true)
  })

  it('falls back when nothing tells', () => {
    expect(guessDecimalSeparator(['1', '2', '1.234'], ',')).toMatchObject({ decimal: ',', decided: false })
    expect(guessDecimalSeparator([], '.')).toMatchObject({ decimal: '.', decided: false })
    expect(guessDecimalSeparator([12, null, true], '.')).toMatchObject({ decimal: '.', decided: false })
  })

  it('ignores dates and scientific notation', () => {
    expect(guessDecimalSeparator(['31.12.2024', '1.5e3', '2,5'], '.')).toMatchObject({ decimal: ',', decided: true })
  })

  it('takes the majority with mixed evidence', () => {
    const guess = guessDecimalSeparator(['1,5', '2,5', '3,5', '4.5'])
    expect(guess.decimal).toBe(',')
    expect(guess.confidence).toBeCloseTo(0.75)
  })
})
