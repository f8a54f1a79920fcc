/**
 * The series builder: plain records (from the workspace, or literal in a test) in, the
 * columnar Series of `model/series.ts` out. Pure: no clock, no I/O.
 *
 * Subscriptions follow METRICS.md: a subscription counts in month m when it started on
 * or before m's last day and has no end or ends after that day; a customer's MRR(m) is the
 * sum over its subscriptions (below 0 counts as 0).
 */
import { NO_DAY, type Series, type SubscriptionSeries, type TransactionSeries } from '../model/series'
import { lastDayOfMonth, monthKey, monthNumber, monthOfDay } from './calendar'
import { buildChurnEvents, buildCustomers, customerIndex, type CustomerIndex } from './buildCustomers'
import { dayLists, optionalDay, requireDay } from './buildDays'
import { buildCampaignRecipients, buildCampaignCounts, buildNpsAnswers } from './buildSurveys'
import type { RevenueRecord, SeriesInput, SubscriptionRecord } from './records'

/** Turns plain records into the Series every metric reads. Throws a RangeError naming the record on a bad date or value. */
export function buildSeries(input: SeriesInput): Series {
  const index = customerIndex(input)
  const axis = monthsAxis(input)
  const monthEndDay = new Int32Array(axis.count)
  for (let m = 0; m < axis.count; m++) monthEndDay[m] = lastDayOfMonth(axis.first + m)
  const subscriptions = input.subscriptions?.length ? buildSubscriptions(input.subscriptions, index, axis) : null
  const transactions = input.revenue?.length ? buildTransactions(input.revenue, index, axis) : null
  const customers = buildCustomers(input.customers ?? [], index, [subscriptions?.startDays, transactions?.purchaseDays])
  let activity = null
  if (input.activity?.length) {
    const owners = input.activity.map((row) => index.require(row.customer))
    const days = input.activity.map((row, i) => requireDay(row.date, `activity row ${i + 1}`))
    activity = dayLists(index.ids.length, owners, days)
  }
  return {
    months: Array.from({ length: axis.count }, (_, m) => monthKey(axis.first + m)),
    firstMonth: axis.first,
    monthEndDay,
    customers,
    subscriptions,
    transactions,
    activity,
    churnEvents: buildChurnEvents(input, index),
    nps: input.npsAnswers?.length ? buildNpsAnswers(input.npsAnswers, index, input.satisfactionScale) : null,
    campaignRecipients: input.campaignRecipients?.length ? buildCampaignRecipients(input.campaignRecipients, index) : null,
    campaignCounts: input.campaignCounts?.length ? buildCampaignCounts(input.campaignCounts) : null
  }
}

interface MonthsAxis {
  /** Month number of the first month. */
  first: number
  count: number
}

/** From the first to the last month any date of the data falls in, unless the input says otherwise. */
function monthsAxis(input: SeriesInput): MonthsAxis {
  let low = Infinity
  let high = -Infinity
  const see = (text: string | null | undefined, where: string): void => {
    const day = optionalDay(text, where)
    if (day === NO_DAY) return
    const month = monthOfDay(day)
    if (month < low) low = month
    if (month > high) high = month
  }
  input.subscriptions?.forEach((row, i) => { see(row.start, `subscription row ${i + 1}`); see(row.end, `subscription row ${i + 1}`) })
  input.revenue?.forEach((row, i) => see(row.date, `revenue row ${i + 1}`))
  input.activity?.forEach((row, i) => see(row.date, `activity row ${i + 1}`))
  input.customers?.forEach((row, i) => { see(row.signupDate, `customer row ${i + 1}`); see(row.churnDate, `customer row ${i + 1}`) })
  input.churnEvents?.forEach((row, i) => see(row.date, `churn event ${i + 1}`))
  input.npsAnswers?.forEach((row, i) => see(row.date, `NPS answer ${i + 1}`))
  input.campaignRecipients?.forEach((row, i) => see(row.date, `campaign recipient ${i + 1}`))
  const first = input.months?.from ? monthNumber(input.months.from) : low
  const last = input.months?.to ? monthNumber(input.months.to) : high
  if (!Number.isFinite(first) || !Number.isFinite(last) || last < first) return { first: 0, count: 0 }
  return { first, count: last - first + 1 }
}

