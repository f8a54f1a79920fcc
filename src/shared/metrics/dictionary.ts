/** Dictionary encoding of text columns into the series' categorical columns. */
import { MISSING_CODE, type CategoricalColumn } from '../model/series'

/**
 * A categorical column from one text per row: blank (null, undefined, only spaces) is
 * MISSING_CODE; values are trimmed and the dictionary is sorted, so the same data gives
 * the same codes.
 */
export function categoricalColumn(name: string, texts: readonly (string | null | undefined)[]): CategoricalColumn {
  const trimmed = texts.map((text) => (text == null ? '' : String(text).trim()))
  const values = [...new Set(trimmed.filter((text) => text !== ''))].sort()
  const codeOf = new Map(values.map((value, index) => [value, index]))
  const codes = new Int32Array(trimmed.length)
  for (let i = 0; i < trimmed.length; i++) codes[i] = trimmed[i] === '' ? MISSING_CODE : (codeOf.get(trimmed[i]) ?? MISSING_CODE)
  return { name, codes, values }
}

/** The attribute columns of records with an `attributes` map: one column per name seen, in order of first appearance. */
export function attributeColumns(rows: readonly { attributes?: Record<string, string | null | undefined> }[]): CategoricalColumn[] {
  const names: string[] = []
  const seen = new Set<string>()
  for (const row of rows) {
    for (const name of Object.keys(row.attributes ?? {})) {
      if (!seen.has(name)) {
        seen.add(name)
        names.push(name)
      }
    }
  }
  return names.map((name) => categoricalColumn(name, rows.map((row) => row.attributes?.[name])))
}

/** Text without accents, lower-case and trimmed: for matching words such as 'Indicação' or 'Cancelado'. */
export function plainWord(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').trim().toLowerCase()
}
