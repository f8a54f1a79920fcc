import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { previewSpreadsheet } from '../../../../src/main/core/import/detectSheet'
import { importSpreadsheet } from '../../../../src/main/core/import/importSpreadsheet'
import { PulsoFailure } from '../../../../src/main/core/failure'
import { fieldColumn, kindTable } from '../../../../src/main/core/workspace/schema'
import { queryRows, Workspace } from '../../../../src/main/core/workspace/workspace'
import { expectedProblems, expectedRows, writeUglyCsv, writeUglyWorkbook } from '../../../fixtures/uglyWorkbook'

const dir = mkdtempSync(path.join(os.tmpdir(), 'pulso-import-'))
let xlsxFile: string
let csvFile: string

beforeAll(async () => {
  xlsxFile = await writeUglyWorkbook(dir)
  csvFile = writeUglyCsv(dir)
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function revenueRows(workspace: Workspace) {
  const c = (f: string) => fieldColumn(f)
  return queryRows(workspace.db, `SELECT row_number, ${c('customer')} AS customer, ${c('date')} AS date, ${c('orderId')} AS orderId, ${c('product')} AS product, ${c('amount')} AS amount FROM ${kindTable('revenue')} ORDER BY source_id, row_number`)
}

function problems(workspace: Workspace) {
  return queryRows(workspace.db, 'SELECT row_number AS row, column_name AS column, raw FROM problems ORDER BY row_number')
}

function counts(workspace: Workspace) {
  return {
    files: queryRows(workspace.db, 'SELECT count(*) AS n FROM source_files')[0].n,
    rows: queryRows(workspace.db, `SELECT count(*) AS n FROM ${kindTable('revenue')}`)[0].n,
    problems: queryRows(workspace.db, 'SELECT count(*) AS n FROM problems')[0].n
  }
}

describe('importing an ugly pt-BR workbook', () => {
  it('finds the header below the titles, reads every value, stops at the totals row, and reports bad values in place', async () => {
    const workspace = await Workspace.create()
    const [sheet] = await importSpreadsheet(workspace, xlsxFile)
    expect(sheet).toMatchObject({ file: 'vendas-2024.xlsx', sheet: 'Vendas 2024', kind: 'revenue', rowsRead: 6, rowsImported: 6, problemCount: 2, firstDate: '2024-01-05', lastDate: '2024-03-01' })
    expect(sheet.mapping).toEqual(expect.arrayContaining([{ field: 'customer', column: 'Código do Cliente' }, { field: 'date', column: 'Data da Compra' }, { field: 'amount', column: 'Valor (R$)' }, { field: 'orderId', column: 'Pedido' }]))
    expect(revenueRows(workspace)).toEqual(expectedRows.map(({ row, ...rest }) => ({ row_number: row, ...rest })))
    expect(problems(workspace)).toEqual(expectedProblems)
    expect(sheet.problems[0].reason).toMatch(/February|fevereiro|31/)
    workspace.close()
  })

  it('reads the Latin-1 csv twin to the same values', async () => {
    const workspace = await Workspace.create()
    const [sheet] = await importSpreadsheet(workspace, csvFile)
    expect(sheet).toMatchObject({ sheet: null, kind: 'revenue', rowsImported: 6, problemCount: 2 })
    const rows = revenueRows(workspace).map(({ row_number: _, ...rest }) => rest)
    expect(rows).toEqual(expectedRows.map(({ row: _, ...rest }) => rest))
    workspace.close()
  })
})

describe('an import is all or nothing', () => {
  it('a cancelled import leaves the workspace exactly as before', async () => {
    const workspace = await Workspace.create()
    await importSpreadsheet(workspace, csvFile)
    const before = counts(workspace)
    const controller = new AbortController()
    const failure = await importSpreadsheet(workspace, xlsxFile, { signal: controller.signal, onProgress: () => controller.abort() }).catch((e: unknown) => e)
    expect(failure).toBeInstanceOf(PulsoFailure)
    expect((failure as PulsoFailure).code).toBe('cancelled')
    expect(counts(workspace)).toEqual(before)
    workspace.close()
  })

  it('an unreadable file is refused with its name and changes nothing', async () => {
    const workspace = await Workspace.create()
    const failure = await importSpreadsheet(workspace, path.join(dir, 'missing.csv')).catch((e: unknown) => e)
    expect((failure as PulsoFailure).code).toBe('bad-file')
    expect((failure as PulsoFailure).message).toContain('missing.csv')
    expect(counts(workspace)).toEqual({ files: 0, rows: 0, problems: 0 })
    workspace.close()
  })

  it('the same file again is refused, and replaced (not duplicated) when asked', async () => {
    const workspace = await Workspace.create()
    await importSpreadsheet(workspace, csvFile)
    const again = await importSpreadsheet(workspace, csvFile).catch((e: unknown) => e)
    expect((again as PulsoFailure).code).toBe('already-imported')
    await importSpreadsheet(workspace, csvFile, { replace: true })
    expect(counts(workspace)).toEqual({ files: 1, rows: 6, problems: 2 })
    workspace.close()
  })
})

describe('mappings', () => {
  it('the user can force a column, and the choice is remembered for the next file of that shape', async () => {
    const workspace = await Workspace.create()
    const [first] = await importSpreadsheet(workspace, csvFile, { map: { product: '', orderId: 'Produto' } })
    expect(first.mapping).toContainEqual({ field: 'orderId', column: 'Produto' })
    expect(first.mapping.some((m) => m.field === 'product')).toBe(false)
    workspace.db.run('DELETE FROM source_files')
    const [second] = await importSpreadsheet(workspace, csvFile)
    expect(second.mapping).toContainEqual({ field: 'orderId', column: 'Produto' })
    workspace.close()
  })

  it('an unknown field or column in --map is refused in words', async () => {
    const workspace = await Workspace.create()
    const failure = (await importSpreadsheet(workspace, csvFile, { map: { amount: 'Preço' } }).catch((e: unknown) => e)) as PulsoFailure
    expect(failure.code).toBe('bad-file')
    expect(failure.message).toContain('Preço')
    workspace.close()
  })
})

describe('sheets of one workbook', () => {
  it('another sheet of an imported workbook is not a duplicate; the same sheet again is', async () => {
    const ExcelJS = (await import('exceljs')).default
    const book = new ExcelJS.Workbook()
    book.addWorksheet('Janeiro').addRows([['Cliente', 'Data', 'Valor'], ['C1', '05/01/2024', '10,00']])
    book.addWorksheet('Fevereiro').addRows([['Cliente', 'Data', 'Valor'], ['C2', '05/02/2024', '20,00'], ['C3', '06/02/2024', '30,00']])
    const file = path.join(dir, 'meses.xlsx')
    await book.xlsx.writeFile(file)
    const workspace = await Workspace.create()
    await importSpreadsheet(workspace, file, { sheet: 'Janeiro' })
    const [february] = await importSpreadsheet(workspace, file, { sheet: 'Fevereiro' })
    expect(february.rowsImported).toBe(2)
    expect(((await importSpreadsheet(workspace, file, { sheet: 'Janeiro' }).catch((e: unknown) => e)) as PulsoFailure).code).toBe('already-imported')
    await importSpreadsheet(workspace, file, { sheet: 'Janeiro', replace: true })
    expect(workspace.summary().files.map((f) => f.sheet).sort()).toEqual(['Fevereiro', 'Janeiro'])
    expect(counts(workspace).rows).toBe(3)
    workspace.close()
  })
})

describe('the preview', () => {
  it('shows the proposal and the first rows, stopping at the totals row', async () => {
    const [preview] = await previewSpreadsheet(null, xlsxFile)
    expect(preview).toMatchObject({ file: 'vendas-2024.xlsx', sheet: 'Vendas 2024', kind: 'revenue', missing: [], remembered: false })
    expect(preview.rows.map((row) => row[0])).toEqual(['C-001', 'C-002', 'C-001', 'C-003', 'C-004', 'C-005'])
  })

  it('takes the kind and columns the user chose', async () => {
    const [preview] = await previewSpreadsheet(null, csvFile, { kind: 'customers', map: { signupDate: 'Data da Compra' } })
    expect(preview.kind).toBe('customers')
    expect(preview.mapping).toContainEqual({ field: 'signupDate', column: 'Data da Compra' })
  })
})
