/**
 * Writes one report sheet top to bottom: titles, tables with a styled header, values with
 * their number formats, formulas with their cached results, charts as images; then sets
 * column widths from what was written, frozen header rows, the auto-filter and the print
 * setup (landscape, fit to width). A missing value (null) is written as "—", never 0.
 */
import type ExcelJS from 'exceljs'
import type { CellKind } from './formats'
import { cellText, looksLikeFormula } from './safeText'

export type CellInput = string | number | null

/** The column letters of a 1-based column number (1 -> A, 28 -> AB). */
export function columnLetter(column: number): string {
  let name = ''
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name
  return name
}

/** A cell address ('C5'). */
export function cellRef(column: number, row: number): string {
  return `${columnLetter(column)}${row}`
}

const headerFill: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE6F1F4' } }
const headerBorder: Partial<ExcelJS.Borders> = { bottom: { style: 'thin', color: { argb: 'FF0E7490' } } }

export class SheetWriter {
  /** The next row to write (1-based). */
  row = 1
  private widths: number[] = []
  private chartRow = 1

  constructor(
    readonly sheet: ExcelJS.Worksheet,
    private readonly formats: Record<CellKind, string>,
    private readonly missing: string
  ) {}

  /** A title line in bold. */
  title(text: string, size = 14): void {
    const cell = this.sheet.getCell(this.row, 1)
    cell.value = text
    cell.font = { bold: true, size }
    this.row += 1
  }

  /** A line of plain text (not counted in the column widths, so a long note does not widen column A). */
  note(text: string): void {
    const cell = this.sheet.getCell(this.row, 1)
    cell.value = cellText(text)
    cell.font = { italic: true, color: { argb: 'FF5F6670' } }
    this.row += 1
  }

  /** An empty line. */
  skip(lines = 1): void {
    this.row += lines
  }

  /** A table header at the current row; returns its row number. */
  header(labels: readonly string[]): number {
    labels.forEach((label, i) => {
      const cell = this.sheet.getCell(this.row, i + 1)
      cell.value = label
      cell.font = { bold: true }
      cell.fill = headerFill
      cell.border = headerBorder
      cell.alignment = { vertical: 'middle', wrapText: false }
      this.measure(i + 1, label)
    })
    return this.row++
  }

  /** Writes a value in column `column` of the current row. Text is always a text cell. */
  put(column: number, value: CellInput, kind: CellKind = 'text'): void {
    const cell = this.sheet.getCell(this.row, column)
    if (value === null || (typeof value === 'number' && !Number.isFinite(value))) {
      cell.value = this.missing
      cell.alignment = { horizontal: 'right' }
      return
    }
    if (typeof value === 'string') {
      const text = cellText(value)
      cell.value = text
      if (looksLikeFormula(text)) cell.numFmt = this.formats.text
      this.measure(column, text)
      return
    }
    cell.value = value
    if (kind !== 'text') cell.numFmt = this.formats[kind]
    this.measure(column, kind === 'money' ? 'R$ 0.000.000,00' : kind === 'date' ? '0000-00-00' : '0.000.000,0')
  }

  /**
   * An Excel formula over cells of this sheet with its cached result (the engine's value),
   * so the file shows the number before any recalculation and a reader can click to see
   * how it was computed. Without a result (an empty denominator) the cell says "—".
   */
  formula(column: number, formula: string, result: number | null, kind: CellKind): void {
    if (result === null || !Number.isFinite(result)) return this.put(column, null)
    const cell = this.sheet.getCell(this.row, column)
    cell.value = { formula, result }
    cell.numFmt = this.formats[kind]
    this.measure(column, '0.000.000,0')
  }

  /** Ends the current row. */
  next(): number {
    return this.row++
  }

  /** Bold for the current row's first `columns` cells (a totals row). */
  bold(columns: number): void {
    for (let c = 1; c <= columns; c++) this.sheet.getCell(this.row, c).font = { bold: true }
  }

  /** Freezes the rows above `row` (a table's header row and everything above it stay visible). */
  freezeAbove(row: number): void {
    this.sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: row, topLeftCell: cellRef(1, row + 1), activeCell: cellRef(1, row + 1) }]
  }

  /** The auto-filter over a table: its header row to its last row, columns 1..`columns`. */
  autoFilter(headerRow: number, lastRow: number, columns: number): void {
    this.sheet.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: Math.max(lastRow, headerRow), column: columns } }
  }

  /** A chart image beside the tables (from column `column`), charts stacked downwards. */
  chart(imageId: number, column: number, size = { width: 640, height: 320 }): void {
    this.sheet.addImage(imageId, { tl: { col: column - 1 + 0.3, row: this.chartRow - 1 + 0.3 }, ext: size, editAs: 'oneCell' })
    this.chartRow += Math.ceil(size.height / 20) + 2
  }

  /** A chart image below what was written (so it prints with the table at a readable scale); the next row comes after it. */
  chartBelow(imageId: number, size = { width: 640, height: 320 }): void {
    this.row += 1
    this.sheet.addImage(imageId, { tl: { col: 0.1, row: this.row - 1 }, ext: size, editAs: 'oneCell' })
    this.row += Math.ceil(size.height / 20) + 1
  }

  /** Column widths that fit what was written (within 8..60 characters), and the print setup. */
  finish(): void {
    this.widths.forEach((width, i) => {
      if (width) this.sheet.getColumn(i + 1).width = Math.min(60, Math.max(8, width + 2))
    })
    this.sheet.pageSetup = { ...this.sheet.pageSetup, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9 }
  }

  /** Widens column `column` to fit `text` (the longest line of it). */
  measure(column: number, text: string): void {
    const longest = text.split('\n').reduce((most, line) => Math.max(most, line.length), 0)
    this.widths[column - 1] = Math.max(this.widths[column - 1] ?? 0, longest)
  }
}
