import { mkdtempSync, rmSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { columnLetter, openSpreadsheet, ReadError, type OpenSpreadsheetOptions, type ReadErrorReason } from '../../../../src/main/core/readers'
import { patchCentralEntry, writeBytes, writeEntityBombXlsx, writeLongCellXlsx, writePlainZip, writeSmallXlsx, writeWideXlsx, writeZipBombXlsx } from '../../../fixtures/hostileFiles'

let dir = ''
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'pulso-hostile-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** Opens and reads every row of every sheet; resolves to the ReadError thrown, or null. */
async function readError(file: string, options?: OpenSpreadsheetOptions): Promise<ReadError | null> {
  try {
    const book = await openSpreadsheet(file, options)
    for (const sheet of book.sheets) {
      for await (const batch of book.rowBatches(sheet)) expect(batch.rows).toBeDefined()
      await book.mergedRanges(sheet)
    }
    return null
  } catch (error) {
    if (error instanceof ReadError) return error
    throw error
  }
}

async function expectRefused(file: string, reason: ReadErrorReason, message: RegExp, options?: OpenSpreadsheetOptions): Promise<ReadError> {
  const error = await readError(file, options)
  expect(error, `${path.basename(file)} should be refused`).toBeInstanceOf(ReadError)
  expect(error?.reason).toBe(reason)
  expect(error?.message).toContain(`"${path.basename(file)}"`)
  expect(error?.message).toMatch(message)
  return error as ReadError
}

describe('hostile xlsx files', () => {
  it('refuses a zip bomb from the sizes it declares', async () => {
    const file = await writeZipBombXlsx(dir, 40)
    expect((await readFile(file)).length).toBeLessThan(200_000)
    await expectRefused(file, 'zip-bomb', /200 times its packed size/)
  })

  it('stops a zip bomb that lies about its size as soon as it unpacks more than it declared', async () => {
    const file = await writeZipBombXlsx(dir, 40)
    await patchCentralEntry(file, 'xl/worksheets/sheet1.xml', { uncompressedSize: 1_000_000 })
    await expectRefused(file, 'zip-bomb', /more than the 976.6 KiB it declares/)
  })

  it('refuses entries larger than the per-entry limit', async () => {
    const file = await writeSmallXlsx(dir, 'limit.xlsx')
    await expectRefused(file, 'zip-bomb', /more than the 100 bytes allowed for one part/, { limits: { maxEntryUnpackedBytes: 100 } })
  })

  it.each(['sheet', 'sharedStrings'] as const)('refuses entity declarations (billion laughs) in the %s part', async (part) => {
    await expectRefused(await writeEntityBombXlsx(dir, part), 'xml-doctype', /declares a DOCTYPE/)
  })

  it('refuses a truncated workbook', async () => {
    const whole = await readFile(await writeSmallXlsx(dir, 'whole.xlsx'))
    await expectRefused(await writeBytes(dir, 'truncated.xlsx', whole.subarray(0, Math.floor(whole.length / 2))), 'corrupt', /damaged or truncated/)
  })

  it('refuses a workbook whose compressed sheet is damaged', async () => {
    const bytes = Buffer.from(await readFile(await writeSmallXlsx(dir, 'damaged.xlsx')))
    const sheetAt = bytes.indexOf('xl/worksheets/sheet1.xml') + 'xl/worksheets/sheet1.xml'.length
    bytes.fill(0xff, sheetAt + 2, sheetAt + 40)
    const error = await readError(await writeBytes(dir, 'damaged.xlsx', bytes))
    expect(error?.reason).toBe('corrupt')
  })

  it('refuses a zip that is not a workbook, and a .xlsx that is not a zip', async () => {
    await expectRefused(await writePlainZip(dir), 'not-xlsx', /zip file but not an Excel workbook/)
    await expectRefused(await writeBytes(dir, 'fake.xlsx', 'id,name\n1,Ana\n'), 'not-xlsx', /ends in \.xlsx but it is not an Excel workbook/)
  })

  it('refuses old .xls and encrypted workbooks with a way out', async () => {
    await expectRefused(await writeBytes(dir, 'old.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])), 'old-xls', /save it as \.xlsx/)
    const file = await writeSmallXlsx(dir, 'locked.xlsx')
    await patchCentralEntry(file, 'xl/worksheets/sheet1.xml', { flags: 1 })
    await expectRefused(file, 'unsupported', /encrypted/)
  })

  it('refuses a row with a cell past column 16,384, naming the sheet and row', async () => {
    const error = await expectRefused(await writeWideXlsx(dir, columnLetter(20_000)), 'too-many-columns', /column 20,000, past the 16,384 columns allowed/)
    expect(error.details).toMatchObject({ sheet: 'Larga', row: 1 })
  })

  it('refuses a cell longer than Excel allows, naming the cell', async () => {
    const error = await expectRefused(await writeLongCellXlsx(dir, 40_000), 'cell-too-long', /cell B1: the cell has 40,000 characters, more than the 32,767 allowed/)
    expect(error.details).toEqual({ file: path.join(dir, 'long-cell.xlsx'), sheet: 'Texto', row: 1, column: 'B' })
  })

  it('never throws anything but a ReadError on randomly damaged workbooks', async () => {
    const original = await readFile(await writeSmallXlsx(dir, 'fuzz-base.xlsx'))
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat(original.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 6 }), fc.nat(original.length), async (flips, cut) => {
        const bytes = Buffer.from(original.subarray(0, Math.max(cut, 4)))
        for (const [at, value] of flips) if (at < bytes.length) bytes[at] = value
        await readError(await writeBytes(dir, 'fuzz.xlsx', bytes))
      }),
      { numRuns: 200 }
    )
  })
})

