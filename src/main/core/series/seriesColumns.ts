/**
 * The workspace's rows as the builder's columnar input: revenue lines and activity events,
 * the tables that reach millions of rows, are streamed out of SQL (`step()` + `get()`
 * arrays of only the fields the series needs) into typed columns; the small tables are
 * read as records (`seriesInput.ts`). A 1M-line revenue table costs ~20 MB of columns
 * instead of a million record objects.
 *
 * Rows are read in storage order, which is the import order (source file, then row); if a
 * row ever comes out of that order the table is read again sorted, so customers are
 * numbered and amounts summed exactly as the record path does.
 */
import type { Database, SqlValue } from 'sql.js'
import { parseDay } from '../../../shared/metrics/calendar'
import { TextCodes, type ActivityColumns, type RevenueLineColumns, type SeriesColumns } from '../../../shared/metrics/columns'
import type { TableKind } from '../../../shared/model/kinds'
import { fieldColumn, kindTable } from '../workspace/schema'
import { queryRows, type Workspace } from '../workspace/workspace'
import { recordTables } from './seriesInput'

/** The workspace's series input: small tables as records, revenue and activity as columns. */
export function seriesColumns(workspace: Workspace): SeriesColumns {
  const { subscriptionOwner, ...records } = recordTables(workspace)
  try {
    return { ...records, ...readColumns(workspace.db, subscriptionOwner, false) }
  } catch (error) {
    if (!(error instanceof OutOfOrder)) throw error
    return { ...records, ...readColumns(workspace.db, subscriptionOwner, true) }
  }
}

/** A row came out of import order: read the tables again sorted. */
class OutOfOrder extends Error {}

function readColumns(db: Database, subscriptionOwner: ReadonlyMap<string, string>, sorted: boolean): Pick<SeriesColumns, 'customerIds' | 'revenue' | 'activity'> {
  const ids = new TextCodes()
  const revenue = readRevenue(db, ids, sorted)
  const activity = readActivity(db, ids, subscriptionOwner, sorted)
  return { customerIds: ids.values, revenue, activity }
}

const text = (value: SqlValue): string | null => (value === null || value === undefined ? null : String(value))

/**
 * Streams the given fields of a kind's table to `visit` (values in the order of `fields`,
 * then source and row; a field the table lacks is null): in storage order, checked to be import order (throws
 * OutOfOrder otherwise), or sorted by source file and row.
 */
function streamRows(db: Database, kind: TableKind, fields: readonly string[], sorted: boolean, visit: (values: SqlValue[]) => void): void {
  const table = kindTable(kind)
  const present = new Set(queryRows(db, `PRAGMA table_info(${table})`).map((row) => String(row.name)))
  const select = [...fields.map((name) => (present.has(fieldColumn(name)) ? fieldColumn(name) : 'NULL')), 'source_id', 'row_number'].join(', ')
  const statement = db.prepare(`SELECT ${select} FROM ${table}${sorted ? ' ORDER BY source_id, row_number' : ''}`)
  try {
    let source = -Infinity
    let row = -Infinity
    while (statement.step()) {
      const values = statement.get()
      const s = Number(values[fields.length])
      const r = Number(values[fields.length + 1])
      if (s < source || (s === source && r < row)) throw new OutOfOrder(`${table} is not in import order`)
      source = s
      row = r
      visit(values)
    }
  } finally {
    statement.free()
  }
}

function rowCount(db: Database, kind: TableKind): number {
  return Number(db.exec(`SELECT count(*) FROM ${kindTable(kind)}`)[0]?.values[0]?.[0] ?? 0)
}

/** A day number per distinct date text (dates repeat a lot); throws naming the row on a bad date. */
function dayParser(what: string): (date: string, row: number) => number {
  const days = new Map<string, number>()
  return (date, row) => {
    let day = days.get(date)
    if (day === undefined) {
      const parsed = parseDay(date)
      if (parsed === null) throw new RangeError(`${what} ${row + 1}: "${date}" is not a calendar date (YYYY-MM-DD)`)
      day = parsed
      days.set(date, day)
    }
    return day
  }
}

/** Revenue lines with a date (or month) and an amount; a line without either is left out, as in the record path. */
function readRevenue(db: Database, ids: TextCodes, sorted: boolean): RevenueLineColumns | null {
  const capacity = rowCount(db, 'revenue')
  if (capacity === 0) return null
  const out: RevenueLineColumns = { count: 0, customer: new Int32Array(capacity), day: new Int32Array(capacity), order: new Int32Array(capacity), amount: new Float64Array(capacity) }
  const dayOf = dayParser('revenue row')
  const orders = new TextCodes()
  streamRows(db, 'revenue', ['customer', 'date', 'month', 'amount', 'orderId'], sorted, ([customer, date, month, amount, orderId]) => {
    const dated = text(date) || (text(month) ? `${text(month)}-01` : null)
    if (!dated || typeof amount !== 'number') return
    const i = out.count++
    out.customer[i] = ids.code(text(customer))
    out.day[i] = dayOf(dated, i)
    out.order[i] = orders.code(text(orderId))
    out.amount[i] = amount
  })
  return out.count === 0 ? null : trimRevenue(out)
}

function trimRevenue(lines: RevenueLineColumns): RevenueLineColumns {
  const n = lines.count
  return n === lines.customer.length ? lines : { count: n, customer: lines.customer.slice(0, n), day: lines.day.slice(0, n), order: lines.order.slice(0, n), amount: lines.amount.slice(0, n) }
}

/** Activity events with a customer (or a subscription whose customer is known) and a date. */
function readActivity(db: Database, ids: TextCodes, subscriptionOwner: ReadonlyMap<string, string>, sorted: boolean): ActivityColumns | null {
  const capacity = rowCount(db, 'activity')
  if (capacity === 0) return null
  const out: ActivityColumns = { count: 0, customer: new Int32Array(capacity), day: new Int32Array(capacity) }
  const dayOf = dayParser('activity row')
  streamRows(db, 'activity', ['customer', 'subscription', 'date'], sorted, ([customer, subscription, date]) => {
    const owner = text(customer) ?? subscriptionOwner.get(text(subscription) ?? '') ?? null
    const day = text(date)
    if (!owner || !day) return
    const code = ids.code(owner)
    if (code < 0) throw new RangeError(`activity row ${out.count + 1}: no customer`)
    const i = out.count++
    out.customer[i] = code
    out.day[i] = dayOf(day, i)
  })
  if (out.count === 0) return null
  return out.count === capacity ? out : { count: out.count, customer: out.customer.slice(0, out.count), day: out.day.slice(0, out.count) }
}
