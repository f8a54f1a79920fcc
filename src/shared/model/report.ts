/** The Excel report as the workbench asks for it (`report:export`) and what the core answers. */
import type { Period } from '../metrics/periods'

/** The report's languages. */
export const reportLanguages = ['pt-BR', 'en'] as const
export type ReportLanguage = (typeof reportLanguages)[number]

/**
 * The report's sheets a dashboard can export on its own (`report:export`'s `sheets`), in
 * the report's order. About is always written; Comparison when a comparison is asked;
 * Data when asked.
 */
export const reportSheetIds = ['summary', 'churn', 'revenue', 'nps', 'cohorts', 'activation', 'campaigns'] as const
export type ReportSheetId = (typeof reportSheetIds)[number]

/** What was written: the file, its sheets in order, the sheets left out and why, the period, the Data rows and the charts. */
export interface ReportExportResult {
  /** The absolute path of the .xlsx written. */
  file: string
  sheets: string[]
  leftOut: { sheet: string; why: string }[]
  /** The report's period; null when the data has no dates. */
  period: Period | null
  dataRows: number
  charts: number
}
