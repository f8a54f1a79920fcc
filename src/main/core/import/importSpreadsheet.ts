import { statSync } from 'node:fs'
import path from 'node:path'
import { kindSpec, type TableKind } from '../../../shared/model/kinds'
import type { ColumnConventions } from '../../../shared/parse/value'
import type { ImportedSheet, ImportProblem } from '../../../shared/model/imports'
import { PulsoFailure } from '../failure'
import type { Spreadsheet } from '../readers'
import { fieldColumn, kindTable } from '../workspace/schema'
import { queryRows, type Workspace } from '../workspace/workspace'
import { isTotalsRow, type TableDetection } from './detect'
import { detectSheet, missingInWords, openForImport } from './detectSheet'
import { fileSha256 } from './fileHash'
import { rememberMapping } from './mappingMemory'
import { BatchInsert } from './batchInsert'
import { rawCell, rowReader } from './rowReader'

/** What the user (or the CLI) says about one file to import. */
export interface ImportOptions {
  kind?: TableKind
  map?: Record<string, string>
  /** Only this sheet; by default every visible sheet that holds a recognisable table. */
  sheet?: string
  /** Replace an earlier import of the same file (same SHA-256) instead of refusing. */
  replace?: boolean
  /** Conventions for columns whose sample does not decide (the workspace's locale). */
  defaults?: ColumnConventions
  signal?: AbortSignal
  onProgress?: (progress: { sheet: string; rows: number; fraction: number }) => void
}

/** Problems kept per sheet with their full location; the count beyond is still reported. */
export const maxStoredProblems = 10_000

function checkCancelled(signal: AbortSignal | undefined, file: string): void {
  if (signal?.aborted) throw new PulsoFailure('cancelled', `The import of ${path.basename(file)} was cancelled; the workspace is as it was before.`, { file })
}

/** Reads and inserts one sheet inside the caller's transaction. */
async function importSheet(workspace: Workspace, spreadsheet: Spreadsheet, sheet: string, detection: TableDetection, sampleRowNumbers: number[], source: { id: number }, options: ImportOptions): Promise<Omit<ImportedSheet, 'file' | 'sheet' | 'sourceId'>> {
  const { kind, mapping, headers, conventions } = detection
  const readRow = rowReader(kind, mapping, headers, conventions)
  const fields = [...new Set([...mapping.map((m) => m.field), ...(kind === 'revenue' ? ['amount'] : [])])]
  const columns = ['source_id', 'row_number', ...fields.map(fieldColumn), 'attributes']
  const insert = new BatchInsert(workspace.db, kindTable(kind), columns)
  const problemInsert = workspace.db.prepare('INSERT INTO problems (source_id, row_number, column_name, raw, reason) VALUES (?, ?, ?, ?, ?)')
  const firstDataRow = sampleRowNumbers[detection.dataStart] ?? Number.MAX_SAFE_INTEGER
  const dateField = fields.find((f) => f === 'date' || f === 'startDate' || f === 'signupDate' || f === 'month')
  let rowsRead = 0
  let rowsImported = 0
  let problemCount = 0
  let firstDate: string | null = null
  let lastDate: string | null = null
  const problems: ImportProblem[] = []
  try {
    for await (const batch of spreadsheet.rowBatches(sheet)) {
      checkCancelled(options.signal, spreadsheet.file)
      let stop = false
      for (const row of batch.rows) {
        if (row.rowNumber < firstDataRow) continue
        if (isTotalsRow(row.cells.slice(0, 3).map(rawCell))) {
          stop = true
          break
        }
        rowsRead++
        const read = readRow(row.cells)
        for (const p of read.problems) {
          problemCount++
          if (problemCount <= maxStoredProblems) {
            problemInsert.run([source.id, row.rowNumber, p.column, p.raw, p.reason])
            if (problems.length < 200) problems.push({ row: row.rowNumber, column: p.column, raw: p.raw, reason: p.reason })
          }
        }
        if (!read.usable) continue
        insert.add([source.id, row.rowNumber, ...fields.map((f) => (typeof read.values[f] === 'boolean' ? (read.values[f] ? 1 : 0) : (read.values[f] ?? null))), read.attributes ? JSON.stringify(read.attributes) : null])
        rowsImported++
        const day = dateField ? read.values[dateField] : null
        if (typeof day === 'string') {
          if (firstDate === null || day < firstDate) firstDate = day
          if (lastDate === null || day > lastDate) lastDate = day
        }
      }
      options.onProgress?.({ sheet, rows: rowsRead, fraction: batch.progress })
      if (stop) break
    }
    insert.flush()
  } finally {
    insert.free()
    problemInsert.free()
  }
  return { kind, mapping: mapping.map((m) => ({ field: m.field, column: m.header })), rowsRead, rowsImported, problemCount, problems, firstDate, lastDate }
}

