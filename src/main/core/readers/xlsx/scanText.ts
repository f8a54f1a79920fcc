/** Small text helpers of the sheet scanner: tag names, attribute values, UTF-8 fix-ups. */

/** The kinds of cell value, from the `t` attribute. */
export const CellType = { Number: 0, Shared: 1, Text: 2, Inline: 3, Boolean: 4, Error: 5, IsoDate: 6 } as const
/** One of CellType's values. */
export type CellType = (typeof CellType)[keyof typeof CellType]

const NON_ASCII = /[\x80-\xff]/

/** True for the characters that may end an element name in a tag. */
export function isNameEnd(code: number): boolean {
  return code === 32 || code === 62 || code === 47 || code === 9 || code === 10 || code === 13
}

/** The tags the scanner looks for, with the sheet's namespace prefix. */
export function elementTags(prefix: string) {
  return {
    sheetDataClose: `</${prefix}sheetData>`,
    rowOpen: `<${prefix}row`,
    rowClose: `</${prefix}row>`,
    cellOpen: `<${prefix}c`,
    cellClose: `</${prefix}c>`,
    valueOpen: `<${prefix}v`,
    valueClose: `</${prefix}v>`,
    inlineOpen: `<${prefix}is`
  }
}

/** Re-decodes Latin-1-read text as UTF-8 when it holds non-ASCII bytes. */
export function utf8(latin1: string, nonAscii: boolean): string {
  return nonAscii && NON_ASCII.test(latin1) ? Buffer.from(latin1, 'latin1').toString('utf8') : latin1
}

/** The 1-based column of a cell reference such as `AB12` (0 when it has no letters). */
export function columnOfRef(text: string, from: number, to: number): number {
  let column = 0
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i) | 32
    if (code < 97 || code > 122) break
    column = column * 26 + (code - 96)
  }
  return column
}

/** The non-negative integer written in text[from, to). */
export function digitsValue(text: string, from: number, to: number): number {
  let n = 0
  for (let i = from; i < to; i++) n = n * 10 + (text.charCodeAt(i) - 48)
  return n
}

/** The kind of a cell from its `t` attribute's text in text[from, to). */
export function cellType(text: string, from: number, to: number): CellType {
  const first = text.charCodeAt(from)
  const length = to - from
  if (length === 1) {
    if (first === 115) return CellType.Shared
    if (first === 98) return CellType.Boolean
    if (first === 101) return CellType.Error
    if (first === 100) return CellType.IsoDate
    return CellType.Number
  }
  if (length === 9 && first === 105) return CellType.Inline
  if (length === 3 && first === 115) return CellType.Text
  return CellType.Number
}
