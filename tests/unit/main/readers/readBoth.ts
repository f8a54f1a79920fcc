import ExcelJS from 'exceljs'
import { openSpreadsheet, type Cell } from '../../../../src/main/core/readers'

/** A sheet as plain data: its name and its non-blank rows by row number. */
export interface SheetCells {
  name: string
  rows: Map<number, Cell[]>
}

/** Every sheet of a file read with the Pulso readers. */
export async function readWithPulso(file: string): Promise<SheetCells[]> {
  const book = await openSpreadsheet(file)
  const sheets: SheetCells[] = []
  for (const sheet of book.sheets) {
    const rows = new Map<number, Cell[]>()
    for await (const row of book.rows(sheet)) rows.set(row.rowNumber, row.cells)
    sheets.push({ name: sheet.name, rows })
  }
  return sheets
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0')
}

/** An exceljs Date (UTC-based) as the reader's calendar value, rounded to the second. */
export function dateCell(date: Date): Cell {
  const rounded = new Date(Math.round(date.getTime() / 1000) * 1000)
  const day = `${rounded.getUTCFullYear()}-${pad(rounded.getUTCMonth() + 1)}-${pad(rounded.getUTCDate())}`
  const time = `${pad(rounded.getUTCHours())}:${pad(rounded.getUTCMinutes())}:${pad(rounded.getUTCSeconds())}`
  return { kind: 'date', value: time === '00:00:00' ? day : `${day}T${time}` }
}

/** An exceljs cell value mapped to the reader's cell type. */
export function fromExcelJs(value: ExcelJS.CellValue | undefined): Cell {
  if (value === null || value === undefined) return null
  if (value instanceof Date) return dateCell(value)
  if (typeof value === 'string') return value === '' ? null : value
  if (typeof value === 'number' || typeof value === 'boolean') return value
  if ('richText' in value) return fromExcelJs(value.richText.map((run) => run.text).join(''))
  if ('error' in value) return value.error
  if ('formula' in value || 'sharedFormula' in value) return fromExcelJs(value.result as ExcelJS.CellValue)
  if ('text' in value) return fromExcelJs(value.text as ExcelJS.CellValue)
  return null
}

/** Every sheet of a workbook read whole with exceljs (`workbook.xlsx.readFile`), merged cells' copies left empty. */
export async function readWithExcelJs(file: string): Promise<SheetCells[]> {
  const book = new ExcelJS.Workbook()
  await book.xlsx.readFile(file)
  return book.worksheets.map((sheet) => {
    const rows = new Map<number, Cell[]>()
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: Cell[] = []
      for (let c = 1; c <= row.cellCount; c++) {
        const cell = row.getCell(c)
        cells.push(cell.isMerged && cell.master.address !== cell.address ? null : fromExcelJs(cell.value))
      }
      while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop()
      if (cells.length > 0) rows.set(rowNumber, cells)
    })
    return { name: sheet.name, rows }
  })
}
