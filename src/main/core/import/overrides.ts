import type { KindSpec } from '../../../shared/model/kinds'
import type { FieldMapping } from './detect'
import { normaliseHeader } from './headerText'

function columnIndexOf(name: string, headers: readonly string[]): number {
  const exact = headers.indexOf(name)
  if (exact >= 0) return exact
  const wanted = normaliseHeader(name)
  const byName = headers.findIndex((header) => normaliseHeader(header) === wanted)
  if (byName >= 0 || !/^[A-Z]{1,3}$/.test(name)) return byName
  const index = [...name].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1
  return index < headers.length ? index : -1
}

/**
 * Applies the user's `field=Column` choices over the detected mapping: the field takes
 * that column (and the column leaves any other field); an empty column unmaps the field.
 * Unknown fields or columns are reported, not thrown.
 */
export function applyOverrides(spec: KindSpec, detected: readonly FieldMapping[], headers: readonly string[], map: Readonly<Record<string, string>>): { mapping: FieldMapping[]; problems: string[] } {
  let mapping = [...detected]
  const problems: string[] = []
  for (const [field, column] of Object.entries(map)) {
    if (!spec.fields.some((f) => f.name === field)) {
      problems.push(`"${field}" is not a field of ${spec.kind} (fields: ${spec.fields.map((f) => f.name).join(', ')})`)
      continue
    }
    if (column.trim() === '') {
      mapping = mapping.filter((m) => m.field !== field)
      continue
    }
    const index = columnIndexOf(column, headers)
    if (index < 0) {
      problems.push(`no column "${column}" for ${field} (columns: ${headers.join(', ')})`)
      continue
    }
    mapping = mapping.filter((m) => m.field !== field && m.column !== index)
    mapping.push({ field, column: index, header: headers[index], score: 1, by: 'override' })
  }
  const order = (name: string): number => spec.fields.findIndex((f) => f.name === name)
  return { mapping: mapping.sort((a, b) => order(a.field) - order(b.field)), problems }
}

/**
 * Reads CLI `--map field=Column` values into a record (the column may contain `=`);
 * malformed ones are reported.
 */
export function parseMapOptions(values: readonly string[]): { map: Record<string, string>; problems: string[] } {
  const map: Record<string, string> = {}
  const problems: string[] = []
  for (const value of values) {
    const at = value.indexOf('=')
    if (at <= 0) problems.push(`--map "${value}" should be field=Column`)
    else map[value.slice(0, at).trim()] = value.slice(at + 1).trim()
  }
  return { map, problems }
}