/**
 * Imports one csv or xlsx file into the workspace: every sheet that holds a recognisable
 * table (or the one asked for), all-or-nothing. A failure, a cancel or an unreadable
 * file leaves the workspace exactly as it was. Values that cannot be read become
 * problems with their row and column; the rest of the row is kept when it is usable.
 */
export async function importSpreadsheet(workspace: Workspace, file: string, options: ImportOptions = {}): Promise<ImportedSheet[]> {
  const name = path.basename(file)
  const spreadsheet = await openForImport(file)
  const sha256 = await fileSha256(file)
  const earlier = queryRows(workspace.db, 'SELECT id FROM source_files WHERE sha256 = ?', [sha256])
  if (earlier.length > 0 && !options.replace) {
    throw new PulsoFailure('already-imported', `${name} was already imported (same content). Import it again with "replace" to update it.`, { file: name })
  }
  const sheets = options.sheet ? spreadsheet.sheets.filter((s) => s.name === options.sheet) : spreadsheet.sheets.filter((s) => !s.hidden)
  if (sheets.length === 0) throw new PulsoFailure('invalid-input', `${name} has no sheet named "${options.sheet}". Its sheets: ${spreadsheet.sheets.map((s) => s.name).join(', ')}.`, { file: name })
  const size = statSync(file).size

  return workspace.transaction(async () => {
    if (earlier.length > 0) workspace.db.run('DELETE FROM source_files WHERE sha256 = ?', [sha256])
    const results: ImportedSheet[] = []
    const skipped: string[] = []
    for (const sheet of sheets) {
      checkCancelled(options.signal, file)
      const { sample, detection } = await detectSheet(workspace, spreadsheet, sheet.name, options)
      if (detection.headerRow < 0 || detection.missing.length > 0 || detection.overrideProblems.length > 0) {
        const why = detection.overrideProblems.length > 0 ? detection.overrideProblems.join('; ') : detection.headerRow < 0 ? 'no header row was found' : `it looks like ${kindSpec(detection.kind).label.en.toLowerCase()}, but no column was found for: ${missingInWords(detection).join('; ')}`
        skipped.push(`sheet "${sheet.name}": ${why}`)
        continue
      }
      workspace.db.run('INSERT INTO source_files (name, path, sheet, size_bytes, sha256, imported_at, kind, mapping, rows_read, rows_imported) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, 0)', [
        name, path.resolve(file), spreadsheet.format === 'xlsx' ? sheet.name : null, size, sha256, new Date().toISOString(), detection.kind, JSON.stringify(detection.mapping)
      ])
      const id = Number(workspace.db.exec('SELECT last_insert_rowid()')[0].values[0][0])
      const imported = await importSheet(workspace, spreadsheet, sheet.name, detection, sample.rows.map((r) => r.rowNumber), { id }, options)
      workspace.db.run('UPDATE source_files SET rows_read = ?, rows_imported = ?, first_date = ?, last_date = ? WHERE id = ?', [imported.rowsRead, imported.rowsImported, imported.firstDate, imported.lastDate, id])
      rememberMapping(workspace, detection)
      results.push({ ...imported, file: name, sheet: spreadsheet.format === 'xlsx' ? sheet.name : null, sourceId: id })
    }
    checkCancelled(options.signal, file)
    if (results.length === 0) {
      throw new PulsoFailure('bad-file', `${name}: no table Pulso can import was found (${skipped.join('; ')}). Choose the kind and columns yourself (--kind, --map field=Column).`, { file: name })
    }
    return results
  })
}
