/**
 * Filters and segments: any metric can be computed for a subset of customers (a mask
 * built from categorical attribute filters) and grouped by a categorical column.
 */
import type { CategoricalColumn, Series } from '../model/series'

/** A customer mask (1 = in the subset), or null for every customer. */
export type CustomerSelection = Uint8Array | null

/** Keep rows whose `column` is one of `values` (filters on different columns all apply). */
export interface AttributeFilter {
  column: string
  values: string[]
}

/** A customer column by name: the imported attributes first, then status, churnReason and acquisitionChannel. */
export function findCustomerColumn(series: Series, name: string): CategoricalColumn | null {
  const customers = series.customers
  const candidates = [...customers.attributes, customers.statusColumn, customers.churnReason, customers.acquisitionChannel]
  return candidates.find((column) => column !== null && column.name === name) ?? null
}

/** The customers every filter keeps; null (everyone) without filters. Throws on a column the customer table lacks. */
export function selectCustomers(series: Series, filters: readonly AttributeFilter[]): CustomerSelection {
  if (filters.length === 0) return null
  const mask = new Uint8Array(series.customers.count).fill(1)
  for (const filter of filters) {
    const column = findCustomerColumn(series, filter.column)
    if (!column) throw new RangeError(`No customer column "${filter.column}"`)
    keepMatching(mask, column, filter.values, null)
  }
  return mask
}

/**
 * The rows of a per-answer or per-recipient table that the filters keep. A filter on one
 * of the rows' own columns matches the row; any other filter matches the row's customer
 * (rows without a known customer are then left out). Null (every row) without filters.
 */
export function selectRows(series: Series, rows: { count: number; customer: Int32Array; attributes: CategoricalColumn[] }, filters: readonly AttributeFilter[]): Uint8Array | null {
  if (filters.length === 0) return null
  const mask = new Uint8Array(rows.count).fill(1)
  for (const filter of filters) {
    const own = rows.attributes.find((column) => column.name === filter.column)
    if (own) {
      keepMatching(mask, own, filter.values, null)
      continue
    }
    const column = findCustomerColumn(series, filter.column)
    if (!column) throw new RangeError(`No column "${filter.column}"`)
    keepMatching(mask, column, filter.values, rows.customer)
  }
  return mask
}

function keepMatching(mask: Uint8Array, column: CategoricalColumn, values: readonly string[], rowCustomer: Int32Array | null): void {
  const wanted = new Uint8Array(column.values.length)
  for (const value of values) {
    const code = column.values.indexOf(value.trim())
    if (code >= 0) wanted[code] = 1
  }
  for (let i = 0; i < mask.length; i++) {
    if (!mask[i]) continue
    const owner = rowCustomer ? rowCustomer[i] : i
    const code = owner >= 0 ? column.codes[owner] : -1
    if (code < 0 || !wanted[code]) mask[i] = 0
  }
}

/** Both masks at once (null means everyone). */
export function intersectSelections(a: CustomerSelection, b: CustomerSelection): CustomerSelection {
  if (!a) return b
  if (!b) return a
  return a.map((value, i) => value & b[i])
}

/** How many customers a selection holds. */
export function selectedCount(series: Series, selection: CustomerSelection): number {
  if (!selection) return series.customers.count
  let count = 0
  for (let i = 0; i < selection.length; i++) count += selection[i]
  return count
}

/**
 * One selection per value of a categorical column, inside `within`: the segments a metric
 * is grouped by. Blank values form no group; a value with no customer inside `within` neither.
 */
export function groupSelections(column: CategoricalColumn, within: CustomerSelection): { value: string; selection: Uint8Array }[] {
  const masks = column.values.map(() => new Uint8Array(column.codes.length))
  const sizes = new Int32Array(column.values.length)
  for (let i = 0; i < column.codes.length; i++) {
    const code = column.codes[i]
    if (code >= 0 && (!within || within[i])) {
      masks[code][i] = 1
      sizes[code]++
    }
  }
  return column.values.map((value, code) => ({ value, selection: masks[code] })).filter((_, code) => sizes[code] > 0)
}
