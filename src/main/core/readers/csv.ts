import { createReadStream } from 'node:fs'
import { open, stat } from 'node:fs/promises'
import path from 'node:path'
import Papa from 'papaparse'
import { guessEncoding, TextChunkDecoder, type EncodingGuess } from './encoding'
import type { ReadLimits } from './limits'
import { columnLetter, fileSystemError, ReadError } from './readError'
import type { Cell, CsvFormat, RowBatch, SheetInfo, SheetRow, Spreadsheet } from './types'

/** Bytes read at a time: small batches keep the young generation's garbage collection cheap. */
const CHUNK_BYTES = 128 * 1024
/** Bytes read first to guess the encoding, the delimiter and the line ending. */
const SAMPLE_BYTES = 1024 * 1024
/** Records of the sample compared when guessing the delimiter. */
const DELIMITER_SAMPLE_ROWS = 50
const DELIMITERS: CsvFormat['delimiter'][] = [',', ';', '\t', '|']

type Newline = '\r\n' | '\n' | '\r'

interface ParsedChunk {
  data: string[][]
  meta: { cursor: number }
}

/**
 * Opens a csv (or tab/semicolon/pipe separated) text file: guesses its encoding, its
 * delimiter and its line ending from the first megabyte, and reads its records as
 * rows of text cells, streaming.
 */
export async function openCsv(file: string, limits: ReadLimits): Promise<Spreadsheet> {
  const sample = await readSample(file)
  const guess = guessEncoding(sample)
  if (!guess.encoding.startsWith('utf-16') && sample.includes(0)) throw binaryError(file)
  const text = new TextChunkDecoder(guess).decode(sample.subarray(guess.bomLength), sample.length < SAMPLE_BYTES)
  const newline = guessNewline(text)
  const delimiter = guessDelimiter(text, newline, sample.length < SAMPLE_BYTES)
  const sheet: SheetInfo = { name: path.basename(file, path.extname(file)), index: 0, hidden: false }
  const format: CsvFormat = { encoding: guess.encoding, delimiter, bom: guess.bomLength > 0 }
  const rowBatches = (): AsyncIterable<RowBatch> => readCsvBatches(file, guess, format, newline, limits, sheet.name)
  return {
    file,
    format: 'csv',
    sheets: [sheet],
    csv: format,
    rowBatches,
    rows: () => flattenBatches(rowBatches()),
    mergedRanges: async () => []
  }
}

async function readSample(file: string): Promise<Buffer> {
  try {
    const handle = await open(file, 'r')
    try {
      const buffer = Buffer.alloc(SAMPLE_BYTES)
      const { bytesRead } = await handle.read(buffer, 0, SAMPLE_BYTES, 0)
      return buffer.subarray(0, bytesRead)
    } finally {
      await handle.close()
    }
  } catch (error) {
    throw fileSystemError(file, error)
  }
}

function binaryError(file: string): ReadError {
  return new ReadError('binary', { file }, 'it contains NUL bytes, so it is a binary file, not a csv text file.')
}

/** The line ending of the first line: \r\n, \n or a lone \r (old Mac exports). */
function guessNewline(text: string): Newline {
  const lf = text.indexOf('\n')
  const cr = text.indexOf('\r')
  if (cr !== -1 && (lf === -1 || cr < lf)) return text[cr + 1] === '\n' ? '\r\n' : '\r'
  return '\n'
}

/**
 * The delimiter that splits the first records into the same number (more than one) of
 * fields most consistently; ties go to more fields, then to the order `,` `;` tab `|`.
 * A file with one column gets `,`.
 */
