import { statSync } from 'node:fs'
import path from 'node:path'
import { kindSpec, type TableKind } from '../../../shared/model/kinds'
import type { ColumnConventions } from '../../../shared/parse/value'
import type { ImportedSheet, ImportProblem } from '../../../shared/model/imports'
import { PulsoFailure } from '../failure'
import type { Spreadsheet } from '../readers'
import { fieldColumn, kindTable } from '../workspace/schema'
import { queryRows, type Workspace } from '../workspace/workspace'
import type { TableDetection } from './detect'
import { asImportFailure, detectSheet, missingInWords, openForImport } from './detectSheet'
import { fileSha256 } from './fileHash'
import { rememberMapping } from './mappingMemory'
import { BatchInsert } from './batchInsert'
import { parsedBatches, storedFields, type SheetPlan } from './parsedBatches'
import { workerBatches } from './workerBatches'

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
  /** The bundled import worker (`import-worker.js` beside the entry): large files are parsed there while this thread inserts. */
  workerFile?: string
  onProgress?: (progress: { sheet: string; rows: number; fraction: number }) => void
}

/** Problems kept per sheet with their full location; the count beyond is still reported. */
export const maxStoredProblems = 10_000

function checkCancelled(signal: AbortSignal | undefined, file: string): void {
  if (signal?.aborted) throw new PulsoFailure('cancelled', `The import of ${path.basename(file)} was cancelled; the workspace is as it was before.`, { file })
}

/** Files from this size on are parsed in the worker thread, when there is one: below it, starting the worker costs more than it saves. */
export const workerThresholdBytes = 4 * 1024 * 1024

/** Reads and inserts one sheet inside the caller's transaction. */
async function importSheet(workspace: Workspace, spreadsheet: Spreadsheet, plan: SheetPlan, sourceId: number, options: ImportOptions & { useWorker: boolean }): Promise<Omit<ImportedSheet, 'file' | 'sheet' | 'sourceId' | 'kind' | 'mapping'>> {
  const insert = new BatchInsert(workspace.db, kindTable(plan.kind), ['source_id', 'row_number', ...plan.fields.map(fieldColumn), 'attributes'])
  const problemInsert = workspace.db.prepare('INSERT INTO problems (source_id, row_number, column_name, raw, reason) VALUES (?, ?, ?, ?, ?)')
  const width = plan.fields.length
  const totals = { rowsRead: 0, rowsImported: 0, problemCount: 0, firstDate: null as string | null, lastDate: null as string | null }
  const problems: ImportProblem[] = []
  const batches = options.useWorker && options.workerFile ? workerBatches(options.workerFile, plan) : parsedBatches(spreadsheet, plan)
  try {
    for await (const batch of batches) {
      checkCancelled(options.signal, spreadsheet.file)
      for (const p of batch.problems) {
        totals.problemCount++
        if (totals.problemCount > maxStoredProblems) continue
        problemInsert.run([sourceId, p.row, p.column, p.raw, p.reason])
        if (problems.length < 200) problems.push({ row: p.row, column: p.column, raw: p.raw, reason: p.reason })
      }
      for (let r = 0; r < batch.rowNumbers.length; r++) {
        insert.add([sourceId, batch.rowNumbers[r], ...batch.values.slice(r * width, r * width + width), batch.attributes[r]])
      }
      totals.rowsRead += batch.rowsRead
      totals.rowsImported += batch.rowNumbers.length
      if (batch.firstDate !== null && (totals.firstDate === null || batch.firstDate < totals.firstDate)) totals.firstDate = batch.firstDate
      if (batch.lastDate !== null && (totals.lastDate === null || batch.lastDate > totals.lastDate)) totals.lastDate = batch.lastDate
      options.onProgress?.({ sheet: plan.sheet, rows: totals.rowsRead, fraction: batch.progress })
    }
    insert.flush()
  } finally {
    insert.free()
    problemInsert.free()
  }
  return { ...totals, problems }
}

/** How to read a sheet, from its detection. */
function sheetPlan(file: string, sheet: string, detection: TableDetection, sampleRowNumbers: number[]): SheetPlan {
  const fields = storedFields(detection.kind, detection.mapping)
  return {
    file,
    sheet,
    kind: detection.kind,
    mapping: detection.mapping,
    headers: detection.headers,
    conventions: detection.conventions,
    firstDataRow: sampleRowNumbers[detection.dataStart] ?? Number.MAX_SAFE_INTEGER,
    fields,
    dateField: fields.find((f) => f === 'date' || f === 'startDate' || f === 'signupDate' || f === 'month') ?? null
  }
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
  const sheets = options.sheet ? spreadsheet.sheets.filter((s) => s.name === options.sheet) : spreadsheet.sheets.filter((s) => !s.hidden)
  if (sheets.length === 0) throw new PulsoFailure('invalid-input', `${name} has no sheet named "${options.sheet}". Its sheets: ${spreadsheet.sheets.map((s) => s.name).join(', ')}.`, { file: name })
  // The same content imported before, sheet by sheet: another sheet of the same workbook is not a duplicate.
  const sheetKey = (sheet: string) => (spreadsheet.format === 'xlsx' ? sheet : null)
  const earlier = sheets.flatMap((sheet) => queryRows(workspace.db, 'SELECT id FROM source_files WHERE sha256 = ? AND sheet IS ?', [sha256, sheetKey(sheet.name)]))
  if (earlier.length > 0 && !options.replace) {
    throw new PulsoFailure('already-imported', `${name} was already imported (same content). Import it again with "replace" to update it.`, { file: name })
  }
  const size = statSync(file).size

  // A limit crossed or damage found while reading rows (after the open) is a bad file too; the transaction is rolled back.
  return workspace.transaction(async () => {
    for (const row of earlier) workspace.db.run('DELETE FROM source_files WHERE id = ?', [row.id])
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
      const plan = sheetPlan(path.resolve(file), sheet.name, detection, sample.rows.map((r) => r.rowNumber))
      const imported = await importSheet(workspace, spreadsheet, plan, id, { ...options, useWorker: size >= workerThresholdBytes })
      workspace.db.run('UPDATE source_files SET rows_read = ?, rows_imported = ?, first_date = ?, last_date = ? WHERE id = ?', [imported.rowsRead, imported.rowsImported, imported.firstDate, imported.lastDate, id])
      rememberMapping(workspace, detection)
      results.push({ ...imported, kind: detection.kind, mapping: detection.mapping.map((m) => ({ field: m.field, column: m.header })), file: name, sheet: spreadsheet.format === 'xlsx' ? sheet.name : null, sourceId: id })
    }
    checkCancelled(options.signal, file)
    if (results.length === 0) {
      throw new PulsoFailure('bad-file', `${name}: no table Pulso can import was found (${skipped.join('; ')}). Choose the kind and columns yourself (--kind, --map field=Column).`, { file: name })
    }
    return results
  }).catch((error: unknown) => {
    throw asImportFailure(error, file)
  })
}
