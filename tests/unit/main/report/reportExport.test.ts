// `report:export` through the handler table: the open workspace's report written to a
// granted .xlsx path, with the numbers of `pulso metrics --json` for the same period and
// the Comparison sheet when asked; refused for other paths, other extensions, bad input
// and without a workspace.
import { existsSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createHandlers, dispatch } from '../../../../src/main/handlers'
import { headlessHost } from '../../../../src/main/host'
import type { ReportExportResult } from '../../../../src/shared/model/report'
import { metricsJson } from '../commands/cliRun'
import { makeCore } from '../coreFixture'
import { numberOf, readWorkbook, rowLabelled } from './reportFixture'

describe('report:export', () => {
  const fixture = makeCore()
  const table = createHandlers(fixture.core, headlessHost)
  const folder = path.join(fixture.configDir, 'workspaces')
  afterAll(() => fixture.dispose())

  it('needs an open workspace', async () => {
    expect(await dispatch(table, 'report:export', { path: path.join(folder, 'r.xlsx'), lang: 'en' })).toMatchObject({ ok: false, error: { code: 'invalid-input', message: 'No workspace is open.' } })
  })

  describe('with the sample open', () => {
    beforeAll(async () => {
      expect(await dispatch(table, 'workspace:openSample', {})).toMatchObject({ ok: true })
    }, 60_000)

    it('writes the report into the workspaces folder with the numbers of pulso metrics --json', async () => {
      const file = path.join(folder, 'Relatório.xlsx')
      const result = await dispatch(table, 'report:export', { path: file, from: '2025-10', to: '2025-12', lang: 'pt-BR', compare: { a: { from: '2025-10', to: '2025-12' }, b: { from: '2024-10', to: '2024-12' } } })
      expect(result.ok).toBe(true)
      const value = (result.ok ? result.value : null) as ReportExportResult
      expect(value.file).toBe(file)
      expect(value.sheets).toEqual(['Resumo', 'Churn', 'Receita', 'NPS', 'Coortes', 'Ativação', 'Campanhas', 'Comparação', 'Dados', 'Sobre'])
      expect(value).toMatchObject({ period: { from: '2025-10', to: '2025-12' }, dataRows: 2000, leftOut: [] })
      expect(value.charts).toBeGreaterThanOrEqual(15)
      const book = await readWorkbook(file)
      const metrics = await metricsJson(path.join(folder, 'Amostra Pulso.pulso'), '--from', '2025-10', '--to', '2025-12')
      const summary = book.getWorksheet('Resumo')
      if (!summary) throw new Error('no Resumo')
      expect(numberOf(rowLabelled(summary, 'MRR no fim').getCell(2))).toBe(metrics.summary?.mrr)
      expect(numberOf(rowLabelled(summary, 'Taxa de churn de clientes').getCell(2))).toBe(metrics.summary?.customerChurnRate)
    }, 60_000)

    it('filters each side of the comparison on its own', async () => {
      const file = path.join(folder, 'segments.xlsx')
      const compare = { a: { from: '2025-10', to: '2025-12' }, b: { from: '2025-10', to: '2025-12' }, aFilters: [{ column: 'Segmento', values: ['Enterprise'] }], bFilters: [{ column: 'Segmento', values: ['PME'] }] }
      expect(await dispatch(table, 'report:export', { path: file, lang: 'en', compare })).toMatchObject({ ok: true })
      const sheet = (await readWorkbook(file)).getWorksheet('Comparison')
      expect(sheet?.getCell(2, 1).value).toContain('filters: Segmento = Enterprise')
      expect(sheet?.getCell(3, 1).value).toContain('filters: Segmento = PME')
    }, 60_000)

    it('uses the workspace’s own settings and currency, as pulso metrics does', async () => {
      const sample = path.join(folder, 'Amostra Pulso.pulso')
      const before = await metricsJson(sample, '--from', '2025-10', '--to', '2025-12')
      expect(await dispatch(table, 'workspace:updateSettings', { settings: { activationDays: 2 }, currency: 'USD', fiscalYearStartMonth: 1 })).toMatchObject({ ok: true })
      const file = path.join(folder, 'settings.xlsx')
      expect(await dispatch(table, 'report:export', { path: file, from: '2025-10', to: '2025-12', lang: 'en' })).toMatchObject({ ok: true })
      const summary = (await readWorkbook(file)).getWorksheet('Summary')
      if (!summary) throw new Error('no Summary')
      const after = await metricsJson(sample, '--from', '2025-10', '--to', '2025-12')
      expect(after.activity?.activationRate).not.toBe(before.activity?.activationRate)
      expect(numberOf(rowLabelled(summary, 'Activation rate').getCell(2))).toBe(after.activity?.activationRate)
      expect(rowLabelled(summary, 'MRR at end').getCell(2).numFmt).toBe('"US$" #,##0.00')
    }, 60_000)

    it('refuses a path the user did not choose, another extension, and bad input', async () => {
      const outside = path.join(fixture.configDir, 'elsewhere.xlsx')
      expect(await dispatch(table, 'report:export', { path: outside, lang: 'en' })).toMatchObject({ ok: false, error: { code: 'forbidden' } })
      expect(existsSync(outside)).toBe(false)
      expect(await dispatch(table, 'report:export', { path: path.join(folder, 'r.pulso'), lang: 'en' })).toMatchObject({ ok: false, error: { code: 'invalid-input', message: 'A report file name must end in .xlsx.' } })
      expect(await dispatch(table, 'report:export', { path: path.join(folder, 'r.xlsx'), lang: 'fr' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
      expect(await dispatch(table, 'report:export', { path: path.join(folder, 'r.xlsx'), lang: 'en', from: '2025-13' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
      expect(await dispatch(table, 'report:export', { path: path.join(folder, 'r.xlsx'), lang: 'en', filters: [{ column: 'nope', values: ['1'] }] })).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringContaining('nope') } })
    }, 60_000)
  })
})
