import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { buildSync } from 'esbuild'
import { afterAll, describe, expect, it } from 'vitest'
import { importSpreadsheet, workerThresholdBytes } from '../../../../src/main/core/import/importSpreadsheet'
import { queryRows, Workspace } from '../../../../src/main/core/workspace/workspace'
import { writeCsv } from '../../../fixtures/csv'

const dir = mkdtempSync(path.join(os.tmpdir(), 'pulso-worker-'))
const root = path.resolve(__dirname, '../../../..')
// Inside the checkout, so the bundle finds node_modules as the app's does.
const workerFile = path.join(root, 'node_modules/.cache/test-worker/import-worker.cjs')
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('the import worker thread', () => {
  it('parses a large file in a worker and lands exactly what the in-process import lands', async () => {
    buildSync({ entryPoints: [path.join(root, 'src/main/core/importWorker.ts')], outfile: workerFile, bundle: true, platform: 'node', format: 'cjs', packages: 'external', logLevel: 'error' })
    const rows = [['Código do Cliente', 'Data da Compra', 'Pedido', 'Valor (R$)', 'Observação']]
    for (let i = 0; i < 120_000; i++) rows.push([`C${i % 7000}`, `${(i % 28) + 1}/0${(i % 9) + 1}/2024`, `P${i}`, i % 997 === 0 ? 'abc' : `${i},${i % 100}`, 'texto longo para passar do limite do worker'])
    const file = await writeCsv(dir, 'grande.csv', rows, { delimiter: ';' })
    const { size } = await import('node:fs').then((fs) => fs.statSync(file))
    expect(size).toBeGreaterThan(workerThresholdBytes)

    const viaWorker = await Workspace.create()
    const inProcess = await Workspace.create()
    const [a] = await importSpreadsheet(viaWorker, file, { workerFile })
    const [b] = await importSpreadsheet(inProcess, file)
    expect(a).toEqual(b)
    expect(a.rowsImported).toBe(120_000)
    expect(a.problemCount).toBe(121)
    const digest = (w: Workspace) => queryRows(w.db, 'SELECT count(*) AS n, sum(f_amount) AS total, min(row_number) AS first, max(row_number) AS last, count(DISTINCT f_customer) AS customers FROM data_revenue')[0]
    expect(digest(viaWorker)).toEqual(digest(inProcess))
    viaWorker.close()
    inProcess.close()
  }, 60_000)

  it('a worker that cannot start fails the import and leaves the workspace unchanged', async () => {
    const rows = [['Código do Cliente', 'Data', 'Valor'], ...Array.from({ length: 250_000 }, (_, i) => [`C${i}`, '01/02/2024', `${i},5`])]
    const file = await writeCsv(dir, 'outro.csv', rows, { delimiter: ';' })
    const workspace = await Workspace.create()
    await expect(importSpreadsheet(workspace, file, { workerFile: path.join(dir, 'missing-worker.cjs') })).rejects.toThrow()
    expect(workspace.summary().files).toEqual([])
    workspace.close()
  }, 60_000)
})
