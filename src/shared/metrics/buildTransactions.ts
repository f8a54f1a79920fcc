/**
 * The transaction side of the series builder: revenue lines (as columns) to revenue,
 * orders and purchase days per customer-month. Linear in the lines: lines are bucketed by
 * order code (no string keys, no sort of all lines), so a million lines take well under a
 * second and a few typed arrays.
 *
 * Rules (docs/METRICS.md, "Average ticket"):
 * - revenue(c, m) = the sum of the amounts of c's lines dated in m, returns included;
 * - an order is one order id of one customer in one month (an order whose lines fall in two
 *   months counts in both); a line without an order id is an order of its own;
 * - a **return** is an order whose lines total below 0 (Online Retail's `C` invoices): it
 *   lowers revenue but is not counted as an order, nor as a purchase day;
 * - purchase days: one per distinct (customer, order, day) that is not a return.
 */
import type { TransactionSeries } from '../model/series'
import { firstDayOfMonth, monthOfDay } from './calendar'
import { dayLists } from './buildDays'
import type { RevenueLineColumns } from './columns'

/** The months axis: month number of its first month, and its length. */
export interface MonthsAxis {
  first: number
  count: number
}

/**
 * Whether lines totalling `total` (their absolute amounts summing to `magnitude`) are a
 * return: the total is below 0 beyond rounding (lines that cancel out exactly are still an order).
 */
export function isReturn(total: number, magnitude: number): boolean {
  return total < -1e-9 * magnitude
}

/**
 * Revenue, orders and purchase days of revenue line columns. `owner[code]` is the customer
 * index of customer code `code` of the columns. Throws a RangeError naming a line whose
 * amount is not a number.
 */
export function transactionsFromLines(lines: RevenueLineColumns, owner: Int32Array, customerCount: number, axis: MonthsAxis): TransactionSeries {
  const months = axis.count
  const revenue = new Float64Array(customerCount * months)
  const orders = new Int32Array(customerCount * months)
  const unassignedRevenue = new Float64Array(months)
  const unassignedOrders = new Int32Array(months)
  const customer = new Int32Array(lines.count)
  const month = new Int32Array(lines.count)
  let orderCodes = 0
  const monthOf = monthTable(lines.day)
  for (let i = 0; i < lines.count; i++) {
    const amount = lines.amount[i]
    if (!Number.isFinite(amount)) throw new RangeError(`revenue row ${i + 1}: amount "${amount}" is not a number`)
    const c = lines.customer[i] < 0 ? -1 : owner[lines.customer[i]]
    const m = monthOf(lines.day[i]) - axis.first
    customer[i] = c
    month[i] = m
    if (lines.order[i] >= orderCodes) orderCodes = lines.order[i] + 1
    // Line by line in row order, so a customer-month's sum does not depend on how orders group.
    if (m >= 0 && m < months) {
      if (c < 0) unassignedRevenue[m] += amount
      else revenue[c * months + m] += amount
    }
  }
  const ownerOut = new Int32Array(lines.count)
  const dayOut = new Int32Array(lines.count)
  let purchases = 0
  const countOrder = (c: number, m: number): void => {
    if (m < 0 || m >= months) return
    if (c < 0) unassignedOrders[m]++
    else orders[c * months + m]++
  }
  const addPurchase = (c: number, day: number): void => {
    if (c < 0) return
    ownerOut[purchases] = c
    dayOut[purchases++] = day
  }
  for (let i = 0; i < lines.count; i++) {
    if (lines.order[i] >= 0 || isReturn(lines.amount[i], Math.abs(lines.amount[i]))) continue
    countOrder(customer[i], month[i])
    addPurchase(customer[i], lines.day[i])
  }
  // Lines of each order code, in row order (CSR over the order codes).
  const start = new Int32Array(orderCodes + 1)
  for (let i = 0; i < lines.count; i++) if (lines.order[i] >= 0) start[lines.order[i] + 1]++
  for (let o = 0; o < orderCodes; o++) start[o + 1] += start[o]
  const fill = start.slice(0, orderCodes)
  const byOrder = new Int32Array(start[orderCodes])
  for (let i = 0; i < lines.count; i++) if (lines.order[i] >= 0) byOrder[fill[lines.order[i]]++] = i
  const days: number[] = []
  for (let o = 0; o < orderCodes; o++) {
    const low = start[o]
    const high = start[o + 1]
    let mixed = false
    for (let k = low + 1; k < high && !mixed; k++) mixed = customer[byOrder[k]] !== customer[byOrder[low]] || month[byOrder[k]] !== month[byOrder[low]]
    // An order code shared by several customers or months (per-customer order numbers): runs of one customer-month, rows in order.
    if (mixed) sortLines(byOrder, low, high, customer, month)
    for (let k = low; k < high; ) {
      const first = byOrder[k]
      let total = 0
      let magnitude = 0
      days.length = 0
      for (; k < high && customer[byOrder[k]] === customer[first] && month[byOrder[k]] === month[first]; k++) {
        const i = byOrder[k]
        total += lines.amount[i]
        magnitude += Math.abs(lines.amount[i])
        if (days.length === 0 || days[days.length - 1] !== lines.day[i]) days.push(lines.day[i])
      }
      if (isReturn(total, magnitude)) continue
      countOrder(customer[first], month[first])
      if (days.length > 1) days.sort((a, b) => a - b)
      for (let d = 0; d < days.length; d++) if (d === 0 || days[d] !== days[d - 1]) addPurchase(customer[first], days[d])
    }
  }
  return { revenue, orders, purchaseDays: dayLists(customerCount, ownerOut.subarray(0, purchases), dayOut.subarray(0, purchases)), unassignedRevenue, unassignedOrders }
}

/** The month number of a day, from a table over the days' range when it is not huge (no object per line). */
function monthTable(days: Int32Array): (day: number) => number {
  let min = Infinity
  let max = -Infinity
  for (let i = 0; i < days.length; i++) {
    if (days[i] < min) min = days[i]
    if (days[i] > max) max = days[i]
  }
  if (!(max - min < 1_000_000)) return monthOfDay
  const table = new Int32Array(max - min + 1)
  let first = min
  while (first <= max) {
    const month = monthOfDay(first)
    const next = firstDayOfMonth(month + 1)
    table.fill(month, first - min, Math.min(next, max + 1) - min)
    first = next
  }
  return (day) => table[day - min]
}

/** Sorts `lines[low..high)` by customer, month, then row (insertion sort: an order has few lines; a sort call beyond that). */
function sortLines(lines: Int32Array, low: number, high: number, customer: Int32Array, month: Int32Array): void {
  const before = (a: number, b: number): boolean => customer[a] < customer[b] || (customer[a] === customer[b] && (month[a] < month[b] || (month[a] === month[b] && a < b)))
  if (high - low > 32) {
    lines.subarray(low, high).sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0))
    return
  }
  for (let k = low + 1; k < high; k++) {
    const line = lines[k]
    let j = k - 1
    while (j >= low && before(line, lines[j])) {
      lines[j + 1] = lines[j]
      j--
    }
    lines[j + 1] = line
  }
}
