// The columnar builder entry against the record entry and against a naive reference of the
// transaction rules (string keys, plain loops over the records), on generated data; and the
// returns rule as a table test.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { buildSeries, buildSeriesFromColumns } from '../../../../src/shared/metrics/build'
import { dayNumber, dayToIso, monthOfDay } from '../../../../src/shared/metrics/calendar'
import { columnsOf } from '../../../../src/shared/metrics/columns'
import { dashboardMetrics } from '../../../../src/shared/metrics/dashboard'
import type { ActivityRecord, RevenueRecord } from '../../../../src/shared/metrics/records'

const first = dayNumber(2024, 1, 1)
const lineArbitrary = fc.record({
  customer: fc.constantFrom<string | null>('a', 'b', ' b ', 'c', 'd', null, ''),
  day: fc.integer({ min: 0, max: 120 }),
  orderId: fc.constantFrom<string | null>('1', '2', 'o3', ' o3', 'C9', null, ''),
  cents: fc.integer({ min: -3000, max: 9000 })
}).map(({ customer, day, orderId, cents }): RevenueRecord => ({ customer, date: dayToIso(first + day), orderId, amount: cents / 100 }))
const activityArbitrary = fc.record({ customer: fc.constantFrom('a', 'c', 'e', 'f'), day: fc.integer({ min: -40, max: 150 }) })
  .map(({ customer, day }): ActivityRecord => ({ customer, date: dayToIso(first + day) }))

const isoDay = (date: string): number => dayNumber(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)))

/** The rules written plainly: orders per customer-month-order id, returns (total < 0) left out. */
function naiveTransactions(lines: readonly RevenueRecord[], ids: readonly string[], firstMonth: number, months: number) {
  const groups = new Map<string, { customer: number; month: number; total: number; magnitude: number; days: Set<number> }>()
  const revenue = new Float64Array(ids.length * months)
  lines.forEach((line, i) => {
    const id = (line.customer ?? '').trim()
    const customer = id === '' ? -1 : ids.indexOf(id)
    const exactDay = isoDay(line.date)
    const month = monthOfDay(exactDay) - firstMonth
    const order = (line.orderId ?? '').trim() || `#line${i}`
    const key = `${customer}|${month}|${order}`
    const group = groups.get(key) ?? { customer, month, total: 0, magnitude: 0, days: new Set<number>() }
    group.total += line.amount
    group.magnitude += Math.abs(line.amount)
    group.days.add(exactDay)
    groups.set(key, group)
    if (customer >= 0) revenue[customer * months + month] += line.amount
  })
  const orders = new Int32Array(ids.length * months)
  const purchaseDays: number[][] = ids.map(() => [])
  for (const group of groups.values()) {
    if (group.total < -1e-9 * group.magnitude || group.customer < 0) continue
    orders[group.customer * months + group.month]++
    purchaseDays[group.customer].push(...group.days)
  }
  return { revenue, orders, purchaseDays: purchaseDays.map((days) => days.sort((x, y) => x - y)) }
}

