/**
 * Writes the report's xlsx package to disk: every part of exceljs's workbook as it is,
 * except the Data sheet, whose rows are streamed in place of its template row, a few
 * thousand rows per compressed chunk, so a million-row table never sits in memory as cells.
 * The file appears only once complete (written beside it, then renamed).
 */
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs'
import { unzipSync, Zip, ZipDeflate } from 'fflate'
import { dataRowsXml, splitAtTemplate } from './dataSheet'
import type { DataTable } from './dataTable'
import { columnLetter } from './sheetWriter'

/** The Data sheet to stream: its part in the package and its table (the first `rows` customers). */
export interface DataPart {
  path: string
  table: DataTable
  rows: number
}

const rowsPerChunk = 4000

export function writeReportPackage(workbook: Uint8Array, file: string, data: DataPart | null): void {
  const parts = unzipSync(workbook)
  const temporary = `${file}.${process.pid}.tmp`
  const fd = openSync(temporary, 'w')
  let failure: Error | null = null
  try {
    const zip = new Zip((error, chunk) => {
      if (error) failure = error
      else writeSync(fd, chunk)
    })
    for (const [name, bytes] of Object.entries(parts)) {
      const entry = new ZipDeflate(name, { level: name === data?.path ? 3 : 6 })
      zip.add(entry)
      if (name !== data?.path) {
        entry.push(bytes, true)
        continue
      }
      const columns = data.table.columns.length
      const { before, styles, after } = splitAtTemplate(Buffer.from(bytes).toString('utf8'), columns)
      const dimension = `<dimension ref="A1:${columnLetter(columns)}${data.rows + 1}"/>`
      entry.push(Buffer.from(before.replace(/<dimension ref="[^"]*"\/>/, dimension), 'utf8'))
      for (let start = 0; start < data.rows; start += rowsPerChunk) {
        entry.push(Buffer.from(dataRowsXml(data.table, styles, start, Math.min(data.rows, start + rowsPerChunk)), 'utf8'))
      }
      entry.push(Buffer.from(after, 'utf8'), true)
    }
    zip.end()
    if (failure) throw failure
    fsyncSync(fd)
  } catch (error) {
    closeSync(fd)
    rmSync(temporary, { force: true })
    throw error
  }
  closeSync(fd)
  renameSync(temporary, file)
}
