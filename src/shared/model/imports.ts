import type { TableKind } from './kinds'

/** One value that could not be read, where the user can find it. */
export interface ImportProblem {
  /** The row number the user sees in Excel (or the csv record number, header included). */
  row: number
  /** The column's header. */
  column: string
  /** The text as written in the file. */
  raw: string
  reason: string
}

/** What one imported sheet (or csv file) became: the summary shown after import. */
export interface ImportedSheet {
  file: string
  /** The sheet name for xlsx; null for csv. */
  sheet: string | null
  sourceId: number
  kind: TableKind
  /** Which column feeds each field, by header. */
  mapping: { field: string; column: string }[]
  rowsRead: number
  rowsImported: number
  problemCount: number
  /** The first problems (all of them are stored in the workspace). */
  problems: ImportProblem[]
  /** The period the rows cover, as ISO dates or months; null when the table has no dates. */
  firstDate: string | null
  lastDate: string | null
}
