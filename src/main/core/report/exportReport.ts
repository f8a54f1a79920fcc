/**
 * The report of the open workspace, as the app asks for it (`report:export`): written only
 * to a path the user chose or to Pulso's own folder, only as a .xlsx, and a file that
 * cannot be written is a `bad-file` failure naming it rather than an internal error.
 */
import path from 'node:path'
import type { ParsedRequestOf } from '../../../shared/api'
import type { ReportExportResult } from '../../../shared/model/report'
import { PulsoFailure } from '../failure'
import type { PathGrants } from '../pathGrants'
import { writeReport, type ReportData } from './writeReport'

export type ReportExportRequest = ParsedRequestOf<'report:export'>

/** Writes the report of `data` to `request.path` once the grants allow it. */
export async function exportReport(data: ReportData, request: ReportExportRequest, grants: PathGrants, version: string): Promise<ReportExportResult> {
  if (!request.path.toLowerCase().endsWith('.xlsx')) throw new PulsoFailure('invalid-input', 'A report file name must end in .xlsx.')
  const file = grants.check(request.path)
  try {
    return await writeReport(data, { file, from: request.from, to: request.to, compare: request.compare, lang: request.lang, filters: request.filters, sheets: request.sheets, data: request.data, version })
  } catch (error) {
    if (error instanceof PulsoFailure) throw error
    const code = (error as NodeJS.ErrnoException).code
    if (code) throw new PulsoFailure('bad-file', `The report cannot be written to ${path.basename(file)}: ${(error as Error).message}`, { file: path.basename(file) })
    throw error
  }
}
