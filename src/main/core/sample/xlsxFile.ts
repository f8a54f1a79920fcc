import ExcelJS from 'exceljs'
import { excelDate } from './calendar'

/** A column of a sample workbook: its header, width, and how its cells are shown. */
export interface XlsxColumn {
  header: string
  width: number
  format?: 'date' | 'money' | 'integer'
}

/** An xlsx cell: `{ day }` is a date (day number), null an empty cell. */
export type XlsxValue = string | number | { day: number } | null

const numberFormats = { date: 'dd/mm/yyyy', money: '"R$" #,##0.00', integer: '0' } as const

/**
 * An xlsx workbook written row by row with exceljs's streaming writer: dates are real
 * Excel dates (`{ day }` cells, shown dd/mm/yyyy), money is a number shown as R$.
 * Call `sheet()` for each sheet in turn, then `close()`.
 */
export class XlsxFile {
  private readonly workbook: ExcelJS.stream.xlsx.WorkbookWriter
  private current: ExcelJS.Worksheet | null = null
  rows = 0

  constructor(
    readonly path: string,
    createdDay: number
  ) {
    this.workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: true, useSharedStrings: false })
    this.workbook.creator = 'Pulso (dados de exemplo)'
    this.workbook.created = excelDate(createdDay)
    this.workbook.modified = excelDate(createdDay)
  }

  /** Starts a sheet with a bold header row; the previous sheet is finished. */
  sheet(name: string, columns: readonly XlsxColumn[]): void {
    this.current?.commit()
    const sheet = this.workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] })
    sheet.columns = columns.map((column, i) => ({ header: column.header, key: `c${i}`, width: column.width, style: column.format ? { numFmt: numberFormats[column.format] } : {} }))
    sheet.getRow(1).font = { bold: true }
    this.current = sheet
  }

  row(values: readonly XlsxValue[]): void {
    if (!this.current) throw new Error('XlsxFile.row() before sheet()')
    this.current.addRow(values.map((value) => (value !== null && typeof value === 'object' ? excelDate(value.day) : value))).commit()
    this.rows++
  }

  async close(): Promise<void> {
    this.current?.commit()
    await this.workbook.commit()
  }
}
