/**
 * Writes the survey list as csv or xlsx. Text from the data goes through the core's
 * formula-injection helpers (`csvSafeText`, `xlsxSafeText`): in a csv a formula-looking
 * text gets a leading `'`; in an xlsx every text is a string cell, and a formula-looking one
 * also gets the Text number format so editing the cell keeps it text. The file is written
 * next to its place and renamed into it, so a failed write leaves no half file.
 */
import ExcelJS from 'exceljs'
import { renameSync, rmSync, writeFileSync } from 'node:fs'
import { parseDay } from '../../../shared/metrics/calendar'
import type { SurveyListFormat } from '../../../shared/model/surveyList'
import { excelSerial, numberFormats } from '../report/formats'
import { cellText } from '../report/safeText'
import { csvSafeText, looksLikeFormula, xlsxSafeText } from './safeText'
import type { SurveyListTable } from './surveyList'

/** One csv field: text made safe, quoted when it holds a separator, a quote or a line break. */
function csvField(value: string | number | null, text: boolean): string {
  if (value === null) return ''
  const raw = typeof value === 'number' ? String(value) : text ? csvSafeText(value) : value
  return /[",\r\n]/.test(raw) ? `"${raw.replace(/"/g, '""')}"` : raw
}

/** The list as csv: UTF-8 with a BOM (so Excel reads accents), comma separated, CRLF line ends, numbers with a point. */
export function surveyListCsv(table: SurveyListTable): string {
  const lines = [table.headers.map((header) => csvField(header, true)).join(',')]
  for (const row of table.rows) lines.push(row.map((value, i) => csvField(value, table.kinds[i] === 'text')).join(','))
  return `\uFEFF${lines.join('\r\n')}\r\n`
}

/** A text cell: a string (never a formula); formula-looking text also gets the Text format. */
function putText(cell: ExcelJS.Cell, text: string): void {
  cell.value = xlsxSafeText(cellText(text))
  if (looksLikeFormula(text)) cell.numFmt = '@'
}

/** Writes the list as an xlsx with the streaming writer: a frozen bold header, an auto-filter, dates and money formatted. */
async function writeXlsx(table: SurveyListTable, file: string, currency: string, sheetName: string): Promise<void> {
  const formats = numberFormats(currency)
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: true })
  book.creator = 'Pulso'
  const sheet = book.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] })
  sheet.columns = table.headers.map((header, i) => ({ key: String(i), width: Math.min(40, Math.max(header.length, table.kinds[i] === 'text' ? 12 : 14) + 2) }))
  const header = sheet.getRow(1)
  table.headers.forEach((text, i) => putText(header.getCell(i + 1), text))
  header.font = { bold: true }
  header.commit()
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: table.rows.length + 1, column: table.headers.length } }
  table.rows.forEach((values, r) => {
    const row = sheet.getRow(r + 2)
    values.forEach((value, i) => {
      if (value === null) return
      const cell = row.getCell(i + 1)
      const kind = table.kinds[i]
      const day = kind === 'date' && typeof value === 'string' ? parseDay(value) : null
      if (day !== null) {
        cell.value = excelSerial(day)
        cell.numFmt = formats.date
      } else if (kind === 'money' && typeof value === 'number') {
        cell.value = value
        cell.numFmt = formats.money
      } else putText(cell, String(value))
    })
    row.commit()
  })
  sheet.commit()
  await book.commit()
}

/** Writes the list to `file` in the format asked (the temp file first, then renamed). */
export async function writeSurveyList(table: SurveyListTable, file: string, format: SurveyListFormat, options: { currency: string; sheetName: string }): Promise<void> {
  const temp = `${file}.tmp-${process.pid}-${Date.now()}`
  try {
    if (format === 'csv') writeFileSync(temp, surveyListCsv(table), 'utf8')
    else await writeXlsx(table, temp, options.currency, options.sheetName)
    renameSync(temp, file)
  } catch (error) {
    rmSync(temp, { force: true })
    throw error
  }
}
