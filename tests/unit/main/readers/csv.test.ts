import { mkdtempSync, rmSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openSpreadsheet, type Cell, type SheetRow } from '../../../../src/main/core/readers'
import { bigCsvRows, csvText, encodeWindows1252, PT_BR_ROWS, TRICKY_ROWS, writeCsv, writePtBrCsv } from '../../../fixtures/csv'

let dir = ''
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'pulso-csv-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

async function readAll(file: string): Promise<SheetRow[]> {
  const rows: SheetRow[] = []
  for await (const row of (await openSpreadsheet(file)).rows()) rows.push(row)
  return rows
}

/** The rows the reader should give for text rows: empty fields null, trailing empties dropped, blank rows skipped. */
function expected(rows: string[][]): SheetRow[] {
  const result: SheetRow[] = []
  rows.forEach((fields, i) => {
    const cells: Cell[] = fields.map((f) => (f === '' ? null : f))
    while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop()
    if (cells.length > 0) result.push({ rowNumber: i + 1, cells })
  })
  return result
}

describe('csv reader', () => {
  it('reads a pt-BR Excel export: semicolons, Windows-1252 with € and curly quotes, CRLF', async () => {
    const file = await writePtBrCsv(dir)
    const book = await openSpreadsheet(file)
    expect(book.format).toBe('csv')
    expect(book.sheets).toEqual([{ name: 'clientes-ptbr', index: 0, hidden: false }])
    expect(book.csv).toEqual({ encoding: 'windows-1252', delimiter: ';', bom: false })
    expect(await readAll(file)).toEqual(expected(PT_BR_ROWS))
    expect(await book.mergedRanges()).toEqual([])
  })

  it.each([
    ['tab', '\t', '\n'],
    ['pipe', '|', '\r\n'],
    ['comma with old Mac line ends', ',', '\r'],
    ['semicolon', ';', '\n']
  ])('detects the %s delimiter and keeps quoted line breaks, quotes and delimiters', async (name, delimiter, newline) => {
    const file = await writeCsv(dir, `tricky-${name}.csv`, TRICKY_ROWS, { delimiter, newline })
    const book = await openSpreadsheet(file)
    expect(book.csv?.delimiter).toBe(delimiter)
    expect(await readAll(file)).toEqual(expected(TRICKY_ROWS))
  })

  it('skips a UTF-8 byte order mark and says it was there', async () => {
    const file = await writeCsv(dir, 'bom.csv', [['nome', 'cidade'], ['Zoë', 'São Paulo']], { bom: true })
    const book = await openSpreadsheet(file)
    expect(book.csv).toEqual({ encoding: 'utf-8', delimiter: ',', bom: true })
    expect(await readAll(file)).toEqual([
      { rowNumber: 1, cells: ['nome', 'cidade'] },
      { rowNumber: 2, cells: ['Zoë', 'São Paulo'] }
    ])
  })

  it('reads UTF-16 with a byte order mark (Excel "Unicode text")', async () => {
    const file = path.join(dir, 'unicode.txt')
    await writeFile(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('nome\tvalor\r\nJoão\t1,5\r\n', 'utf16le')]))
    const book = await openSpreadsheet(file)
    expect(book.csv).toEqual({ encoding: 'utf-16le', delimiter: '\t', bom: true })
    expect((await readAll(file))[1].cells).toEqual(['João', '1,5'])
  })

  it('numbers records, not lines, and reports blank rows as gaps', async () => {
    const file = path.join(dir, 'gaps.csv')
    await writeFile(file, 'a,b\n\n"x\ny",1\n,\n3,\n')
    expect(await readAll(file)).toEqual([
      { rowNumber: 1, cells: ['a', 'b'] },
      { rowNumber: 3, cells: ['x\ny', '1'] },
      { rowNumber: 5, cells: ['3'] }
    ])
  })

  it('reads a file with one column and no final line break', async () => {
    const file = path.join(dir, 'one-column.csv')
    await writeFile(file, 'email\nana@example.com\nbia@example.com')
    expect((await readAll(file)).map((r) => r.cells)).toEqual([['email'], ['ana@example.com'], ['bia@example.com']])
  })

  it('switches to Windows-1252 when the first non-ASCII byte comes after the first megabyte', async () => {
    const rows = [['id', 'texto']]
    for (let i = 0; i < 40_000; i++) rows.push([String(i), 'ascii only text'])
    rows.push(['40000', 'ação € “aspas”'])
    const file = path.join(dir, 'late-latin1.csv')
    await writeFile(file, encodeWindows1252(csvText(rows)))
    const read = await readAll(file)
    expect(read).toHaveLength(40_002)
    expect(read.at(-1)?.cells).toEqual(['40000', 'ação € “aspas”'])
  })

  it('reads a file larger than its read chunks, with quoted line breaks across chunk edges, as papaparse does whole', async () => {
    const rows = bigCsvRows(6_000)
    const file = await writeCsv(dir, 'big.csv', rows, { delimiter: ';' })
    const read = await readAll(file)
    expect(read).toEqual(expected(rows))
    const progress: number[] = []
    for await (const batch of (await openSpreadsheet(file)).rowBatches()) progress.push(batch.progress)
    expect(progress.length).toBeGreaterThan(3)
    expect(progress.at(-1)).toBe(1)
    expect([...progress].sort((a, b) => a - b)).toEqual(progress)
  })

  it('round-trips random tables through csv text, whatever the delimiter and line ending', async () => {
    const field = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('', '"', '""', '\n', '\r\n', ';', ',', 'ação', '€'))
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(field, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 12 }),
        fc.constantFrom(',', ';', '\t', '|'),
        fc.constantFrom('\n', '\r\n'),
        async (body, delimiter, newline) => {
          const rows = [['col a', 'col b', 'col c'], ...body]
          const file = await writeCsv(dir, 'property.csv', rows, { delimiter, newline })
          const read = await readAll(file)
          expect(read).toEqual(expected(rows))
        }
      ),
      { numRuns: 150 }
    )
  })
})
