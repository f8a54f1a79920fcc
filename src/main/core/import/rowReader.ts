import { kindSpec, type FieldSpec, type FieldType, type TableKind } from '../../../shared/model/kinds'
import { parseValue, type ColumnConventions, type FieldValue } from '../../../shared/parse/value'
import type { RawCell } from '../../../shared/parse/result'
import type { Cell } from '../readers'
import type { FieldMapping } from './detect'

/** A reader cell as the value parsers take it: a date cell becomes its ISO text. */
export function rawCell(cell: Cell | undefined): RawCell {
  if (cell !== null && typeof cell === 'object') return cell.value
  return cell
}

/** One value that could not be read: where and why, in the user's words. */
export interface CellProblem {
  column: string
  raw: string
  reason: string
}

/** A row turned into field values, with the problems found on the way. */
export interface ReadRow {
  values: Record<string, FieldValue | null>
  attributes: Record<string, string> | null
  problems: CellProblem[]
  /** False when a required field is blank or unreadable: the row is reported, not imported. */
  usable: boolean
}

/** Field types where a cell of spaces is a malformed export (Telco's TotalCharges), not a choice to leave it blank. */
const numericTypes: ReadonlySet<FieldType> = new Set(['number', 'money', 'score'])

/** Kinds whose other columns are kept as attributes, so any of them can filter or group. */
const kindsWithAttributes: ReadonlySet<TableKind> = new Set(['customers', 'nps', 'campaign-recipients', 'subscriptions'])

/**
 * Builds the function that reads one data row of a sheet: each mapped field parsed with
 * its column's conventions; `amount` from quantity x unit price when the sheet has no
 * amount column; unmapped text columns kept as attributes where the kind uses them.
 */
export function rowReader(kind: TableKind, mapping: readonly FieldMapping[], headers: readonly string[], conventions: readonly ColumnConventions[]) {
  const spec = kindSpec(kind)
  const fields = mapping.map((m) => ({ mapping: m, spec: spec.fields.find((f) => f.name === m.field) as FieldSpec }))
  const mappedColumns = new Set(mapping.map((m) => m.column))
  const attributeColumns = kindsWithAttributes.has(kind) ? headers.map((h, c) => ({ header: h, column: c })).filter((a) => !mappedColumns.has(a.column) && a.header.trim() !== '') : []
  const required = spec.fields.filter((f) => f.required && mapping.some((m) => m.field === f.name))
  const amountFromProduct = kind === 'revenue' && !mapping.some((m) => m.field === 'amount')

  return (cells: readonly Cell[]): ReadRow => {
    const values: Record<string, FieldValue | null> = {}
    const problems: CellProblem[] = []
    for (const { mapping: m, spec: field } of fields) {
      const raw = rawCell(cells[m.column])
      const result = parseValue(field.type, raw, conventions[m.column])
      if (result.ok && result.value === null && numericTypes.has(field.type) && typeof raw === 'string' && raw.length > 0 && raw.trim() === '') {
        values[field.name] = null
        problems.push({ column: m.header, raw, reason: `${field.label.en} holds only spaces where a number is expected; left empty` })
      } else if (result.ok) values[field.name] = result.value
      else {
        values[field.name] = null
        problems.push({ column: m.header, raw: String(raw), reason: result.reason.message })
      }
    }
    if (amountFromProduct && typeof values.quantity === 'number' && typeof values.unitPrice === 'number') {
      values.amount = Math.round(values.quantity * values.unitPrice * 1e6) / 1e6
    }
    let usable = true
    for (const field of required) {
      if (values[field.name] === null || values[field.name] === undefined) {
        usable = false
        const m = mapping.find((x) => x.field === field.name) as FieldMapping
        const raw = rawCell(cells[m.column])
        const text = raw === null || raw === undefined ? '' : String(raw)
        if (!problems.some((p) => p.column === m.header)) problems.push({ column: m.header, raw: text, reason: `${field.label.en} is ${text.trim() ? `"${text.trim()}", which means no value` : 'blank'}; the row is not imported` })
      }
    }
    let attributes: Record<string, string> | null = null
    for (const { header, column } of attributeColumns) {
      const raw = rawCell(cells[column])
      if (raw === null || raw === undefined || raw === '') continue
      attributes ??= {}
      attributes[header] = String(raw).trim()
    }
    return { values, attributes, problems, usable }
  }
}
