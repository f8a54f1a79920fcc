import { describe, expect, it } from 'vitest'
import dashboardsEn from '../../../../src/renderer/i18n/dashboards.en'
import dashboardsPtBR from '../../../../src/renderer/i18n/dashboards.pt-BR'
import { createPulsoI18n } from '../../../../src/renderer/i18n'

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix]
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k))
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort()
}

describe('dashboard texts', () => {
  it('pt-BR and en have the same keys and placeholders, none empty', () => {
    expect(keys(dashboardsPtBR).sort()).toEqual(keys(dashboardsEn).sort())
    for (const key of keys(dashboardsEn)) {
      const read = (root: unknown) => String(key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], root))
      expect(read(dashboardsPtBR).trim(), key).not.toBe('')
      expect(placeholders(read(dashboardsPtBR)), key).toEqual(placeholders(read(dashboardsEn)))
    }
  })

  it('are merged under dashboards, with their palette titles beside the workbench commands', () => {
    const i18n = createPulsoI18n('pt-BR')
    expect(i18n.global.t('dashboards.views.overview')).toBe('Visão geral')
    expect(i18n.global.t('category.dashboards')).toBe('Painéis')
    expect(i18n.global.t('command.openSample')).toBe('Abrir a área de trabalho de exemplo')
    expect(i18n.global.t('command.commandPalette')).not.toBe('command.commandPalette')
    expect(i18n.global.t('dashboards.formula.customerChurn', { churned: '20', start: '350', rate: '5,7%' })).toBe('20 cancelados / 350 no início = 5,7%')
  })
})
