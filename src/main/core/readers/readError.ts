import path from 'node:path'

/** Why a file could not be read; stable, so the UI can pick its own words by it. */
export type ReadErrorReason =
  | 'not-found'
  | 'unreadable'
  | 'binary'
  | 'old-xls'
  | 'not-xlsx'
  | 'corrupt'
  | 'unsupported'
  | 'zip-bomb'
  | 'too-large'
  | 'xml-doctype'
  | 'too-many-columns'
  | 'cell-too-long'
  | 'row-too-long'
  | 'unknown-sheet'

/** Where in the file the problem is; all optional but the file. */
export interface ReadErrorPlace {
  file: string
  sheet?: string
  row?: number
  /** Spreadsheet column letter: `A`, `AB`. */
  column?: string
}

/**
 * The one error the readers throw for a file they cannot read: the file is bad, too
 * big, hostile or not what its name says. The message is English, names the file (its
 * base name) and, for a limit, the limit.
 */
export class ReadError extends Error {
  readonly reason: ReadErrorReason
  readonly file: string
  readonly sheet?: string
  readonly row?: number
  readonly column?: string

  constructor(reason: ReadErrorReason, place: ReadErrorPlace, problem: string, options?: { cause?: unknown }) {
    super(`${describePlace(place)}: ${problem}`, options)
    this.name = 'ReadError'
    this.reason = reason
    this.file = place.file
    if (place.sheet !== undefined) this.sheet = place.sheet
    if (place.row !== undefined) this.row = place.row
    if (place.column !== undefined) this.column = place.column
  }

  /** The place as plain data, for an error record that crosses a process boundary. */
  get details(): ReadErrorPlace {
    return { file: this.file, sheet: this.sheet, row: this.row, column: this.column }
  }
}

function describePlace(place: ReadErrorPlace): string {
  let where = `"${path.basename(place.file)}"`
  if (place.sheet !== undefined) where += `, sheet "${place.sheet}"`
  if (place.row !== undefined && place.column !== undefined) where += `, cell ${place.column}${place.row}`
  else if (place.row !== undefined) where += `, row ${place.row}`
  else if (place.column !== undefined) where += `, column ${place.column}`
  return `Cannot read ${where}`
}

/** The spreadsheet letter of a 1-based column number: 1 -> A, 28 -> AB. */
export function columnLetter(column: number): string {
  let letters = ''
  let n = column
  while (n > 0) {
    const rest = (n - 1) % 26
    letters = String.fromCharCode(65 + rest) + letters
    n = Math.floor((n - 1) / 26)
  }
  return letters
}

/** Formats a byte count for a message: `2 GiB`, `16 MiB`, `512 KiB`. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 ** 3) return `${+(bytes / 1024 ** 3).toFixed(1)} GiB`
  if (bytes >= 1024 ** 2) return `${+(bytes / 1024 ** 2).toFixed(1)} MiB`
  if (bytes >= 1024) return `${+(bytes / 1024).toFixed(1)} KiB`
  return `${bytes} bytes`
}

/** A ReadError for a failed file system call (missing file, no permission, a folder). */
export function fileSystemError(file: string, error: unknown): ReadError {
  if (error instanceof ReadError) return error
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  if (code === 'ENOENT') return new ReadError('not-found', { file }, 'the file does not exist.', { cause: error })
  const what = code === 'EISDIR' ? 'it is a folder, not a file' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : String((error as Error | undefined)?.message ?? error)
  return new ReadError('unreadable', { file }, `${what}.`, { cause: error })
}
