/**
 * The survey list of the open workspace, as the app asks for it (`export:surveyList`):
 * written only to a path the user chose or to Pulso's own folder (the path grants), only
 * with the extension of the format asked; a file that cannot be written is a `bad-file`
 * failure naming it rather than an internal error.
 */
import path from 'node:path'
import type { ParsedRequestOf } from '../../../shared/api'
import type { Series } from '../../../shared/model/series'
import type { SurveyListExportResult } from '../../../shared/model/surveyList'
import type { WorkspaceSettings } from '../../../shared/model/workspaceSettings'
import { PulsoFailure } from '../failure'
import type { PathGrants } from '../pathGrants'
import { surveyListTable } from './surveyList'
import { writeSurveyList } from './writeSurveyList'

export type SurveyListExportRequest = ParsedRequestOf<'export:surveyList'>

const sheetNames = { en: 'Survey list', 'pt-BR': 'Lista de pesquisa' } as const

/** Writes the survey list of `series` to `request.path` once the extension and the grants allow it. */
export async function exportSurveyList(series: Series, settings: WorkspaceSettings, request: SurveyListExportRequest, grants: PathGrants): Promise<SurveyListExportResult> {
  if (!request.path.toLowerCase().endsWith(`.${request.format}`)) throw new PulsoFailure('invalid-input', `A ${request.format} file name must end in .${request.format}.`)
  const file = grants.check(request.path)
  const lang = request.lang ?? 'en'
  const table = surveyListTable(series, { period: request.period, filters: request.filters, settings: settings.settings, lang })
  try {
    await writeSurveyList(table, file, request.format, { currency: settings.currency, sheetName: sheetNames[lang] })
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code) throw new PulsoFailure('bad-file', `The survey list cannot be written to ${path.basename(file)}: ${(error as Error).message}`, { file: path.basename(file) })
    throw error
  }
  return { file, format: request.format, rows: table.rows.length, day: table.day }
}
