import type { ReadLimits } from '../limits'
import { formatBytes, ReadError } from '../readError'
import type { CellRange } from '../types'
import { readEntry, type ZipDirectory, type ZipEntry } from './zip'

const MERGE_CELL = /<(?:[\w.-]+:)?mergeCell\s[^>]*?\bref\s*=\s*["']([A-Za-z]+)(\d+)(?::([A-Za-z]+)(\d+))?["']/g

const ROWS_END = /<\/(?:[\w.-]+:)?sheetData>|<(?:[\w.-]+:)?sheetData\s*\/>/

/** The 1-based column number of column letters: A -> 1, AB -> 28. */
export function columnNumber(letters: string): number {
  let n = 0
  for (let i = 0; i < letters.length; i++) n = n * 26 + ((letters.charCodeAt(i) | 32) - 96)
  return n
}

/**
 * The merged ranges of a sheet (`<mergeCells>`, written after the rows). Unpacks the
 * sheet without scanning its rows and keeps only the text after `</sheetData>`.
 */
export async function scanMergedRanges(dir: ZipDirectory, entry: ZipEntry, limits: ReadLimits): Promise<CellRange[]> {
  let tail: string | null = null
  let edge = ''
  for await (const chunk of readEntry(dir, entry, limits)) {
    const text = chunk.data.toString('latin1')
    if (tail !== null) {
      tail += text
      if (tail.length > limits.maxPartBytes) throw new ReadError('too-large', { file: dir.file }, `the end of "${entry.name}" after its rows is larger than ${formatBytes(limits.maxPartBytes)}.`)
      continue
    }
    const joined = edge + text
    const end = ROWS_END.exec(joined)
    if (end) tail = joined.slice(end.index)
    edge = joined.slice(-64)
  }
  const ranges: CellRange[] = []
  for (const match of (tail ?? '').matchAll(MERGE_CELL)) {
    const first = { column: columnNumber(match[1]), row: Number(match[2]) }
    const last = match[3] ? { column: columnNumber(match[3]), row: Number(match[4]) } : first
    ranges.push({ firstRow: first.row, firstColumn: first.column, lastRow: last.row, lastColumn: last.column })
  }
  return ranges
}
