/**
 * The Data tab's rows as plain data: the customers (or answers, recipients) behind a
 * number, with sortable typed columns, an accent-insensitive search, and the window of
 * rows a virtual list draws, so 100,000 rows scroll as fast as 100.
 */
import type { Series } from '../../shared/model/series'
import { foldText } from '../workbench/matchCommands'

export type DataCellKind = 'text' | 'money' | 'count' | 'date'
export type DataCell = string | number | null

/** A column: its key in the texts (`dashboards.data.columns.<key>`) or its own label, and how to show it. */
export interface DataColumn {
  key: string
  /** A label that is not translated (an imported column's name). */
  label?: string
  kind: DataCellKind
}

export interface DataRow {
  cells: DataCell[]
  /** Every cell folded into one text, for the search. */
  folded: string
}

/** What a drill-down opens: a title and the rows behind the number. */
export interface DataTableModel {
  title: string
  columns: DataColumn[]
  rows: DataRow[]
}

/** A row from its cells (the search text is folded once, here). */
export function dataRow(cells: DataCell[]): DataRow {
  return { cells, folded: foldText(cells.filter((cell) => cell !== null).join('\u0001')) }
}

/** Extra columns beside the customer's id and attributes, one value per customer. */
export interface ExtraColumn {
  column: DataColumn
  values: DataCell[]
}

/** Customers as rows: id, each imported attribute, MRR at the axis month `month` (subscription data), then the extras. */
export function customerTable(series: Series, customers: readonly number[], month: number, extras: readonly ExtraColumn[] = []): Pick<DataTableModel, 'columns' | 'rows'> {
  const attributes = series.customers.attributes
  const mrr = series.subscriptions?.mrr ?? null
  const months = series.months.length
  const columns: DataColumn[] = [
    { key: 'customer', kind: 'text' },
    ...attributes.map((column): DataColumn => ({ key: `attribute:${column.name}`, label: column.name, kind: 'text' })),
    ...(mrr && month >= 0 ? [{ key: 'mrr', kind: 'money' } as DataColumn] : []),
    ...extras.map((extra) => extra.column)
  ]
  const rows = customers.map((c, i) => dataRow([
    series.customers.ids[c],
    ...attributes.map((column) => (column.codes[c] >= 0 ? column.values[column.codes[c]] : null)),
    ...(mrr && month >= 0 ? [mrr[c * months + month]] : []),
    ...extras.map((extra) => extra.values[i] ?? null)
  ]))
  return { columns, rows }
}

/** The rows containing every word of the query (accent- and case-insensitive); all rows for an empty query. */
export function searchRows(rows: readonly DataRow[], query: string): readonly DataRow[] {
  const words = foldText(query).split(/\s+/).filter(Boolean)
  return words.length === 0 ? rows : rows.filter((row) => words.every((word) => row.folded.includes(word)))
}

/** The rows sorted by a column (blanks last in both directions); a new array. */
export function sortRows(rows: readonly DataRow[], column: number, direction: 'asc' | 'desc'): DataRow[] {
  const sign = direction === 'asc' ? 1 : -1
  const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' })
  return [...rows].sort((a, b) => {
    const x = a.cells[column]
    const y = b.cells[column]
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1
    if (typeof x === 'number' && typeof y === 'number') return sign * (x - y)
    return sign * collator.compare(String(x), String(y))
  })
}

/** The rows a virtual list draws: those in view plus `overscan` on each side, and the spacers around them. */
export interface VirtualWindow {
  first: number
  /** One past the last row drawn. */
  end: number
  offsetTop: number
  offsetBottom: number
}

/** Which of `count` rows of `rowHeight` pixels to draw for a viewport of `viewport` pixels scrolled to `scrollTop`. */
export function virtualWindow(scrollTop: number, viewport: number, rowHeight: number, count: number, overscan = 8): VirtualWindow {
  if (count <= 0 || rowHeight <= 0) return { first: 0, end: 0, offsetTop: 0, offsetBottom: 0 }
  const top = Math.min(Math.max(0, scrollTop), Math.max(0, count * rowHeight - viewport))
  const first = Math.max(0, Math.floor(top / rowHeight) - overscan)
  const end = Math.min(count, Math.ceil((top + Math.max(0, viewport)) / rowHeight) + overscan)
  return { first, end, offsetTop: first * rowHeight, offsetBottom: (count - end) * rowHeight }
}
