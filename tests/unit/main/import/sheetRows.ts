import { openSync, readSync, closeSync } from 'node:fs'
import ExcelJS from 'exceljs'
import Papa from 'papaparse'
import type { SheetCell } from '../../../../src/main/core/import/detect'

/** The first bytes of a file as text: UTF-8 when it decodes, else Latin-1 (the Botanic file). */
function headText(file: string, bytes = 256 * 1024): string {
  const fd = openSync(file, 'r')
  const buffer = Buffer.alloc(bytes)
  const read = readSync(fd, buffer, 0, bytes, 0)
  closeSync(fd)
  const head = buffer.subarray(0, read)
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(head.subarray(0, Math.max(0, read - 4)))
  } catch {
    return new TextDecoder('latin1').decode(head)
  }
}

/** The first rows of a csv file as text cells (a test stand-in for the real reader). */
export function csvRows(file: string, rows = 300): string[][] {
  const parsed = Papa.parse<string[]>(headText(file), { preview: rows, skipEmptyLines: false })
  return parsed.data
}

function plain(value: ExcelJS.CellValue): SheetCell {
  if (value === null || value === undefined) return null
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value
  if ('richText' in value) return value.richText.map((part) => part.text).join('')
  if ('result' in value) return plain(value.result as ExcelJS.CellValue)
  if ('text' in value) return String(value.text)
  return null
}

/** The first rows of every sheet of an xlsx file, by sheet name. */
export async function xlsxRows(file: string, rows = 300): Promise<Map<string, SheetCell[][]>> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.readFile(file)
  const sheets = new Map<string, SheetCell[][]>()
  workbook.eachSheet((sheet) => {
    const out: SheetCell[][] = []
    const columns = Math.max(0, ...Array.from({ length: Math.min(rows, sheet.rowCount) }, (_, i) => sheet.getRow(i + 1).cellCount))
    for (let r = 1; r <= Math.min(rows, sheet.rowCount); r++) {
      const row = sheet.getRow(r)
      const cells: SheetCell[] = []
      for (let c = 1; c <= columns; c++) cells.push(plain(row.getCell(c).value))
      out.push(cells)
    }
    sheets.set(sheet.name, out)
  })
  return sheets
}
