import path from 'node:path'
import { parseArgs } from 'node:util'
import { isTableKind, TABLE_KINDS } from '../../shared/model/kinds'
import type { ImportedSheet } from '../../shared/model/imports'
import { parseMapOptions } from '../core/import/detect'
import { importSpreadsheet } from '../core/import/importSpreadsheet'
import { PulsoFailure } from '../core/failure'
import { openOrCreateWorkspace } from '../core/workspace/openOrCreate'
import { bundledImportWorker } from './context'
import { UsageError, type CommandIo } from './io'

export const importHelp = `pulso import FILE... --workspace W.pulso [--kind KIND] [--map field=Column]... [--sheet NAME] [--replace] [--json]

Imports csv and xlsx files into a workspace (created when it does not exist), one
transaction per file, and saves it after each file. Prints, per sheet: the kind of
table, which column feeds each field, rows read and imported, the period covered, and
every value that could not be read with its row and column.

  --workspace W.pulso  the workspace file
  --kind KIND          force the kind: ${TABLE_KINDS.map((k) => k.kind).join(', ')}
  --map field=Column   force a field's column, by header or letter (repeatable); field= unmaps it
  --sheet NAME         import only this sheet of an xlsx file
  --replace            replace an earlier import of the same file instead of refusing
  --json               print the summary as JSON

Exit code: 0 all imported, 1 a file could not be imported, 2 wrong usage.`

function printSheet(io: CommandIo, sheet: ImportedSheet): void {
  io.out(`${sheet.file}${sheet.sheet ? ` [${sheet.sheet}]` : ''}: ${sheet.kind}, ${sheet.rowsImported} of ${sheet.rowsRead} rows imported${sheet.firstDate ? `, ${sheet.firstDate} to ${sheet.lastDate}` : ''}`)
  io.out(`  mapping: ${sheet.mapping.map((m) => `${m.field}=${m.column}`).join(', ')}`)
  if (sheet.problemCount === 0) return
  io.out(`  ${sheet.problemCount} problem${sheet.problemCount === 1 ? '' : 's'}:`)
  for (const p of sheet.problems.slice(0, 20)) io.out(`    row ${p.row}, column ${p.column}: ${p.reason}${p.raw ? ` ("${p.raw}")` : ''}`)
  if (sheet.problemCount > 20) io.out(`    … and ${sheet.problemCount - 20} more (all are kept in the workspace)`)
}

/** `pulso import`: returns the exit code. */
export async function importCommand(args: string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { workspace: { type: 'string', short: 'w' }, kind: { type: 'string' }, map: { type: 'string', multiple: true }, sheet: { type: 'string' }, replace: { type: 'boolean' }, json: { type: 'boolean' } }
  })
  if (!values.workspace) throw new UsageError('--workspace W.pulso is required.')
  if (positionals.length === 0) throw new UsageError('Name at least one csv or xlsx file to import.')
  if (values.kind && !isTableKind(values.kind)) throw new UsageError(`--kind must be one of ${TABLE_KINDS.map((k) => k.kind).join(', ')}; "${values.kind}" is not.`)
  const { map, problems } = parseMapOptions(values.map ?? [])
  if (problems.length > 0) throw new UsageError(problems.join('; '))

  const workspace = await openOrCreateWorkspace(path.resolve(values.workspace))
  const report: { file: string; sheets?: ImportedSheet[]; error?: { code: string; message: string } }[] = []
  let failed = false
  try {
    for (const file of positionals) {
      try {
        const sheets = await importSpreadsheet(workspace, path.resolve(file), { kind: values.kind && isTableKind(values.kind) ? values.kind : undefined, map, sheet: values.sheet, replace: values.replace, workerFile: bundledImportWorker() })
        workspace.save()
        report.push({ file, sheets })
        if (!values.json) sheets.forEach((sheet) => printSheet(io, sheet))
      } catch (error) {
        if (!(error instanceof PulsoFailure)) throw error
        failed = true
        report.push({ file, error: { code: error.code, message: error.message } })
        io.err(`pulso: ${error.message}`)
      }
    }
  } finally {
    workspace.close()
  }
  if (values.json) io.out(JSON.stringify({ workspace: path.resolve(values.workspace), files: report }, null, 2))
  else io.out(`Workspace saved: ${path.resolve(values.workspace)}`)
  return failed ? 1 : 0
}
