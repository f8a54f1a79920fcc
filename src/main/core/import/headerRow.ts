import { isMissing } from '../../../shared/parse/missing'
import { parseDate } from '../../../shared/parse/date'
import { parseNumber } from '../../../shared/parse/number'
import { foldText } from '../../../shared/parse/text'
import { headerWords } from './headerText'

/** A cell as readers give it: text, number, boolean, a Date (exceljs), or blank. */
export type SheetCell = string | number | boolean | Date | null | undefined

/** A Date cell as text (`2024-12-31T10:00:00.000Z`: xlsx dates are zone-less, exceljs makes them UTC). */
export function cellValue(cell: SheetCell): string | number | boolean | null {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? null : cell.toISOString()
  return cell ?? null
}

function isBlank(cell: SheetCell): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '')
}

/** A label: text that is not a number or a date. */
function isLabel(cell: SheetCell): boolean {
  if (typeof cell !== 'string' || isBlank(cell) || isMissing(cell)) return false
  return !parseNumber(cell).ok && !parseDate(cell).ok
}

const filledCount = (row: readonly SheetCell[]): number => row.filter((cell) => !isBlank(cell)).length

/**
 * Finds the header row among the first rows of a sheet: the row, below any title rows,
 * whose cells are labels, that spans at least half the table's width, and that names
 * the most known fields (`knownHeader` says whether a label is a synonym). Ties go to the
 * earliest row. Returns -1 when no row looks like a header.
 */
export function findHeaderRow(rows: ReadonlyArray<readonly SheetCell[]>, knownHeader: (label: string) => boolean, scan = 30): number {
  const limit = Math.min(rows.length, scan)
  const width = Math.max(0, ...rows.slice(0, limit).map(filledCount))
  let best = -1
  let bestScore = -1
  for (let r = 0; r < limit; r++) {
    const cells = rows[r].filter((cell) => !isBlank(cell))
    const labels = cells.filter(isLabel)
    if (cells.length === 0 || labels.length < 0.8 * cells.length) continue
    if (cells.length < Math.max(width >= 2 ? 2 : 1, Math.ceil(width / 2))) continue
    if (new Set(labels.map((cell) => foldText(String(cell)))).size < labels.length) continue
    const known = labels.filter((cell) => knownHeader(String(cell))).length
    const score = known * 2 + cells.length / Math.max(1, width)
    if (score > bestScore) {
      best = r
      bestScore = score
    }
  }
  return best
}

function columnLetter(index: number): string {
  let name = ''
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name
  return name
}

/** True when a sub-header already says its group (`Compra` over `Data da Compra`). */
function repeats(group: string, sub: string): boolean {
  const words = headerWords(sub)
  return headerWords(group).every((word) => words.includes(word))
}

/** The names of the columns and the row where data starts. */
export interface HeaderNames {
  names: string[]
  dataStart: number
}

/**
 * Names every column from the header row, filling blank header cells the way people
 * merge them: from the row above when it is part of a header block (a cell merged down,
 * `Cliente` over a blank), or, when the row below is a sub-header, `Group Sub` from the
 * label merged across (`Valor` over `R$` and `US$`). Columns still unnamed become
 * `Column C`; repeated names get ` (2)`.
 */
export function headerNames(rows: ReadonlyArray<readonly SheetCell[]>, headerRow: number): HeaderNames {
  const header = rows[headerRow] ?? []
  const above = headerRow > 0 ? rows[headerRow - 1] : []
  const below = rows[headerRow + 1] ?? []
  const width = Math.max(header.length, ...rows.slice(headerRow, headerRow + 50).map((row) => row.length))
  const text = (cell: SheetCell): string => (isBlank(cell) ? '' : String(cellValue(cell)).trim())
  const aboveIsHeader = filledCount(above) >= 2 && above.every((cell) => isBlank(cell) || isLabel(cell))
  const blanks = Array.from({ length: width }, (_, c) => text(header[c]) === '')
  const belowIsSubHeader =
    blanks.some((blank, c) => blank && c > 0 && text(header[c - 1]) !== '' && isLabel(below[c])) &&
    below.every((cell) => isBlank(cell) || isLabel(cell)) &&
    filledCount(below) >= 2
  const names: string[] = []
  let group = ''
  for (let c = 0; c < width; c++) {
    let name = text(header[c])
    if (belowIsSubHeader) {
      const sub = text(below[c])
      if (name !== '') group = sub === '' ? '' : name
      const merged = name === '' ? group : name
      name = sub === '' ? merged : merged === '' || repeats(merged, sub) ? sub : `${merged} ${sub}`
    } else if (name === '' && aboveIsHeader) {
      name = text(above[c])
    }
    names.push(name === '' ? `Column ${columnLetter(c)}` : name)
  }
  const seen = new Map<string, number>()
  const unique = names.map((name) => {
    const count = (seen.get(name) ?? 0) + 1
    seen.set(name, count)
    return count === 1 ? name : `${name} (${count})`
  })
  return { names: unique, dataStart: headerRow + (belowIsSubHeader ? 2 : 1) }
}

const TOTAL_WORDS = new Set(['total', 'totais', 'totals', 'soma', 'sum', 'grand total', 'total geral', 'totalgeral', 'subtotal', 'sub total', 'total general'])

/**
 * True for a totals row (`Total`, `Totais`, `Soma`, `Grand total`, `Total geral:` in one
 * of its first three cells), where a reader stops so the sum is not imported as data.
 */
export function isTotalsRow(row: readonly SheetCell[]): boolean {
  for (let c = 0; c < 3 && c < row.length; c++) {
    const cell = row[c]
    // Cheap test first: this runs on every row of a million-row import.
    if (typeof cell === 'string' && cell.length <= 24 && /tot|som|sum/i.test(cell) && TOTAL_WORDS.has(headerWords(cell).join(' '))) return true
  }
  return false
}

/** The first totals row at or after `from`, or null. */
export function findTotalsRow(rows: ReadonlyArray<readonly SheetCell[]>, from: number): number | null {
  for (let r = from; r < rows.length; r++) if (isTotalsRow(rows[r])) return r
  return null
}
