import { describe, expect, it } from 'vitest'
import { createPulsoI18n } from '../../../../src/renderer/i18n'
import compareEn from '../../../../src/renderer/i18n/compare.en'
import comparePtBR from '../../../../src/renderer/i18n/compare.pt-BR'

function entries(value: unknown, prefix = ''): [string, string][] {
  if (typeof value !== 'object' || value === null) return [[prefix, String(value)]]
  return Object.entries(value).flatMap(([k, v]) => entries(v, prefix ? `${prefix}.${k}` : k))
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort()

describe('Compare editor texts', () => {
  it('pt-BR and en have the same keys and placeholders, none empty', () => {
    const english = new Map(entries(compareEn))
    const portuguese = new Map(entries(comparePtBR))
    expect([...portuguese.keys()].sort()).toEqual([...english.keys()].sort())
    for (const [key, text] of portuguese) {
      expect(text.trim(), key).not.toBe('')
      expect(placeholders(text), key).toEqual(placeholders(english.get(key) ?? ''))
    }
  })

  it('are merged under compare, with their palette titles beside the others', () => {
    const i18n = createPulsoI18n('pt-BR')
    expect(i18n.global.t('compare.nps.within-margin')).toBe('dentro da margem de erro')
    expect(i18n.global.t('command.openCompare')).toBe('Comparar períodos…')
    expect(i18n.global.t('command.openSample')).toBe('Abrir a área de trabalho de exemplo')
  })
})
