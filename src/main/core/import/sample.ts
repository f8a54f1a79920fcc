import type { Cell, CellRange, SheetRow, Spreadsheet } from '../readers'
import type { SheetCell } from './detect'
import { rawCell } from './rowReader'

/** The first rows of a sheet, as read and as the detector takes them (merged cells filled). */
export interface SheetSample {
  rows: SheetRow[]
  cells: SheetCell[][]
}

/** Copies the top-left value of each merged range over the range, within the sample. */
function fillMerged(rows: SheetRow[], cells: SheetCell[][], ranges: readonly CellRange[]): void {
  const indexOfRow = new Map(rows.map((row, index) => [row.rowNumber, index]))
  for (const range of ranges) {
    const top = indexOfRow.get(range.firstRow)
    if (top === undefined) continue
    const value = cells[top][range.firstColumn - 1]
    for (let r = range.firstRow; r <= range.lastRow; r++) {
      const index = indexOfRow.get(r)
      if (index === undefined) continue
      for (let c = range.firstColumn - 1; c < range.lastColumn; c++) {
        if (cells[index][c] === undefined || cells[index][c] === null || cells[index][c] === '') cells[index][c] = value
      }
    }
  }
}

/** Reads the first `count` non-blank rows of a sheet, stopping the reader early. */
export async function readSample(spreadsheet: Spreadsheet, sheet: string, count = 250): Promise<SheetSample> {
  const rows: SheetRow[] = []
  for await (const row of spreadsheet.rows(sheet)) {
    rows.push(row)
    if (rows.length >= count) break
  }
  const cells: SheetCell[][] = rows.map((row) => row.cells.map((cell: Cell) => rawCell(cell) ?? null))
  fillMerged(rows, cells, await spreadsheet.mergedRanges(sheet))
  return { rows, cells }
}