describe('buildSeriesFromColumns', () => {
  it('gives the series of buildSeries, and the naive rules, on generated lines and events', () => {
    fc.assert(fc.property(fc.array(lineArbitrary, { minLength: 1, maxLength: 60 }), fc.array(activityArbitrary, { maxLength: 30 }), (revenue, activity) => {
      const input = { revenue, activity, customers: [{ id: 'z', signupDate: '2023-12-05' }] }
      const series = buildSeries(input)
      expect(buildSeriesFromColumns(columnsOf(input))).toEqual(series)
      // Order codes only have to tell orders apart: any numbering gives the same series.
      const columns = columnsOf(input)
      if (columns.revenue) columns.revenue.order = columns.revenue.order.map((code) => (code < 0 ? code : 1000 - code))
      expect(buildSeriesFromColumns(columns)).toEqual(series)

      const months = series.months.length
      const naive = naiveTransactions(revenue, series.customers.ids, series.firstMonth, months)
      const tx = series.transactions!
      expect(Array.from(tx.orders)).toEqual(Array.from(naive.orders))
      tx.revenue.forEach((value, i) => expect(value).toBe(naive.revenue[i]))
      series.customers.ids.forEach((_, c) => {
        expect(Array.from(tx.purchaseDays.days.subarray(tx.purchaseDays.start[c], tx.purchaseDays.start[c + 1]))).toEqual(naive.purchaseDays[c])
      })
      // Activity: each customer's distinct days, sorted.
      const lists = series.activity
      for (const [c, id] of series.customers.ids.entries()) {
        const days = [...new Set(activity.filter((event) => event.customer === id).map((event) => isoDay(event.date)))].sort((x, y) => x - y)
        expect(lists ? Array.from(lists.days.subarray(lists.start[c], lists.start[c + 1])) : []).toEqual(days)
      }
    }), { numRuns: 300 })
  })

  it('numbers customers as buildSeries does: customer table, subscriptions, revenue, activity, churn events', () => {
    const series = buildSeries({
      customers: [{ id: 'k' }],
      subscriptions: [{ customer: 's', start: '2024-01-01', mrr: 10 }],
      revenue: [{ customer: 'r', date: '2024-01-02', amount: 1 }, { customer: 's', date: '2024-01-02', amount: 1 }],
      activity: [{ customer: 'v', date: '2024-01-03' }, { customer: 'r', date: '2024-01-03' }],
      churnEvents: [{ customer: 'e', date: '2024-01-04' }]
    })
    expect(series.customers.ids).toEqual(['k', 's', 'r', 'v', 'e'])
  })
})

describe('returns in transaction data', () => {
  // Online Retail's shape: invoices with positive lines, cancellations 'C…' with negative ones.
  const lines: RevenueRecord[] = [
    { customer: '17850', date: '2010-12-01', orderId: '536365', amount: 15.3 },
    { customer: '17850', date: '2010-12-01', orderId: '536365', amount: 20.34 },
    { customer: '17850', date: '2010-12-01', orderId: 'C536379', amount: -27.5 },
    // A discount line does not make an order a return: its total is still above 0.
    { customer: '13047', date: '2010-12-02', orderId: '536367', amount: 54.08 },
    { customer: '13047', date: '2010-12-02', orderId: '536367', amount: -4.08 },
    // Lines that cancel out exactly: an order of 0, still an order.
    { customer: '13047', date: '2010-12-03', orderId: '536368', amount: 0.1 },
    { customer: '13047', date: '2010-12-03', orderId: '536368', amount: 0.2 },
    { customer: '13047', date: '2010-12-03', orderId: '536368', amount: -0.3 },
    // A line without an order id is an order of its own; a negative one is a return.
    { customer: '13047', date: '2010-12-05', amount: -10 },
    // Without a customer: counts in the unfiltered numbers only.
    { customer: null, date: '2010-12-06', orderId: 'C536400', amount: -5 },
    { customer: null, date: '2010-12-06', orderId: '536401', amount: 30 }
  ]
  const series = buildSeries({ revenue: lines })
  const tx = series.transactions!
  const row = (id: string) => series.customers.ids.indexOf(id)

  it.each([
    ['17850', 1, 15.3 + 20.34 - 27.5, ['2010-12-01']],
    ['13047', 2, 54.08 - 4.08 + 0.1 + 0.2 - 0.3 - 10, ['2010-12-02', '2010-12-03']]
  ])('customer %s: %i orders, revenue net of returns, purchase days without returns', (id, orders, revenue, days) => {
    const c = row(id)
    expect(tx.orders[c]).toBe(orders)
    expect(tx.revenue[c]).toBeCloseTo(revenue, 10)
    expect(Array.from(tx.purchaseDays.days.subarray(tx.purchaseDays.start[c], tx.purchaseDays.start[c + 1])).map(dayToIso)).toEqual(days)
  })

  it('keeps returns out of the order count, and in the revenue, of the average ticket', () => {
    expect(tx.unassignedOrders[0]).toBe(1)
    expect(tx.unassignedRevenue[0]).toBe(25)
    const totals = dashboardMetrics(series).orders!
    const revenue = lines.reduce((sum, line) => sum + line.amount, 0)
    expect(totals.orders).toBe(4)
    expect(totals.revenue).toBeCloseTo(revenue, 10)
    expect(totals.averageTicket).toBeCloseTo(revenue / 4, 10)
  })
})
