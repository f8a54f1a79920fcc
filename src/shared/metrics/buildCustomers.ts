/** The customer side of the series builder: the customer index, the customer table and churn events. */
import { CustomerStatus, NO_DAY, type ChurnEvents, type CustomerStatusCode, type CustomerTable, type DayLists } from '../model/series'
import { optionalDay } from './buildDays'
import { attributeColumns, categoricalColumn, plainWord } from './dictionary'
import type { CustomerRecord, SeriesInput } from './records'

/** Customer ids to indexes: the customer table's rows first, then ids first seen in subscriptions, the columns (revenue, activity) or churn events. */
export interface CustomerIndex {
  ids: string[]
  /** The index of an id that the index knows (every id of those tables). */
  require(id: string): number
  /** The index of an id, or -1: survey and campaign rows link to known customers only. */
  find(id: string | null | undefined): number
}

export function customerIndex(input: Pick<SeriesInput, 'customers' | 'subscriptions' | 'churnEvents'> & { customerIds: readonly string[] }): CustomerIndex {
  const ids: string[] = []
  const indexOf = new Map<string, number>()
  const add = (raw: string | null | undefined): void => {
    const id = (raw ?? '').trim()
    if (id !== '' && !indexOf.has(id)) {
      indexOf.set(id, ids.length)
      ids.push(id)
    }
  }
  for (const row of input.customers ?? []) add(row.id)
  for (const row of input.subscriptions ?? []) add(row.customer)
  for (const id of input.customerIds) add(id)
  for (const row of input.churnEvents ?? []) add(row.customer)
  return {
    ids,
    require(id) {
      const index = indexOf.get(id.trim())
      if (index === undefined) throw new RangeError(`Unknown customer "${id}"`)
      return index
    },
    find(id) {
      return indexOf.get((id ?? '').trim()) ?? -1
    }
  }
}

const statusWords: Record<string, CustomerStatusCode> = {
  active: CustomerStatus.active, ativo: CustomerStatus.active, ativa: CustomerStatus.active, activo: CustomerStatus.active, activa: CustomerStatus.active, actif: CustomerStatus.active,
  inactive: CustomerStatus.inactive, inativo: CustomerStatus.inactive, inativa: CustomerStatus.inactive, inactivo: CustomerStatus.inactive, dormant: CustomerStatus.inactive, idle: CustomerStatus.inactive,
  churned: CustomerStatus.churned, churn: CustomerStatus.churned, cancelado: CustomerStatus.churned, cancelada: CustomerStatus.churned,
  canceled: CustomerStatus.churned, cancelled: CustomerStatus.churned, lost: CustomerStatus.churned, perdido: CustomerStatus.churned, perdida: CustomerStatus.churned,
  encerrado: CustomerStatus.churned, encerrada: CustomerStatus.churned, 'ex-cliente': CustomerStatus.churned
}

/** What a status text means: 'Ativo' is active, 'Cancelado' churned, an unknown word unknown. */
export function customerStatusOf(text: string | null | undefined): CustomerStatusCode {
  return text ? (statusWords[plainWord(text)] ?? CustomerStatus.unknown) : CustomerStatus.unknown
}

/**
 * The customer table. A customer without a signup date gets its first subscription start
 * or purchase day; the churned flag comes from the flag, else the status, else a churn date.
 * When a customer id repeats, the last row wins.
 */
export function buildCustomers(records: readonly CustomerRecord[], index: CustomerIndex, fallbackSignups: (DayLists | undefined)[]): CustomerTable {
  const count = index.ids.length
  const signupDay = new Int32Array(count).fill(NO_DAY)
  const churnDay = new Int32Array(count).fill(NO_DAY)
  const churned = new Uint8Array(count)
  const status = new Uint8Array(count)
  const rowOf = new Int32Array(count).fill(-1)
  let hasChurnFlag = false
  records.forEach((row, i) => {
    const c = index.require(row.id)
    const where = `customer row ${i + 1}`
    rowOf[c] = i
    signupDay[c] = optionalDay(row.signupDate, where)
    churnDay[c] = optionalDay(row.churnDate, where)
    status[c] = customerStatusOf(row.status)
    const flagged = row.churned ?? (row.status ? status[c] === CustomerStatus.churned : churnDay[c] !== NO_DAY)
    churned[c] = flagged ? 1 : 0
    if (row.churned != null || (row.status != null && row.status !== '') || churnDay[c] !== NO_DAY) hasChurnFlag = true
  })
  for (const lists of fallbackSignups) {
    if (!lists) continue
    for (let c = 0; c < count; c++) {
      if (rowOf[c] >= 0 && records[rowOf[c]].signupDate) continue
      const first = lists.start[c] < lists.start[c + 1] ? lists.days[lists.start[c]] : NO_DAY
      if (first !== NO_DAY && (signupDay[c] === NO_DAY || first < signupDay[c])) signupDay[c] = first
    }
  }
  const byCustomer = Array.from({ length: count }, (_, c) => (rowOf[c] >= 0 ? records[rowOf[c]] : undefined))
  const column = (name: string, pick: (row: CustomerRecord) => string | null | undefined) =>
    records.some((row) => pick(row) != null && pick(row) !== '') ? categoricalColumn(name, byCustomer.map((row) => (row ? pick(row) : null))) : null
  const hasMrr = records.some((row) => row.mrr != null)
  return {
    count,
    ids: index.ids,
    signupDay,
    churnDay,
    churned,
    hasChurnFlag,
    status,
    snapshotMrr: hasMrr ? Float64Array.from(byCustomer, (row) => (row?.mrr != null && Number.isFinite(row.mrr) ? row.mrr : NaN)) : null,
    attributes: attributeColumns(byCustomer.map((row) => row ?? {})),
    statusColumn: column('status', (row) => row.status),
    churnReason: column('churnReason', (row) => row.churnReason),
    acquisitionChannel: column('acquisitionChannel', (row) => row.acquisitionChannel)
  }
}

/** Churn events from a churn table, or else from the churn dates and reasons of the customer table. */
export function buildChurnEvents(input: Pick<SeriesInput, 'customers' | 'churnEvents'>, index: CustomerIndex): ChurnEvents | null {
  const rows = input.churnEvents?.length
    ? input.churnEvents.map((row) => ({ customer: row.customer, date: row.date, reason: row.reason }))
    : (input.customers ?? [])
        .filter((row) => (row.churnDate ?? '') !== '' || (row.churnReason ?? '') !== '')
        .map((row) => ({ customer: row.id, date: row.churnDate, reason: row.churnReason }))
  if (rows.length === 0) return null
  const reason = categoricalColumn('churnReason', rows.map((row) => row.reason))
  return {
    count: rows.length,
    customer: Int32Array.from(rows, (row) => index.require(row.customer)),
    day: Int32Array.from(rows, (row, i) => optionalDay(row.date, `churn event ${i + 1}`)),
    reason
  }
}