function buildSubscriptions(rows: readonly SubscriptionRecord[], index: CustomerIndex, axis: MonthsAxis): SubscriptionSeries {
  const customerCount = index.ids.length
  const months = axis.count
  const owner = new Int32Array(rows.length)
  const startDay = new Int32Array(rows.length)
  const products: string[] = []
  const productCode = new Map<string, number>()
  const product = new Int32Array(rows.length)
  const first = new Int32Array(rows.length)
  const end = new Int32Array(rows.length)
  rows.forEach((row, i) => {
    const where = `subscription row ${i + 1}`
    if (!Number.isFinite(row.mrr)) throw new RangeError(`${where}: MRR "${row.mrr}" is not a number`)
    owner[i] = index.require(row.customer)
    startDay[i] = requireDay(row.start, where)
    const endDay = optionalDay(row.end, where)
    const name = (row.product ?? '').trim()
    let code = productCode.get(name)
    if (code === undefined) {
      code = products.length
      products.push(name)
      productCode.set(name, code)
    }
    product[i] = code
    first[i] = clamp(monthOfDay(startDay[i]) - axis.first, 0, months)
    end[i] = endDay === NO_DAY ? months : clamp(monthOfDay(endDay) - axis.first, 0, months)
  })
  const order = Array.from(rows.keys()).sort((a, b) => owner[a] - owner[b] || a - b)
  const start = new Int32Array(customerCount + 1)
  for (let i = 0; i < rows.length; i++) start[owner[i] + 1]++
  for (let c = 0; c < customerCount; c++) start[c + 1] += start[c]
  const spans = {
    start,
    product: Int32Array.from(order, (i) => product[i]),
    firstMonth: Int32Array.from(order, (i) => first[i]),
    endMonth: Int32Array.from(order, (i) => end[i]),
    mrr: Float64Array.from(order, (i) => rows[i].mrr)
  }
  const mrr = new Float64Array(customerCount * months)
  const productCount = new Uint16Array(customerCount)
  for (let c = 0; c < customerCount; c++) {
    const base = c * months
    const seen = new Set<number>()
    // Span by span in a fixed order, so months with the same subscriptions get bit-identical sums.
    for (let s = start[c]; s < start[c + 1]; s++) {
      seen.add(spans.product[s])
      for (let m = spans.firstMonth[s]; m < spans.endMonth[s]; m++) mrr[base + m] += spans.mrr[s]
    }
    productCount[c] = seen.size
    for (let m = 0; m < months; m++) if (!(mrr[base + m] > 0)) mrr[base + m] = 0
  }
  return { mrr, products, spans, productCount, startDays: dayLists(customerCount, owner, startDay) }
}

function buildTransactions(rows: readonly RevenueRecord[], index: CustomerIndex, axis: MonthsAxis): TransactionSeries {
  const customerCount = index.ids.length
  const months = axis.count
  const revenue = new Float64Array(customerCount * months)
  const orders = new Int32Array(customerCount * months)
  const unassignedRevenue = new Float64Array(months)
  const unassignedOrders = new Int32Array(months)
  const counted = new Set<string>()
  const purchaseKeys = new Set<string>()
  const owners: number[] = []
  const days: number[] = []
  rows.forEach((row, i) => {
    const where = `revenue row ${i + 1}`
    if (!Number.isFinite(row.amount)) throw new RangeError(`${where}: amount "${row.amount}" is not a number`)
    const day = requireDay(row.date, where)
    const customerId = (row.customer ?? '').trim()
    const customer = customerId === '' ? -1 : index.require(customerId)
    const orderId = row.orderId == null || String(row.orderId).trim() === '' ? `#line${i}` : String(row.orderId).trim()
    const m = monthOfDay(day) - axis.first
    if (m >= 0 && m < months) {
      const isNewOrder = !counted.has(`${customer}|${m}|${orderId}`)
      if (isNewOrder) counted.add(`${customer}|${m}|${orderId}`)
      if (customer < 0) {
        unassignedRevenue[m] += row.amount
        if (isNewOrder) unassignedOrders[m]++
      } else {
        revenue[customer * months + m] += row.amount
        if (isNewOrder) orders[customer * months + m]++
      }
    }
    const purchaseKey = `${customer}|${orderId}|${day}`
    if (customer >= 0 && !purchaseKeys.has(purchaseKey)) {
      purchaseKeys.add(purchaseKey)
      owners.push(customer)
      days.push(day)
    }
  })
  return { revenue, orders, purchaseDays: dayLists(customerCount, owners, days), unassignedRevenue, unassignedOrders }
}

function clamp(value: number, low: number, high: number): number {
  return value < low ? low : value > high ? high : value
}