describe('hostile csv files', () => {
  it('refuses a binary file named .csv', async () => {
    await expectRefused(await writeBytes(dir, 'image.csv', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0x49, 0x48])), 'binary', /NUL bytes/)
  })

  it('refuses NUL bytes that appear after the first megabyte', async () => {
    const bytes = Buffer.concat([Buffer.from('a,b\n'.repeat(400_000)), Buffer.from([0, 0, 0])])
    await expectRefused(await writeBytes(dir, 'late-binary.csv', bytes), 'binary', /NUL bytes/)
  })

  it('refuses a line with no line break longer than the row limit, in bounded time', async () => {
    const started = Date.now()
    await expectRefused(await writeBytes(dir, 'one-line.csv', 'a'.repeat(17 * 1024 * 1024)), 'row-too-long', /longer than 16,777,216 characters/)
    expect(Date.now() - started).toBeLessThan(15_000)
  })

  it('refuses a quote that never closes once it passes the row limit', async () => {
    await expectRefused(await writeBytes(dir, 'open-quote.csv', `id,comment\n1,"${'x,y\n'.repeat(100_000)}`), 'row-too-long', /unclosed quote/, { limits: { maxRowChars: 100_000 } })
  })

  it('refuses a field longer than the cell limit and too many fields, naming the row and column', async () => {
    const long = await expectRefused(await writeBytes(dir, 'long-field.csv', `a,b,c\n1,2,${'x'.repeat(40_000)}\n`), 'cell-too-long', /cell C2/)
    expect(long.details).toMatchObject({ sheet: 'long-field', row: 2, column: 'C' })
    await expectRefused(await writeBytes(dir, 'wide.csv', `${Array.from({ length: 20_000 }, (_, i) => `c${i}`).join(',')}\n`), 'too-many-columns', /20,000 fields/)
  })

  it('reads a million empty lines quickly and finds the row after them', async () => {
    const file = await writeBytes(dir, 'empty-lines.csv', `id\n${'\n'.repeat(1_000_000)}42\n`)
    const rows = []
    for await (const row of (await openSpreadsheet(file)).rows()) rows.push(row)
    expect(rows).toEqual([
      { rowNumber: 1, cells: ['id'] },
      { rowNumber: 1_000_002, cells: ['42'] }
    ])
  })

  it('reads formula-looking text as plain text', async () => {
    const file = await writeBytes(dir, 'formulas.csv', 'a,b\n=HYPERLINK("http://x"),"=cmd|\' /C calc\'!A0"\n')
    const rows = []
    for await (const row of (await openSpreadsheet(file)).rows()) rows.push(row.cells)
    expect(rows[1]).toEqual(['=HYPERLINK("http://x")', "=cmd|' /C calc'!A0"])
  })

  it('says which file is missing or is a folder', async () => {
    await expectRefused(path.join(dir, 'nowhere.csv'), 'not-found', /does not exist/)
    await expectRefused(dir, 'unreadable', /folder/)
  })

  it('never throws anything but a ReadError on random bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), async (bytes) => {
        await readError(await writeBytes(dir, 'random.csv', bytes))
      }),
      { numRuns: 300 }
    )
  })
})
