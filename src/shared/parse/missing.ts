import type { RawCell } from './result'
import { foldText } from './text'

/**
 * The spellings spreadsheets use for "no value": blanks, R's `NA`, Excel's `#N/A`
 * (`#N/D` in Portuguese Excel), dashes, `null`. Compared folded (case-insensitive).
 */
export const MISSING_TEXTS: readonly string[] = ['', 'na', 'n/a', 'n.a.', '-', '--', '—', '–', 'null', '#n/d', '#n/a', 'nan']

const missingSet = new Set(MISSING_TEXTS)
const longestMissing = Math.max(...MISSING_TEXTS.map((text) => text.length))

/** True when a cell holds no value, so an optional field stays empty instead of being a problem. */
export function isMissing(raw: RawCell): boolean {
  if (raw === null || raw === undefined) return true
  if (typeof raw !== 'string') return typeof raw === 'number' && Number.isNaN(raw)
  // Most cells are longer than any missing marker: skip the folding, which is costly on every cell.
  const trimmed = raw.trim()
  if (trimmed.length > longestMissing) return false
  return missingSet.has(foldText(trimmed))
}
