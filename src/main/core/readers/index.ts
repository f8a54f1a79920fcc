import { open } from 'node:fs/promises'
import path from 'node:path'
import { openCsv } from './csv'
import { resolveLimits, type ReadLimits } from './limits'
import { fileSystemError, ReadError } from './readError'
import type { Spreadsheet } from './types'
import { openXlsx } from './xlsx'

export * from './types'
export * from './limits'
export { ReadError, columnLetter, type ReadErrorReason, type ReadErrorPlace } from './readError'

/** How to open a spreadsheet. */
export interface OpenSpreadsheetOptions {
  /** Lower (or raise) the limits against hostile files; the defaults are DEFAULT_READ_LIMITS. */
  limits?: Partial<ReadLimits>
}

const XLSX_NAMES = /\.(xlsx|xlsm|xltx|xltm|xls|xlsb)$/i

/**
 * Opens a csv or xlsx file for streaming reads. The format comes from the file's first
 * bytes, not its name: a zip is read as an xlsx workbook, an old binary .xls (or a
 * password-protected workbook) is refused with a clear message, anything else is read
 * as delimited text. Throws a ReadError for any file it cannot read.
 */
export async function openSpreadsheet(file: string, options: OpenSpreadsheetOptions = {}): Promise<Spreadsheet> {
  const limits = resolveLimits(options.limits)
  const magic = await readMagic(file)
  if (magic.length >= 4 && magic[0] === 0x50 && magic[1] === 0x4b && (magic[2] === 3 || magic[2] === 5)) return openXlsx(file, limits)
  if (magic.length >= 4 && magic.readUInt32BE(0) === 0xd0cf11e0) {
    throw new ReadError('old-xls', { file }, 'it is an old Excel 97-2003 (.xls) workbook or a password-protected one; save it as .xlsx (without a password) and open it again.')
  }
  if (XLSX_NAMES.test(file)) throw new ReadError('not-xlsx', { file }, `its name ends in ${path.extname(file)} but it is not an Excel workbook (it is not a zip file).`)
  return openCsv(file, limits)
}

async function readMagic(file: string): Promise<Buffer> {
  try {
    const handle = await open(file, 'r')
    try {
      const buffer = Buffer.alloc(8)
      const { bytesRead } = await handle.read(buffer, 0, 8, 0)
      return buffer.subarray(0, bytesRead)
    } finally {
      await handle.close()
    }
  } catch (error) {
    throw fileSystemError(file, error)
  }
}
