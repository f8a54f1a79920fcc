import { describe, expect, it } from 'vitest'
import en from '../../../../src/renderer/i18n/en'
import ptBR from '../../../../src/renderer/i18n/pt-BR'

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix]
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k))
}

describe('interface texts', () => {
  it('pt-BR and en have the same keys, none empty', () => {
    expect(keys(ptBR).sort()).toEqual(keys(en).sort())
    for (const key of keys(ptBR)) {
      const text = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], ptBR)
      expect(String(text).trim(), key).not.toBe('')
    }
  })

  it('pt-BR is really Portuguese where the words differ', () => {
    expect(ptBR.explorer.title).toBe('Explorador')
    expect(ptBR.settings.title).toBe('Configurações')
    expect(ptBR.panel.problems).not.toBe(en.panel.problems)
  })
})
