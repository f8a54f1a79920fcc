import { flattenBatches } from '../csv'
import type { ReadLimits } from '../limits'
import { ReadError } from '../readError'
import type { CellRange, RowBatch, SheetRef, Spreadsheet } from '../types'
import { scanMergedRanges } from './mergedRanges'
import { readSharedStrings } from './sharedStrings'
import { SheetScanner } from './sheetScanner'
import { readWorkbookLayout, type WorkbookLayout, type WorkbookSheet } from './workbook'
import { readEntry, readZipDirectory, type ZipDirectory } from './zip'

/**
 * Opens an xlsx workbook: reads the zip directory, the sheet list, the date system and
 * the date styles now; the shared strings on the first read of a sheet; each sheet's
 * rows as a stream when asked.
 */
export async function openXlsx(file: string, limits: ReadLimits): Promise<Spreadsheet> {
  const dir = await readZipDirectory(file, limits)
  const layout = await readWorkbookLayout(dir, limits)
  let sharedStrings: Promise<string[]> | null = null
  const loadSharedStrings = (): Promise<string[]> => {
    sharedStrings ??= layout.sharedStrings ? readSharedStrings(dir, layout.sharedStrings, limits) : Promise.resolve([])
    return sharedStrings
  }
  const find = (ref: SheetRef | undefined): WorkbookSheet => findSheet(file, layout, ref)
  const rowBatches = (ref?: SheetRef): AsyncIterable<RowBatch> => readSheet(dir, layout, find(ref), loadSharedStrings, limits)
  return {
    file,
    format: 'xlsx',
    sheets: layout.sheets.map(({ name, index, hidden }) => ({ name, index, hidden })),
    rowBatches,
    rows: (ref?: SheetRef) => flattenBatches(rowBatches(ref)),
    mergedRanges: (ref?: SheetRef): Promise<CellRange[]> => scanMergedRanges(dir, find(ref).entry, limits)
  }
}

function findSheet(file: string, layout: WorkbookLayout, ref: SheetRef | undefined): WorkbookSheet {
  const key = ref === undefined ? 0 : typeof ref === 'object' ? ref.index : ref
  const sheet = typeof key === 'number' ? layout.sheets[key] : layout.sheets.find((s) => s.name === key)
  if (!sheet) {
    const names = layout.sheets.map((s) => `"${s.name}"`).join(', ')
    throw new ReadError('unknown-sheet', { file }, `it has no sheet ${typeof key === 'number' ? `number ${key + 1}` : `"${key}"`} (its sheets: ${names || 'none'}).`)
  }
  return sheet
}

async function* readSheet(
  dir: ZipDirectory,
  layout: WorkbookLayout,
  sheet: WorkbookSheet,
  loadSharedStrings: () => Promise<string[]>,
  limits: ReadLimits
): AsyncGenerator<RowBatch> {
  const scanner = new SheetScanner({
    sharedStrings: await loadSharedStrings(),
    dateStyles: layout.dateStyles,
    date1904: layout.date1904,
    limits,
    file: dir.file,
    sheet: sheet.name,
    part: sheet.entry.name
  })
  const packed = Math.max(1, sheet.entry.compressedSize)
  try {
    for await (const chunk of readEntry(dir, sheet.entry, limits)) {
      const rows = scanner.push(chunk.data, false)
      if (rows.length > 0) yield { rows, progress: Math.min(1, chunk.packedBytesRead / packed) }
      if (scanner.done) break
    }
  } catch (error) {
    if (error instanceof ReadError && error.sheet === undefined) {
      throw new ReadError(error.reason, { ...error.details, sheet: sheet.name }, error.message.replace(/^[^:]*: /, ''), { cause: error.cause })
    }
    throw error
  }
  const rows = scanner.push(Buffer.alloc(0), true)
  yield { rows, progress: 1 }
}
