import { describe, expect, it } from 'vitest'
import { compareNamedMetric } from '../../../../src/shared/metrics/compare'
import { createFormatters, formatMonth, missingValue } from '../../../../src/renderer/charts/format'

const units = { percentagePoints: 'p.p.', points: 'pts' }

describe('dashboard number formats', () => {
  it('writes pt-BR numbers, money and rates the Brazilian way', () => {
    const format = createFormatters('pt-BR', 'BRL')
    expect(format.decimal(1234.5)).toBe('1.234,5')
    expect(format.count(1459)).toBe('1.459')
    expect(format.money(5604659.2)).toBe('R$\u00a05.604.659')
    expect(format.money(639.2)).toBe('R$\u00a0639,20')
    expect(format.percent(0.05714)).toBe('5,7%')
    expect(format.nps(40.59)).toBe('+41')
  })

  it('writes English numbers with a dot for decimals', () => {
    const format = createFormatters('en', 'BRL')
    expect(format.decimal(1234.5)).toBe('1,234.5')
    expect(format.money(5604659)).toBe('R$5,604,659')
    expect(format.percent(0.05714)).toBe('5.7%')
  })

  it('shows a missing value (null, NaN, Infinity) as a dash, never 0', () => {
    const format = createFormatters('en', 'BRL')
    for (const value of [null, undefined, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(format.money(value)).toBe(missingValue)
      expect(format.percent(value)).toBe(missingValue)
      expect(format.count(value)).toBe(missingValue)
    }
  })

  it('writes a change in p.p. for rates, points for NPS and money for amounts', () => {
    const pt = createFormatters('pt-BR', 'BRL')
    expect(pt.change(compareNamedMetric('customerChurnRate', 0.057, 0.05), units)).toBe('+0,7 p.p.')
    expect(pt.change(compareNamedMetric('nps', 30, 42), units)).toBe('-12 pts')
    expect(pt.change(compareNamedMetric('mrr', 1000, 2200), units)).toBe('-R$\u00a01.200')
    expect(pt.change(compareNamedMetric('mrr', null, 2200), units)).toBe(missingValue)
    expect(pt.change(null, units)).toBe(missingValue)
  })

  it('names months in the locale without moving them by a time zone', () => {
    expect(formatMonth('2025-01', 'pt-BR', 'long')).toBe('janeiro de 2025')
    expect(formatMonth('2025-12', 'en', 'long')).toBe('December 2025')
    expect(formatMonth('2025-12', 'en')).toBe('Dec 25')
  })
})
