import { isAscii } from 'node:buffer'
import type { ReadLimits } from '../limits'
import { columnLetter, ReadError } from '../readError'
import type { Cell, SheetRow } from '../types'
import { isoToDate, serialToDate } from './dates'
import { cellType, CellType, columnOfRef, digitsValue, elementTags, isNameEnd, utf8 } from './scanText'
import { decodeCellText, refuseDoctype, rootPrefix, stringItemText } from './xml'

/** What the scanner needs from the rest of the workbook. */
export interface SheetContext {
  sharedStrings: string[]
  dateStyles: Uint8Array
  date1904: boolean
  limits: ReadLimits
  file: string
  sheet: string
  part: string
}

/**
 * A hand-written scanner of one worksheet's XML: push the bytes as they are unpacked and
 * get back the rows they complete. Only the text of an unfinished row is carried between
 * pushes, so memory stays flat whatever the sheet's size. The bytes are read as Latin-1
 * (one character per byte, so a chunk never splits a character) and only text values
 * holding non-ASCII bytes are decoded again as UTF-8.
 */
export class SheetScanner {
  /** True once `</sheetData>` was seen: the rest of the part holds no rows. */
  done = false
  private carry = ''
  private carryNonAscii = false
  private started = false
  private inData = false
  private nextRow = 1
  private prefix = ''
  private tags = elementTags('')

  constructor(private readonly context: SheetContext) {}

  /** Scans the next bytes of the sheet; `final` when there are no more. */
  push(bytes: Buffer, final: boolean): SheetRow[] {
    if (this.done) return []
    const text = this.carry + bytes.toString('latin1')
    const nonAscii = this.carryNonAscii || !isAscii(bytes)
    if (!this.started) {
      refuseDoctype(text.slice(0, 65536), { file: this.context.file, sheet: this.context.sheet }, this.context.part)
      const prefix = rootPrefix(text)
      if (prefix === null) {
        this.keep(text, nonAscii, final)
        return []
      }
      this.prefix = prefix
      this.tags = elementTags(prefix)
      this.started = true
    }
    let pos = 0
    if (!this.inData) {
      const open = `<${this.prefix}sheetData`
      let start = text.indexOf(open)
      while (start !== -1 && !isNameEnd(text.charCodeAt(start + open.length))) start = text.indexOf(open, start + 1)
      const tagEnd = start === -1 ? -1 : text.indexOf('>', start)
      if (tagEnd === -1) {
        this.keep(start === -1 ? text.slice(-open.length) : text.slice(start), nonAscii, final)
        return []
      }
      if (text.charCodeAt(tagEnd - 1) === 47) {
        this.finish()
        return []
      }
      this.inData = true
      pos = tagEnd + 1
    }
    const rows: SheetRow[] = []
    const consumed = this.scanRows(text, pos, nonAscii, rows)
    if (final || text.indexOf(this.tags.sheetDataClose, consumed) !== -1) this.finish()
    else this.keep(text.slice(consumed), nonAscii, final)
    return rows
  }

  private finish(): void {
    this.done = true
    this.carry = ''
  }

  private keep(rest: string, nonAscii: boolean, final: boolean): void {
    if (final) return this.finish()
    if (rest.length > this.context.limits.maxRowChars) {
      throw new ReadError('row-too-long', { file: this.context.file, sheet: this.context.sheet, row: this.nextRow }, `a row is longer than ${this.context.limits.maxRowChars.toLocaleString('en')} characters of XML, the longest allowed.`)
    }
    this.carry = rest
    this.carryNonAscii = nonAscii
  }

  /** Scans the complete rows of text from pos (`<row` appears nowhere but in sheetData); returns where the first incomplete row starts. */
  private scanRows(text: string, pos: number, nonAscii: boolean, rows: SheetRow[]): number {
    const open = this.tags.rowOpen
    const close = this.tags.rowClose
    const end = text.length
    for (;;) {
      const start = text.indexOf(open, pos)
      if (start === -1) return pos
      if (start + open.length >= text.length) return start
      if (!isNameEnd(text.charCodeAt(start + open.length))) {
        pos = start + open.length
        continue
      }
      const tagEnd = text.indexOf('>', start)
      if (tagEnd === -1 || tagEnd >= end) return start
      const rowNumber = this.rowNumber(text, start + open.length, tagEnd)
      this.nextRow = rowNumber + 1
      if (text.charCodeAt(tagEnd - 1) === 47) {
        pos = tagEnd + 1
        continue
      }
      const rowEnd = text.indexOf(close, tagEnd)
      if (rowEnd === -1 || rowEnd >= end) {
        this.nextRow = rowNumber
        return start
      }
      const cells = this.scanCells(text, tagEnd + 1, rowEnd, rowNumber, nonAscii)
      if (cells.length > 0) rows.push({ rowNumber, cells })
      pos = rowEnd + close.length
    }
  }

