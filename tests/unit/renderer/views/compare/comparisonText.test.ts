import { describe, expect, it } from 'vitest'
import { createFormatters } from '../../../../../src/renderer/charts/format'
import { createPulsoI18n } from '../../../../../src/renderer/i18n'
import { differenceText, npsSentence, relativeChangeText, valueText } from '../../../../../src/renderer/views/compare/comparisonText'
import { comparisonRow, compareNps } from '../../../../../src/shared/metrics/comparison'
import { npsFromCounts } from '../../../../../src/shared/metrics/nps'

const en = createFormatters('en', 'BRL')
const pt = createFormatters('pt-BR', 'BRL')
const units = { percentagePoints: 'p.p.', points: 'pts' }

describe('the comparison table texts', () => {
  it('rates in percent with the difference in p.p. and the rate’s own relative change', () => {
    const row = comparisonRow('customerChurnRate', 0.06, 0.05)
    expect([valueText(row.a, row.unit, en), valueText(row.b, row.unit, en)]).toEqual(['6.0%', '5.0%'])
    expect(differenceText(row, en, units)).toBe('+1.0 p.p.')
    expect(relativeChangeText(row.relativeChange, en)).toBe('+20.0%')
    expect(row.direction).toBe('worse')
    expect(differenceText(row, pt, units)).toBe('+1,0 p.p.')
  })

  it('money, counts and NPS points; missing values are a dash', () => {
    const mrr = comparisonRow('mrr', 5_604_659, 2_975_529)
    expect(valueText(mrr.a, mrr.unit, pt)).toMatch(/^R\$\s5\.604\.659$/)
    expect(differenceText(mrr, en, units)).toBe('+R$2,629,130')
    const nps = comparisonRow('nps', 40.4, 36.3)
    expect(valueText(nps.a, nps.unit, en)).toBe('+40')
    expect(differenceText(nps, en, units)).toBe('+4 pts')
    const missing = comparisonRow('orders', null, 12)
    expect([valueText(missing.a, missing.unit, en), differenceText(missing, en, units), relativeChangeText(missing.relativeChange, en)]).toEqual(['—', '—', '—'])
  })
})

describe('the NPS sentence', () => {
  const t = (locale: 'en' | 'pt-BR') => {
    const i18n = createPulsoI18n(locale)
    return (key: string, params?: Record<string, string>) => i18n.global.t(key, params ?? {})
  }
  const many = npsFromCounts([5, 0, 0, 0, 0, 0, 10, 15, 20, 30, 40])
  const fewer = npsFromCounts([8, 0, 0, 0, 0, 0, 10, 15, 20, 25, 30])

  it('says within or beyond the combined margin of error, in the UI language', () => {
    const comparison = compareNps(many, fewer)
    const english = npsSentence(comparison, en, t('en'))
    expect(english).toContain(comparison.verdict === 'within-margin' ? 'within the margin of error' : 'beyond the margin of error')
    const portuguese = npsSentence(comparison, pt, t('pt-BR'))
    expect(portuguese).toContain(comparison.verdict === 'within-margin' ? 'dentro da margem de erro' : 'além da margem de erro')
  })

  it('says there is nothing to compare when a side has no answers, and nothing without NPS data', () => {
    expect(npsSentence(compareNps(many, null), en, t('en'))).toContain('not enough answers')
    expect(npsSentence(compareNps(null, null), en, t('en'))).toBeNull()
  })
})
