/**
 * Property-based tests of the csv and xlsx readers: random tables round-trip through csv,
 * and random or mutated files (bytes, sheet XML, cells) never make a reader throw
 * anything but a ReadError that names the file and a reason.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import fc from 'fast-check'
import { strToU8, zipSync, type Zippable } from 'fflate'
import { afterAll, describe, expect, it } from 'vitest'
import { openSpreadsheet, ReadError } from '../../../../src/main/core/readers'
import { csvText, encodeWindows1252, PT_BR_ROWS, TRICKY_ROWS } from '../../../fixtures/csv'
import { writeSmallXlsx } from '../../../fixtures/hostileFiles'
import { escapeXml, packageParts, sheetXml } from '../../../fixtures/xlsxPackage'
import { fuzzRuns, fuzzSeed, fuzzTimeout } from './fuzzRuns'
import { mutatedBytes, mutatedText, trickyText } from './mutations'

const dir = mkdtempSync(path.join(tmpdir(), 'pulso-fuzz-readers-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const options = (runs: number, cost: number) => ({ numRuns: fuzzRuns(runs, cost), seed: fuzzSeed() })

/** Reads every row and merged range of every sheet; the ReadError thrown, or the rows. Anything else thrown fails the test. */
async function readAll(file: string): Promise<{ error: ReadError | null; rows: unknown[][] }> {
  const rows: unknown[][] = []
  try {
    const book = await openSpreadsheet(file)
    for (const sheet of book.sheets) {
      for await (const row of book.rows(sheet)) rows.push(row.cells)
      await book.mergedRanges(sheet)
    }
    return { error: null, rows }
  } catch (error) {
    if (!(error instanceof ReadError)) throw error
    expect(error.file).toBe(file)
    expect(error.message).toContain(`"${path.basename(file)}"`)
    expect(error.reason.length).toBeGreaterThan(0)
    return { error, rows }
  }
}

function write(name: string, bytes: Uint8Array | string): string {
  const file = path.join(dir, name)
  writeFileSync(file, bytes)
  return file
}

/**
 * A field that survives a csv round trip: not empty, no surrounding blanks (a reader may
 * trim), no NUL or byte order mark. Other delimiters than the file's are left out: a tab
 * file whose every row holds the same count of `;` is a valid `;` file too.
 */
function field(delimiter: string): fc.Arbitrary<string> {
  const others = [',', ';', '\t', '|'].filter((d) => d !== delimiter)
  return fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() === s && !s.includes('\0') && !s.includes('\r') && !s.includes('\ufeff') && !others.some((d) => s.includes(d)))
}

describe('csv reader fuzzing', () => {
  it('random tables written as csv read back as the same rows', async () => {
    const table = fc.tuple(fc.constantFrom(',', ';', '\t'), fc.integer({ min: 2, max: 5 })).chain(([delimiter, width]) => fc.tuple(fc.constant(delimiter), fc.array(fc.array(field(delimiter), { minLength: width, maxLength: width }), { minLength: 2, maxLength: 8 })))
    await fc.assert(
      fc.asyncProperty(table, async ([delimiter, rows]) => {
        const { error, rows: read } = await readAll(write('table.csv', csvText(rows, delimiter, '\n')))
        expect(error).toBeNull()
        expect(read).toEqual(rows)
      }),
      options(400, 20)
    )
  }, fuzzTimeout(60_000))

  it('mutated csv bytes (pt-BR, quoted line breaks) only ever fail with a ReadError', async () => {
    const seeds = [encodeWindows1252(csvText(PT_BR_ROWS, ';')), Buffer.from(csvText(TRICKY_ROWS, ','), 'utf8'), Buffer.from(`\ufeffid,nome\n1,"a""b"\n`, 'utf8')]
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...seeds).chain(mutatedBytes), async (bytes) => {
        await readAll(write('mutated.csv', bytes))
      }),
      options(600, 20)
    )
  }, fuzzTimeout(60_000))
})

