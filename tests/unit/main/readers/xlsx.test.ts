import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openSpreadsheet, type Cell } from '../../../../src/main/core/readers'
import { DATE1904_WORKBOOK, INLINE_WORKBOOK, LEAP_1900_WORKBOOK, NO_REFERENCES_WORKBOOK, PREFIXED_WORKBOOK, writeCustomersWorkbook, writeHandWritten, writeManySheetsWorkbook } from '../../../fixtures/xlsx'
import { readWithExcelJs, readWithPulso } from './readBoth'

let dir = ''
const files: Record<string, string> = {}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'pulso-xlsx-'))
  files.customers = await writeCustomersWorkbook(dir)
  files.many = await writeManySheetsWorkbook(dir)
  files.inline = await writeHandWritten(dir, 'inline.xlsx', INLINE_WORKBOOK)
  files.date1904 = await writeHandWritten(dir, 'mac-1904.xlsx', DATE1904_WORKBOOK)
  files.prefixed = await writeHandWritten(dir, 'prefixed.xlsx', PREFIXED_WORKBOOK)
  files.noRefs = await writeHandWritten(dir, 'no-refs.xlsx', NO_REFERENCES_WORKBOOK)
  files.leap = await writeHandWritten(dir, 'lotus.xlsx', LEAP_1900_WORKBOOK)
})

afterAll(() => rmSync(dir, { recursive: true, force: true }))

const date = (value: string): Cell => ({ kind: 'date', value })

describe('xlsx reader agrees with exceljs cell for cell', () => {
  for (const name of ['customers', 'many', 'inline', 'date1904']) {
    it(name, async () => {
      const ours = await readWithPulso(files[name])
      const theirs = await readWithExcelJs(files[name])
      expect(ours.map((s) => s.name)).toEqual(theirs.map((s) => s.name))
      for (let i = 0; i < ours.length; i++) expect(ours[i].rows, ours[i].name).toEqual(theirs[i].rows)
    })
  }
})

describe('xlsx reader', () => {
  it('reads the ugly pt-BR workbook: title, merged header, dates, formulas, errors, rich text, blank and totals rows', async () => {
    const book = await openSpreadsheet(files.customers)
    expect(book.format).toBe('xlsx')
    expect(book.sheets).toEqual([
      { name: 'Clientes', index: 0, hidden: false },
      { name: 'NPS', index: 1, hidden: false },
      { name: 'Config', index: 2, hidden: true }
    ])
    const rows = []
    for await (const row of book.rows('Clientes')) rows.push(row)
    expect(rows.map((r) => r.rowNumber)).toEqual([1, 3, 4, 5, 6, 7, 9, 11])
    expect(rows[1].cells).toEqual(['Cliente', null, 'Assinatura'])
    expect(rows[3].cells).toEqual([1001, 'José Araújo', date('2024-12-31'), date('2025-01-02T08:30:15'), 1234.56, true, 2469.12])
    expect(rows[5].cells[2]).toEqual(date('2000-02-29'))
    expect(rows[6].cells).toEqual([1004, 'Rich Text Ltda', date('2021-07-04'), null, '#N/A'])
    expect(rows[7].cells).toEqual(['Total', null, null, null, 1222.86])
    expect(await book.mergedRanges('Clientes')).toEqual([
      { firstRow: 3, firstColumn: 1, lastRow: 3, lastColumn: 2 },
      { firstRow: 3, firstColumn: 3, lastRow: 3, lastColumn: 5 }
    ])
  })

  it('reads inline strings, entities, xml:space, errors, formula strings and custom date formats', async () => {
    const [sheet] = await readWithPulso(files.inline)
    expect(sheet.name).toBe('Inline & Cia')
    expect([...sheet.rows.keys()]).toEqual([1, 2, 3, 6, 8, 10])
    expect(sheet.rows.get(2)).toEqual(['  Ana & Bia <3 é€ ', date('2024-12-31'), 1234.5, true])
    expect(sheet.rows.get(3)).toEqual(['Rich inline', date('2025-01-01T18:00:00'), -0.5, false])
    expect(sheet.rows.get(6)).toEqual([null, '#DIV/0!', 'Nomex', date('2025-01-02T12:00:00')])
    expect(sheet.rows.get(8)).toEqual([date('2025-01-03'), 12, date('1899-12-30T18:00:00'), null, 'São Paulo – ação'])
    expect(sheet.rows.get(10)).toEqual([2])
  })

  it('places rows and cells that have no r attribute after the previous ones', async () => {
    const [sheet] = await readWithPulso(files.noRefs)
    expect([...sheet.rows]).toEqual([
      [1, ['a', 1]],
      [2, [2, null, null, 4, 5]],
      [5, [6]],
      [6, [null, 7]]
    ])
  })

  it('reads the 1904 date system', async () => {
    const [sheet] = await readWithPulso(files.date1904)
    expect(sheet.rows.get(2)).toEqual([date('1904-01-01'), date('2024-01-01T12:00:00')])
    expect(sheet.rows.get(3)).toEqual([date('2024-12-31'), 44195])
  })

  it('keeps Excel 1900 dates right below serial 61, including the fictitious 1900-02-29', async () => {
    const [sheet] = await readWithPulso(files.leap)
    expect([...sheet.rows.values()]).toEqual([
      [date('1900-01-01')],
      [date('1900-02-28')],
      [date('1900-02-29')],
      [date('1900-03-01')],
      [date('1899-12-30T12:00:00')],
      [date('9999-12-31T23:59:59'), -1, 2958466]
    ])
  })

  it('reads namespace-prefixed parts, rich shared strings without phonetic guides, and merged ranges', async () => {
    const book = await openSpreadsheet(files.prefixed)
    const rows = []
    for await (const row of book.rows()) rows.push(row.cells)
    expect(rows).toEqual([
      ['Cliente', 'Olá mundo'],
      ['東京', date('2023-03-15'), 'A & B']
    ])
    expect(await book.mergedRanges(0)).toEqual([{ firstRow: 1, firstColumn: 2, lastRow: 1, lastColumn: 3 }])
  })

  it('reads sheets by name, index or info, reports progress, and names a sheet that does not exist', async () => {
    const book = await openSpreadsheet(files.many)
    expect(book.sheets.map((s) => s.name)).toEqual(['Jan 2024', 'Fev & Mar', 'Vazio', 'Q2 <final>'])
    const batches = []
    for await (const batch of book.rowBatches(book.sheets[3])) batches.push(batch)
    expect(batches.at(-1)?.progress).toBe(1)
    expect(batches.flatMap((b) => b.rows)).toEqual([
      { rowNumber: 1, cells: ['mês', 'receita'] },
      { rowNumber: 2, cells: ['Q2 <final>', 10005] }
    ])
    const empty = []
    for await (const row of book.rows('Vazio')) empty.push(row)
    expect(empty).toEqual([])
    expect(() => book.rows('Abril')).toThrow(/no sheet "Abril".*"Jan 2024"/)
  })

  it('stops reading when the loop stops', async () => {
    const book = await openSpreadsheet(files.customers)
    for await (const row of book.rows()) {
      expect(row.rowNumber).toBe(1)
      break
    }
  })
})
