/**
 * The series builder: plain records (from the workspace, or literal in a test) in, the
 * columnar Series of `model/series.ts` out. Pure: no clock, no I/O.
 *
 * Subscriptions follow METRICS.md: a subscription counts in month m when it started on
 * or before m's last day and has no end or ends after that day; a customer's MRR(m) is the
 * sum over its subscriptions (below 0 counts as 0).
 */
import { NO_DAY, type DayLists, type Series, type SubscriptionSeries } from '../model/series'
import { lastDayOfMonth, monthKey, monthNumber, monthOfDay } from './calendar'
import { buildChurnEvents, buildCustomers, customerIndex, type CustomerIndex } from './buildCustomers'
import { dayLists, optionalDay, requireDay } from './buildDays'
import { buildCampaignRecipients, buildCampaignCounts, buildNpsAnswers } from './buildSurveys'
import { transactionsFromLines, type MonthsAxis } from './buildTransactions'
import { columnsOf, type ActivityColumns, type SeriesColumns } from './columns'
import type { SeriesInput, SubscriptionRecord } from './records'

/**
 * Turns plain records into the Series every metric reads: for tests and small inputs (the
 * records become columns first, then `buildSeriesFromColumns`). Throws a RangeError naming
 * the record on a bad date or value.
 */
export function buildSeries(input: SeriesInput): Series {
  return buildSeriesFromColumns(columnsOf(input))
}

/**
 * The Series from the columnar input (revenue and activity as typed columns, as a
 * workspace reader streams them); equal to `buildSeries` of the same rows as records.
 * Throws a RangeError naming the record on a bad date or value.
 */
export function buildSeriesFromColumns(input: SeriesColumns): Series {
  const index = customerIndex(input)
  const owner = Int32Array.from(input.customerIds, (id) => index.require(id))
  const axis = monthsAxis(input)
  const monthEndDay = new Int32Array(axis.count)
  for (let m = 0; m < axis.count; m++) monthEndDay[m] = lastDayOfMonth(axis.first + m)
  const subscriptions = input.subscriptions?.length ? buildSubscriptions(input.subscriptions, index, axis) : null
  const transactions = input.revenue?.count ? transactionsFromLines(input.revenue, owner, index.ids.length, axis) : null
  const customers = buildCustomers(input.customers ?? [], index, [subscriptions?.startDays, transactions?.purchaseDays])
  return {
    months: Array.from({ length: axis.count }, (_, m) => monthKey(axis.first + m)),
    firstMonth: axis.first,
    monthEndDay,
    customers,
    subscriptions,
    transactions,
    activity: input.activity?.count ? activityDays(input.activity, owner, index.ids.length) : null,
    churnEvents: buildChurnEvents(input, index),
    nps: input.npsAnswers?.length ? buildNpsAnswers(input.npsAnswers, index, input.satisfactionScale) : null,
    campaignRecipients: input.campaignRecipients?.length ? buildCampaignRecipients(input.campaignRecipients, index) : null,
    campaignCounts: input.campaignCounts?.length ? buildCampaignCounts(input.campaignCounts) : null
  }
}

/** Activity days per customer, one entry per distinct day (no metric counts events within a day). */
function activityDays(events: ActivityColumns, owner: Int32Array, customerCount: number): DayLists {
  const lists = dayLists(customerCount, events.customer.map((code) => owner[code]), events.day)
  const start = new Int32Array(customerCount + 1)
  let kept = 0
  for (let c = 0; c < customerCount; c++) {
    for (let k = lists.start[c]; k < lists.start[c + 1]; k++) {
      if (k > lists.start[c] && lists.days[k] === lists.days[k - 1]) continue
      lists.days[kept++] = lists.days[k]
    }
    start[c + 1] = kept
  }
  return { start, days: lists.days.slice(0, kept) }
}

/** From the first to the last month any date of the data falls in, unless the input says otherwise. */
function monthsAxis(input: SeriesColumns): MonthsAxis {
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
  const seeDays = (days: Int32Array | undefined): void => {
    if (!days?.length) return
    let min = days[0]
    let max = days[0]
    for (let i = 1; i < days.length; i++) {
      if (days[i] < min) min = days[i]
      else if (days[i] > max) max = days[i]
    }
    low = Math.min(low, monthOfDay(min))
    high = Math.max(high, monthOfDay(max))
  }
  seeDays(input.revenue?.day)
  seeDays(input.activity?.day)
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

function clamp(value: number, low: number, high: number): number {
  return value < low ? low : value > high ? high : value
}