/** A random cell of a sheet: any type attribute, any reference, any value text (escaped or raw). */
const cellXml = fc
  .record({
    ref: fc.oneof(fc.constantFrom('A1', 'B2', 'XFD1', 'XFE1', 'A0', '', '1A', 'AAAA1', 'Z99999999999'), trickyText),
    type: fc.constantFrom(null, 'n', 's', 'str', 'inlineStr', 'b', 'e', 'd', 'x'),
    style: fc.constantFrom(null, '0', '1', '99', '-1', 'x'),
    value: fc.oneof(trickyText, fc.double().map(String), fc.constantFrom('0', '1', '99999999', '-1', '1e308', '45366.5', '2024-03-15T00:00:00Z')),
    raw: fc.boolean()
  })
  .map(({ ref, type, style, value, raw }) => {
    const text = raw ? value : escapeXml(value)
    const attrs = `${ref ? ` r="${escapeXml(ref)}"` : ''}${type ? ` t="${type}"` : ''}${style ? ` s="${style}"` : ''}`
    return type === 'inlineStr' ? `<c${attrs}><is><t>${text}</t></is></c>` : `<c${attrs}><v>${text}</v></c>`
  })

const rowXml = fc.tuple(fc.constantFrom('', ' r="1"', ' r="2"', ' r="0"', ' r="-3"', ' r="x"', ' r="1048577"'), fc.array(cellXml, { maxLength: 5 })).map(([r, cells]) => `<row${r}>${cells.join('')}</row>`)

function zipBook(sheetRows: string, sharedStrings: string[], mutateSheet?: (xml: string) => string): Uint8Array {
  const book = { sheets: [{ name: 'Dados', rows: sheetRows }], sharedStrings }
  const files: Zippable = {}
  for (const [name, text] of Object.entries(packageParts(book))) files[name] = strToU8(text)
  const xml = sheetXml(book.sheets[0])
  files['xl/worksheets/sheet1.xml'] = strToU8(mutateSheet ? mutateSheet(xml) : xml)
  return zipSync(files, { level: 1 })
}

describe('xlsx reader fuzzing', () => {
  it('random cells (types, references, styles, values) only ever fail with a ReadError', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(rowXml, { maxLength: 6 }), fc.array(fc.string({ maxLength: 8 }), { maxLength: 3 }), async (rows, strings) => {
        await readAll(write('cells.xlsx', zipBook(rows.join(''), strings)))
      }),
      options(600, 20)
    )
  }, fuzzTimeout(60_000))

  it('a cell attribute whose quote never closes is read in bounded time (it used to loop forever)', async () => {
    const rows = `<row r="1"><c r="A1"><v>1</v></c><c r="B1" s='0"><v>2</v></c></row>`
    const started = Date.now()
    await readAll(write('open-quote.xlsx', zipBook(rows, [])))
    expect(Date.now() - started).toBeLessThan(5_000)
  })

  it('mutated sheet XML only ever fails with a ReadError', async () => {
    const rows = '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>Valor &amp; data</t></is></c></row><row r="2"><c r="A2"><v>45366</v></c><c r="B2" s="0"><v>1234.5</v></c></row>'
    await fc.assert(
      fc.asyncProperty(mutatedText(sheetXml({ name: 'Dados', rows })), async (xml) => {
        await readAll(write('xml.xlsx', zipBook('', ['Cliente'], () => xml)))
      }),
      options(600, 20)
    )
  }, fuzzTimeout(60_000))

  it('mutated workbook bytes only ever fail with a ReadError', async () => {
    const seed = await readFile(await writeSmallXlsx(dir, 'seed.xlsx'))
    await fc.assert(
      fc.asyncProperty(mutatedBytes(seed), async (bytes) => {
        await readAll(write('bytes.xlsx', bytes))
      }),
      options(600, 20)
    )
  }, fuzzTimeout(60_000))
})