export function guessDelimiter(text: string, newline: Newline, whole: boolean): CsvFormat['delimiter'] {
  let best: { delimiter: CsvFormat['delimiter']; consistency: number; fields: number } | null = null
  for (const delimiter of DELIMITERS) {
    const parser = new Papa.Parser({ delimiter, newline, preview: DELIMITER_SAMPLE_ROWS })
    const parsed: ParsedChunk = parser.parse(text, 0, !whole)
    const counts = parsed.data.filter((row) => row.length > 1 || row[0] !== '').map((row) => row.length)
    if (counts.length === 0) continue
    const tally = new Map<number, number>()
    for (const count of counts) tally.set(count, (tally.get(count) ?? 0) + 1)
    let fields = 0
    let most = 0
    for (const [count, times] of tally) {
      if (times > most || (times === most && count > fields)) [fields, most] = [count, times]
    }
    const consistency = most / counts.length
    if (fields < 2) continue
    if (!best || consistency > best.consistency || (consistency === best.consistency && fields > best.fields)) {
      best = { delimiter, consistency, fields }
    }
  }
  return best?.delimiter ?? ','
}

async function* readCsvBatches(
  file: string,
  guess: EncodingGuess,
  format: CsvFormat,
  newline: Newline,
  limits: ReadLimits,
  sheet: string
): AsyncGenerator<RowBatch> {
  const decoder = new TextChunkDecoder(guess)
  const parser = new Papa.Parser({ delimiter: format.delimiter, newline })
  const checkNul = !guess.encoding.startsWith('utf-16')
  const stream = createReadStream(file, { start: guess.bomLength, highWaterMark: CHUNK_BYTES })
  let bytesRead = guess.bomLength
  let partial = ''
  let recordNumber = 0

  const parse = (text: string, final: boolean): SheetRow[] => {
    const input = partial + text
    const parsed: ParsedChunk = parser.parse(input, 0, !final)
    partial = final ? '' : input.slice(parsed.meta.cursor)
    const rows: SheetRow[] = []
    for (const fields of parsed.data) {
      recordNumber++
      const row = toRow(fields, recordNumber, limits, file, sheet)
      if (row) rows.push(row)
    }
    if (partial.length > limits.maxRowChars) {
      throw new ReadError('row-too-long', { file, sheet, row: recordNumber + 1 }, `a record is longer than ${limits.maxRowChars.toLocaleString('en')} characters (the longest row allowed); the file may lack line breaks or have an unclosed quote.`)
    }
    return rows
  }

  try {
    const fileSize = (await stat(file)).size
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      if (checkNul && chunk.includes(0)) throw binaryError(file)
      bytesRead += chunk.length
      const rows = parse(decoder.decode(chunk, false), false)
      yield { rows, progress: fileSize > 0 ? Math.min(1, bytesRead / fileSize) : 0 }
    }
    yield { rows: parse(decoder.decode(new Uint8Array(0), true), true), progress: 1 }
  } catch (error) {
    throw fileSystemError(file, error)
  } finally {
    stream.destroy()
  }
}

function toRow(fields: string[], rowNumber: number, limits: ReadLimits, file: string, sheet: string): SheetRow | null {
  if (fields.length > limits.maxColumns) {
    throw new ReadError('too-many-columns', { file, sheet, row: rowNumber }, `the row has ${fields.length.toLocaleString('en')} fields, more than the ${limits.maxColumns.toLocaleString('en')} columns allowed.`)
  }
  let last = fields.length - 1
  while (last >= 0 && fields[last] === '') last--
  if (last < 0) return null
  const cells: Cell[] = new Array(last + 1)
  for (let i = 0; i <= last; i++) {
    const field = fields[i]
    if (field.length > limits.maxCellChars) {
      throw new ReadError('cell-too-long', { file, sheet, row: rowNumber, column: columnLetter(i + 1) }, `the cell has ${field.length.toLocaleString('en')} characters, more than the ${limits.maxCellChars.toLocaleString('en')} allowed.`)
    }
    cells[i] = field === '' ? null : field
  }
  return { rowNumber, cells }
}

/** Rows of batches, one at a time. */
export async function* flattenBatches(batches: AsyncIterable<RowBatch>): AsyncGenerator<SheetRow> {
  for await (const batch of batches) yield* batch.rows
}