  private rowNumber(text: string, from: number, to: number): number {
    const at = text.indexOf(' r=', from)
    if (at === -1 || at >= to) return this.nextRow
    let n = 0
    for (let i = at + 4; i < to; i++) {
      const d = text.charCodeAt(i) - 48
      if (d < 0 || d > 9) break
      n = n * 10 + d
    }
    return n > 0 ? n : this.nextRow
  }

  private scanCells(text: string, start: number, end: number, rowNumber: number, nonAscii: boolean): Cell[] {
    const cells: Cell[] = []
    const open = this.tags.cellOpen
    const close = this.tags.cellClose
    const { limits } = this.context
    let column = 0
    let pos = start
    for (;;) {
      const c = text.indexOf(open, pos)
      if (c === -1 || c >= end) return cells
      if (!isNameEnd(text.charCodeAt(c + open.length))) {
        pos = c + open.length
        continue
      }
      const tagEnd = text.indexOf('>', c)
      let type: CellType = CellType.Number
      let style = 0
      let ref = 0
      for (let a = c + open.length; a < tagEnd; ) {
        const eq = text.indexOf('=', a)
        if (eq === -1 || eq >= tagEnd) break
        const quote = text.charCodeAt(eq + 1) === 39 ? "'" : '"'
        const valueStart = eq + 2
        const valueEnd = text.indexOf(quote, valueStart)
        // A value whose quote never closes ends the attributes: a damaged tag must never scan again from the start.
        if (valueEnd === -1) break
        const name = text.charCodeAt(eq - 1)
        if (text.charCodeAt(eq - 2) === 32 || text.charCodeAt(eq - 2) === 9) {
          if (name === 114) ref = columnOfRef(text, valueStart, valueEnd)
          else if (name === 115) style = digitsValue(text, valueStart, valueEnd)
          else if (name === 116) type = cellType(text, valueStart, valueEnd)
        }
        a = valueEnd + 1
      }
      column = ref > 0 ? ref : column + 1
      if (column > limits.maxColumns) {
        throw new ReadError('too-many-columns', { file: this.context.file, sheet: this.context.sheet, row: rowNumber }, `the row has a cell in column ${column.toLocaleString('en')}, past the ${limits.maxColumns.toLocaleString('en')} columns allowed.`)
      }
      if (text.charCodeAt(tagEnd - 1) === 47) {
        pos = tagEnd + 1
        continue
      }
      const cellEnd = text.indexOf(close, tagEnd)
      if (cellEnd === -1 || cellEnd > end) {
        throw new ReadError('corrupt', { file: this.context.file, sheet: this.context.sheet, row: rowNumber, column: columnLetter(column) }, 'the cell is not closed in the sheet XML.')
      }
      const value = this.cellValue(text, tagEnd + 1, cellEnd, type, style, nonAscii)
      if (value !== null) {
        if (typeof value === 'string' && value.length > limits.maxCellChars) {
          throw new ReadError('cell-too-long', { file: this.context.file, sheet: this.context.sheet, row: rowNumber, column: columnLetter(column) }, `the cell has ${value.length.toLocaleString('en')} characters, more than the ${limits.maxCellChars.toLocaleString('en')} allowed.`)
        }
        while (cells.length < column - 1) cells.push(null)
        cells[column - 1] = value
      }
      pos = cellEnd + close.length
    }
  }

  private cellValue(text: string, from: number, to: number, type: CellType, style: number, nonAscii: boolean): Cell {
    const tags = this.tags
    if (type === CellType.Inline) {
      const is = text.indexOf(tags.inlineOpen, from)
      if (is === -1 || is >= to) return null
      const value = stringItemText(utf8(text.substring(is, to), nonAscii), this.prefix)
      return value === '' ? null : value
    }
    const v = text.indexOf(tags.valueOpen, from)
    if (v === -1 || v >= to) return null
    const vEnd = text.indexOf('>', v)
    if (text.charCodeAt(vEnd - 1) === 47) return null
    const close = text.indexOf(tags.valueClose, vEnd)
    if (close === -1 || close > to) return null
    const raw = text.substring(vEnd + 1, close)
    switch (type) {
      case CellType.Number: {
        if (raw.length === 0) return null
        const n = +raw
        if (Number.isNaN(n)) return decodeCellText(utf8(raw, nonAscii))
        const { dateStyles } = this.context
        return style < dateStyles.length && dateStyles[style] === 1 ? serialToDate(n, this.context.date1904) : n
      }
      case CellType.Shared: {
        const shared = this.context.sharedStrings[+raw]
        if (shared === undefined) throw new ReadError('corrupt', { file: this.context.file, sheet: this.context.sheet }, `a cell refers to shared string ${raw}, which does not exist.`)
        return shared === '' ? null : shared
      }
      case CellType.Boolean:
        return raw === '1' || raw === 'true'
      case CellType.IsoDate:
        return isoToDate(raw)
      default: {
        const value = decodeCellText(utf8(raw, nonAscii))
        return value === '' ? null : value
      }
    }
  }
}
