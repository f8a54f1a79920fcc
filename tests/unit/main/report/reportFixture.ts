// The sample workspace and its report, made once per test file in a temporary folder, and
// helpers to read the report back with exceljs.
import ExcelJS from 'exceljs'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createSampleWorkspace } from '../../../../src/main/core/sample'

/** A temporary folder with the sample workspace in it. */
export async function sampleFolder(): Promise<{ dir: string; workspace: string; remove: () => void }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pulso-report-test-'))
  const workspace = path.join(dir, 'sample.pulso')
  await createSampleWorkspace(workspace)
  return { dir, workspace, remove: () => rmSync(dir, { recursive: true, force: true }) }
}

/** The workbook of an xlsx file. */
export async function readWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook()
  await book.xlsx.readFile(file)
  return book
}

/** The row whose first cell is `label`, on a sheet (the first one from the top). */
export function rowLabelled(sheet: ExcelJS.Worksheet, label: string): ExcelJS.Row {
  for (let r = 1; r <= sheet.rowCount; r++) if (sheet.getCell(r, 1).value === label) return sheet.getRow(r)
  throw new Error(`No row "${label}" on ${sheet.name}`)
}

/**
 * A formula cell's cached result, read from the cell itself: exceljs's `cell.value` leaves
 * out a result of 0 (it copies only truthy fields), `cell.result` keeps it.
 */
export function cachedResult(cell: ExcelJS.Cell): unknown {
  return cell.formula ? (cell.result as unknown) : undefined
}

/** A cell's number: its value, or a formula's cached result. */
export function numberOf(cell: ExcelJS.Cell): number | null {
  const value = cell.value
  if (typeof value === 'number') return value
  if (cell.formula) {
    const result = cachedResult(cell)
    return typeof result === 'number' ? result : null
  }
  return null
}

/** Every formula cell of a sheet with its address, formula and cached result. */
export function formulaCells(sheet: ExcelJS.Worksheet): { address: string; formula: string; result: unknown }[] {
  const cells: { address: string; formula: string; result: unknown }[] = []
  sheet.eachRow((row) =>
    row.eachCell((cell) => {
      const value = cell.value
      if (value && typeof value === 'object' && 'formula' in value) cells.push({ address: cell.address, formula: String(value.formula), result: cachedResult(cell) })
    })
  )
  return cells
}
