import type { SqlValue } from 'sql.js'
import type { TableKind } from '../../../shared/model/kinds'
import type { ColumnConventions } from '../../../shared/parse/value'
import type { Spreadsheet } from '../readers'
import { isTotalsRow, type FieldMapping } from './detect'
import { rawCell, rowReader, type CellProblem } from './rowReader'

/** How to read one sheet's data rows: plain data, so it can be sent to a worker thread. */
export interface SheetPlan {
  file: string
  sheet: string
  kind: TableKind
  mapping: FieldMapping[]
  headers: string[]
  conventions: ColumnConventions[]
  /** The row number of the first data row (below the header). */
  firstDataRow: number
  /** The fields stored, in column order. */
  fields: string[]
  /** The field whose dates give the period the table covers, if any. */
  dateField: string | null
}

/** Parsed rows ready to insert: `values` holds `fields.length` values per usable row. */
export interface ParsedBatch {
  rowNumbers: number[]
  values: SqlValue[]
  attributes: (string | null)[]
  problems: (CellProblem & { row: number })[]
  /** Data rows read in this batch, usable or not. */
  rowsRead: number
  firstDate: string | null
  lastDate: string | null
  /** How far through the sheet, from 0 to 1. */
  progress: number
}

/** The fields a sheet stores: its mapped fields, and `amount` for revenue (from quantity x unit price). */
export function storedFields(kind: TableKind, mapping: readonly FieldMapping[]): string[] {
  return [...new Set([...mapping.map((m) => m.field), ...(kind === 'revenue' ? ['amount'] : [])])]
}

/**
 * Reads a sheet's data rows in batches, each value parsed with its column's conventions,
 * up to the totals row. Runs in the import worker, or in-process for small files.
 */
export async function* parsedBatches(spreadsheet: Spreadsheet, plan: SheetPlan): AsyncGenerator<ParsedBatch> {
  const readRow = rowReader(plan.kind, plan.mapping, plan.headers, plan.conventions)
  for await (const batch of spreadsheet.rowBatches(plan.sheet)) {
    const out: ParsedBatch = { rowNumbers: [], values: [], attributes: [], problems: [], rowsRead: 0, firstDate: null, lastDate: null, progress: batch.progress }
    let stop = false
    for (const row of batch.rows) {
      if (row.rowNumber < plan.firstDataRow) continue
      if (isTotalsRow(row.cells.slice(0, 3).map(rawCell))) {
        stop = true
        break
      }
      out.rowsRead++
      const read = readRow(row.cells)
      for (const problem of read.problems) out.problems.push({ ...problem, row: row.rowNumber })
      if (!read.usable) continue
      out.rowNumbers.push(row.rowNumber)
      for (const field of plan.fields) {
        const value = read.values[field]
        out.values.push(typeof value === 'boolean' ? (value ? 1 : 0) : (value ?? null))
      }
      out.attributes.push(read.attributes ? JSON.stringify(read.attributes) : null)
      const day = plan.dateField ? read.values[plan.dateField] : null
      if (typeof day === 'string') {
        if (out.firstDate === null || day < out.firstDate) out.firstDate = day
        if (out.lastDate === null || day > out.lastDate) out.lastDate = day
      }
    }
    yield out
    if (stop) return
  }
}
