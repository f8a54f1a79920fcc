/**
 * The Data sheet, streamed. exceljs's in-memory workbook carries the report's charts,
 * formats and conditional formatting, but holding a million cells in it is slow; its
 * streaming writer is fast but cannot place images. So the Data sheet is added to the
 * workbook with its header and one styled template row, and when the file is written its
 * rows are streamed into the package in place of the template (`spliceDataRows`): cell
 * styles are the template's, text is an inline string (always text, never a formula).
 */
import type ExcelJS from 'exceljs'
import type { CellKind } from './formats'
import type { DataTable, DataValue } from './dataTable'
import { cellText } from './safeText'
import { columnLetter } from './sheetWriter'

/** Excel's last row: a sheet holds the header and at most this many rows below it. */
export const maxDataRows = 1_048_575

const templateValue: Record<CellKind, DataValue> = { text: 'x', count: 0, money: 0, percent: 0, nps: 0, ratio: 0, decimal: 0, date: 1, pp: 0, points: 0 }

/** Adds the Data sheet with its header, template row, widths, frozen header, auto-filter and print setup. */
export function addDataSheet(book: ExcelJS.Workbook, name: string, table: DataTable, formats: Record<CellKind, string>): ExcelJS.Worksheet {
  const rows = Math.min(table.customers.length, maxDataRows)
  const sheet = book.addWorksheet(name, {
    views: [{ state: 'frozen', xSplit: 1, ySplit: 1, topLeftCell: 'B2', activeCell: 'B2' }],
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9 }
  })
  table.columns.forEach((column, i) => {
    const header = sheet.getCell(1, i + 1)
    header.value = column.header
    header.font = { bold: true }
    header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE6F1F4' } }
    const template = sheet.getCell(2, i + 1)
    template.value = templateValue[column.kind]
    template.numFmt = formats[column.kind]
    sheet.getColumn(i + 1).width = columnWidth(column.header, column.kind, table, i)
  })
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: rows + 1, column: table.columns.length } }
  return sheet
}

/** A width that fits the header and the first thousand values of a column. */
function columnWidth(header: string, kind: CellKind, table: DataTable, index: number): number {
  let widest = header.length
  if (kind === 'text') {
    const sample = Math.min(table.customers.length, 1000)
    for (let i = 0; i < sample; i++) widest = Math.max(widest, String(table.columns[index].value(table.customers[i]) ?? '').length)
  } else widest = Math.max(widest, kind === 'money' ? 16 : 10)
  return Math.min(50, widest + 2)
}

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }

function xmlText(text: string): string {
  return cellText(text).replace(/[&<>"]/g, (ch) => escapes[ch])
}

/** The `<row>` elements of rows `start`..`end - 1` (sheet rows 2..), with the template's style per column. */
export function dataRowsXml(table: DataTable, styles: readonly string[], start: number, end: number): string {
  const letters = table.columns.map((_, i) => columnLetter(i + 1))
  const parts: string[] = []
  for (let i = start; i < end; i++) {
    const customer = table.customers[i]
    const r = i + 2
    parts.push(`<row r="${r}">`)
    table.columns.forEach((column, j) => {
      const value = column.value(customer)
      if (value === null || (typeof value === 'number' && !Number.isFinite(value))) return
      const style = styles[j] ? ` s="${styles[j]}"` : ''
      if (typeof value === 'number') parts.push(`<c r="${letters[j]}${r}"${style}><v>${value}</v></c>`)
      else parts.push(`<c r="${letters[j]}${r}"${style} t="inlineStr"><is><t xml:space="preserve">${xmlText(value)}</t></is></c>`)
    })
    parts.push('</row>')
  }
  return parts.join('')
}

/** The sheet XML around the template row: what comes before it, the style of each of its cells, what comes after. */
export function splitAtTemplate(xml: string, columns: number): { before: string; styles: string[]; after: string } {
  const start = xml.indexOf('<row r="2"')
  const end = xml.indexOf('</row>', start)
  if (start < 0 || end < 0) throw new Error('The Data sheet has no template row')
  const styles: string[] = Array.from({ length: columns }, () => '')
  for (const match of xml.slice(start, end).matchAll(/<c r="([A-Z]+)2"(?: s="(\d+)")?/g)) {
    const column = lettersToNumber(match[1])
    if (column <= columns) styles[column - 1] = match[2] ?? ''
  }
  return { before: xml.slice(0, start), styles, after: xml.slice(end + '</row>'.length) }
}

function lettersToNumber(letters: string): number {
  let n = 0
  for (const ch of letters) n = n * 26 + ch.charCodeAt(0) - 64
  return n
}
