/**
 * Limits that keep a hostile or broken file from taking unbounded time or memory. Each
 * one is far above what a real analyst's spreadsheet needs; crossing it stops the read
 * with a ReadError naming the file and the limit.
 */

const MiB = 1024 * 1024
const GiB = 1024 * MiB

/** Largest unpacked size of one zip entry (one sheet's XML). 2 GiB is about 10M rows of 6 columns. */
export const MAX_ENTRY_UNPACKED_BYTES = 2 * GiB

/** Largest total unpacked size the zip's directory may declare for all its entries together. */
export const MAX_TOTAL_UNPACKED_BYTES = 4 * GiB

/**
 * Largest unpacked/packed ratio of an entry once it has unpacked more than
 * RATIO_CHECK_AFTER_BYTES. Real sheets compress 5-30x; a zip bomb compresses about 1000x.
 */
export const MAX_COMPRESSION_RATIO = 200

/** Small entries (styles, a few repeated rows) may compress better than real sheets: the ratio is checked past this size. */
export const RATIO_CHECK_AFTER_BYTES = 16 * MiB

/** Largest unpacked size of the workbook's small parts held whole in memory: workbook, rels, styles. */
export const MAX_PART_BYTES = 64 * MiB

/** Largest unpacked size of sharedStrings.xml, which is loaded whole (its strings are needed by every row). */
export const MAX_SHARED_STRINGS_BYTES = 512 * MiB

/** Most columns in a row: Excel's own limit (A to XFD). */
export const MAX_COLUMNS = 16_384

/** Longest cell text: Excel's own limit, so anything Excel can hold is read. */
export const MAX_CELL_CHARS = 32_767

/**
 * Longest row, in characters of csv text or of sheet XML. Also bounds a csv "line" that
 * never ends (no newline, or a quote that is never closed).
 */
export const MAX_ROW_CHARS = 16 * MiB

/** All limits together; tests and callers may lower them. */
export interface ReadLimits {
  maxEntryUnpackedBytes: number
  maxTotalUnpackedBytes: number
  maxCompressionRatio: number
  ratioCheckAfterBytes: number
  maxPartBytes: number
  maxSharedStringsBytes: number
  maxColumns: number
  maxCellChars: number
  maxRowChars: number
}

/** The limits used when the caller gives none. */
export const DEFAULT_READ_LIMITS: Readonly<ReadLimits> = Object.freeze({
  maxEntryUnpackedBytes: MAX_ENTRY_UNPACKED_BYTES,
  maxTotalUnpackedBytes: MAX_TOTAL_UNPACKED_BYTES,
  maxCompressionRatio: MAX_COMPRESSION_RATIO,
  ratioCheckAfterBytes: RATIO_CHECK_AFTER_BYTES,
  maxPartBytes: MAX_PART_BYTES,
  maxSharedStringsBytes: MAX_SHARED_STRINGS_BYTES,
  maxColumns: MAX_COLUMNS,
  maxCellChars: MAX_CELL_CHARS,
  maxRowChars: MAX_ROW_CHARS
})

/** The default limits with the caller's overrides. */
export function resolveLimits(overrides?: Partial<ReadLimits>): ReadLimits {
  return { ...DEFAULT_READ_LIMITS, ...overrides }
}
