/** The list of customers due for a survey as the workbench exports it (`export:surveyList`) and what the core answers. */

/** The file formats of the export. */
export const surveyListFormats = ['xlsx', 'csv'] as const
export type SurveyListFormat = (typeof surveyListFormats)[number]

/** What was written. */
export interface SurveyListExportResult {
  /** The absolute path of the file written. */
  file: string
  format: SurveyListFormat
  /** Customers in the list (rows below the header). */
  rows: number
  /** The day the list is taken on ('YYYY-MM-DD': the last day of the period); null when the data has no months. */
  day: string | null
}
