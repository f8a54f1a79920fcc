/**
 * Plain types of the spreadsheet readers: what a cell, a row and a sheet look like once
 * a csv or xlsx file has been read. Nothing here is a class instance or a JS Date, so any
 * of it can be logged, compared in tests or sent across a process boundary as JSON.
 */

/**
 * A calendar value read from a date-formatted xlsx cell, as the wall-clock value the
 * user sees in Excel (no time zone): `2024-12-31` when it has no time of day, otherwise
 * `2024-12-31T08:30:00`. Excel's fictitious 1900-02-29 (serial 60) is kept as
 * `1900-02-29`; time-only values (serial below 1) are dated 1899-12-30.
 */
export interface DateCell {
  kind: 'date'
  value: string
}

/**
 * One cell as read from the file. Text is kept exactly as written (csv cells are always
 * text: turning "1.234,56" into a number is the value parsers' job); an empty cell is
 * null. xlsx errors such as `#N/A` arrive as their text.
 */
export type Cell = string | number | boolean | null | DateCell

/** One row of a sheet: `rowNumber` is the 1-based row the user sees in Excel (for csv, the record number, header included). */
export interface SheetRow {
  rowNumber: number
  /** Cells from column A on; trailing empty cells are not included. */
  cells: Cell[]
}

/** Rows handed over together, with how far through the sheet the reader is. */
export interface RowBatch {
  rows: SheetRow[]
  /** Fraction of the sheet's bytes read so far, from 0 to 1, for a progress bar. */
  progress: number
}

/** A rectangle of cells, 1-based and inclusive, such as a merged header cell. */
export interface CellRange {
  firstRow: number
  firstColumn: number
  lastRow: number
  lastColumn: number
}

/** One sheet of a workbook (a csv file has exactly one, named after the file). */
export interface SheetInfo {
  name: string
  /** Position in the workbook's tab order, from 0. */
  index: number
  /** True when the sheet is hidden in Excel (state hidden or veryHidden). */
  hidden: boolean
}

/** How a csv file was understood, so an import summary can say it. */
export interface CsvFormat {
  encoding: 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be'
  delimiter: ',' | ';' | '\t' | '|'
  /** True when the file starts with a byte order mark. */
  bom: boolean
}

/** Which sheet to read: its name, its index, or its SheetInfo. */
export type SheetRef = string | number | SheetInfo

/**
 * An opened spreadsheet file. Reading is lazy and streaming: nothing but the workbook's
 * small parts (sheet list, styles, shared strings) is held; each call to `rows` reads the
 * file again from disk, and stopping early (break out of the loop) releases it.
 */
export interface Spreadsheet {
  file: string
  format: 'csv' | 'xlsx'
  sheets: SheetInfo[]
  /** Set for csv files only. */
  csv?: CsvFormat
  /** Non-blank rows in order, each with its real row number (gaps are blank rows). */
  rows(sheet?: SheetRef): AsyncIterable<SheetRow>
  /** The same rows in batches, with progress: cheaper per row for large imports. */
  rowBatches(sheet?: SheetRef): AsyncIterable<RowBatch>
  /** The merged ranges of a sheet (none for csv), so a header detector can fill merged header cells. */
  mergedRanges(sheet?: SheetRef): Promise<CellRange[]>
}
