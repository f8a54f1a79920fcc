/**
 * The builder's columnar input: the two tables that grow to millions of rows (revenue
 * lines, activity events) as typed columns instead of one object per row, so a workspace
 * reader can stream them straight out of SQL without a million records in memory.
 * `buildSeries(records)` turns its records into these columns first, so both entries run
 * the same code and give equal series.
 */
import { requireDay } from './buildDays'
import type { ActivityRecord, RevenueRecord, SeriesInput } from './records'

/** Revenue lines as columns; line i is `customer[i]`, `day[i]`, `order[i]`, `amount[i]`. */
export interface RevenueLineColumns {
  count: number
  /** Index into `SeriesColumns.customerIds`; -1 for a line without a customer. */
  customer: Int32Array
  /** Day number of the line's date (or of the first day of its month). */
  day: Int32Array
  /** Order code: lines with equal codes share an order id; -1 is a line without one (an order of its own). */
  order: Int32Array
  amount: Float64Array
}

/** Activity events as columns (customer index into `SeriesColumns.customerIds`, day number). */
export interface ActivityColumns {
  count: number
  customer: Int32Array
  day: Int32Array
}

/** What `buildSeriesFromColumns` takes: the small tables as records, revenue and activity as columns. */
export interface SeriesColumns extends Omit<SeriesInput, 'revenue' | 'activity'> {
  /**
   * The customer ids the columns point at, trimmed and not blank, in the order they are
   * first seen: revenue lines in row order, then activity events in row order (the order
   * customers are numbered in, after the customer table and subscriptions).
   */
  customerIds: readonly string[]
  revenue?: RevenueLineColumns | null
  activity?: ActivityColumns | null
}

/** Codes for texts: equal (trimmed) texts share a code, in order of first appearance; blank is -1. */
export class TextCodes {
  readonly values: string[] = []
  /** Codes by the text as given (untrimmed), so a repeated text costs one lookup. */
  private readonly codes = new Map<string, number>()

  code(raw: string | null | undefined): number {
    if (raw == null) return -1
    const found = this.codes.get(raw)
    if (found !== undefined) return found
    const text = String(raw).trim()
    let code = text === '' ? -1 : this.codes.get(text)
    if (code === undefined) {
      code = this.values.length
      this.values.push(text)
      this.codes.set(text, code)
    }
    this.codes.set(raw, code)
    return code
  }
}

/** Revenue records as columns, customers coded by `ids`. Throws a RangeError naming a line with a bad date. */
export function revenueColumns(rows: readonly RevenueRecord[], ids: TextCodes): RevenueLineColumns {
  const orders = new TextCodes()
  const out: RevenueLineColumns = { count: rows.length, customer: new Int32Array(rows.length), day: new Int32Array(rows.length), order: new Int32Array(rows.length), amount: new Float64Array(rows.length) }
  rows.forEach((row, i) => {
    out.customer[i] = ids.code(row.customer)
    out.day[i] = requireDay(row.date, `revenue row ${i + 1}`)
    out.order[i] = orders.code(row.orderId)
    out.amount[i] = row.amount
  })
  return out
}

/** Activity records as columns, customers coded by `ids`. Throws a RangeError naming an event with a bad date or no customer. */
export function activityColumns(rows: readonly ActivityRecord[], ids: TextCodes): ActivityColumns {
  const out: ActivityColumns = { count: rows.length, customer: new Int32Array(rows.length), day: new Int32Array(rows.length) }
  rows.forEach((row, i) => {
    const code = ids.code(row.customer)
    if (code < 0) throw new RangeError(`activity row ${i + 1}: no customer`)
    out.customer[i] = code
    out.day[i] = requireDay(row.date, `activity row ${i + 1}`)
  })
  return out
}

/** The columnar form of plain records (revenue and activity become columns; the rest is kept as it is). */
export function columnsOf(input: SeriesInput): SeriesColumns {
  const ids = new TextCodes()
  const { revenue, activity, ...rest } = input
  const revenueLines = revenue?.length ? revenueColumns(revenue, ids) : null
  const events = activity?.length ? activityColumns(activity, ids) : null
  return { ...rest, customerIds: ids.values, revenue: revenueLines, activity: events }
}
