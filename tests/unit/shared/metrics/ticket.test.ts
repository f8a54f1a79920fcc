import { describe, expect, it } from 'vitest'
import { activeCustomers } from '../../../../src/shared/metrics/activeCustomers'
import { buildSeries } from '../../../../src/shared/metrics/build'
import { monthlyCustomers } from '../../../../src/shared/metrics/churn'
import { customPeriod, monthPeriod } from '../../../../src/shared/metrics/periods'
import { defaultMetricSettings } from '../../../../src/shared/metrics/settings'
import { arpa, averageMonthlyChurnRate, averageTicket, lifetimeValue, monthlyOrders, orderTotals, retentionWhatIf } from '../../../../src/shared/metrics/ticket'
import { mrrSeries } from './fixtures'

describe('average ticket', () => {
  const series = buildSeries({
    revenue: [
      { customer: 'a', date: '2024-01-03', amount: 100, orderId: '1' },
      { customer: 'a', date: '2024-01-03', amount: 50, orderId: '1' },
      { customer: 'b', date: '2024-01-20', amount: 30, orderId: '2' },
      { customer: 'b', date: '2024-02-02', amount: 20, orderId: '3' },
      { customer: null, date: '2024-02-05', amount: 40, orderId: '4' }
    ]
  })

  it('is revenue / distinct orders', () => {
    expect(averageTicket(200, 4)).toBe(50)
    expect(orderTotals(series, monthPeriod('2024-01'), null)).toEqual({ orders: 2, revenue: 180, averageTicket: 90 })
    expect(orderTotals(series, customPeriod('2024-01', '2024-02'), null)).toEqual({ orders: 4, revenue: 240, averageTicket: 60 })
  })

  it('leaves lines without a customer out of a filtered ticket', () => {
    const onlyB = Uint8Array.from([0, 1])
    expect(orderTotals(series, customPeriod('2024-01', '2024-02'), onlyB)).toEqual({ orders: 2, revenue: 50, averageTicket: 25 })
  })

  it('is null without orders, and the totals are null without transaction data', () => {
    expect(averageTicket(0, 0)).toBeNull()
    expect(orderTotals(series, monthPeriod('2024-01'), new Uint8Array(2))).toEqual({ orders: 0, revenue: 0, averageTicket: null })
    expect(orderTotals(mrrSeries({ a: [1] }), monthPeriod('2024-01'), null)).toBeNull()
  })

  it('per month', () => {
    const months = monthlyOrders(series, null)!
    expect(Array.from(months.orders)).toEqual([2, 2])
    expect(Array.from(months.revenue)).toEqual([180, 60])
  })
})

describe('ARPA and LTV', () => {
  it('ARPA is MRR / customers at the end', () => {
    expect(arpa(1000, 8)).toBe(125)
    expect(arpa(0, 0)).toBeNull()
  })

  it('LTV is ARPA / the mean monthly churn of the last 6 months, null when that churn is 0', () => {
    expect(lifetimeValue(100, 0.05)).toBeCloseTo(2000, 9)
    expect(lifetimeValue(100, 0)).toBeNull()
    expect(lifetimeValue(null, 0.1)).toBeNull()
    expect(lifetimeValue(100, null)).toBeNull()
  })

  it('averages the monthly churn rates that exist over the last 6 months', () => {
    // 10 customers; one leaves in month 2, one in month 8: rates 1/10 and 1/9 among months 3..8 -> only month 8.
    const mrr: Record<string, number[]> = {}
    for (let i = 0; i < 10; i++) mrr[`c${i}`] = Array.from({ length: 9 }, (_, m) => (i === 0 && m >= 2) || (i === 1 && m >= 8) ? 0 : 10)
    const series = mrrSeries(mrr)
    const counts = monthlyCustomers(series, activeCustomers(series, defaultMetricSettings)!, null)
    expect(averageMonthlyChurnRate(counts, 8, 6)).toBeCloseTo((0 * 5 + 1 / 9) / 6, 12)
    expect(averageMonthlyChurnRate(counts, 2, 6)).toBeCloseTo((0 + 1 / 10) / 2, 12)
    expect(averageMonthlyChurnRate(counts, 0, 6)).toBeNull()
  })
})

describe('retention what-if', () => {
  it('keeps MRR x churn reduction per month', () => {
    const result = retentionWhatIf({ customers: 350, mrr: 35_000, monthlyChurnRate: 20 / 350, churnReduction: 0.01, arpa: 100, costRatio: 7, acquisitionCost: 700 })
    expect(result.churnRateAfter).toBeCloseTo(20 / 350 - 0.01, 12)
    expect(result.customersKeptPerMonth).toBeCloseTo(3.5, 9)
    expect(result.mrrKeptPerMonth).toBeCloseTo(350, 9)
    expect(result.mrrKeptPerYear).toBeCloseTo(4200, 9)
    expect(result.replacementCostPerMonth).toBeCloseTo(2450, 9)
    expect(result.retentionCostPerMonth).toBeCloseTo(350, 9)
    expect(result.ltvNow).toBeCloseTo(1750, 9)
  })

  it('never goes below 0 churn, and is all null without a churn rate', () => {
    const result = retentionWhatIf({ customers: 10, mrr: 100, monthlyChurnRate: 0.005, churnReduction: 0.01, arpa: 10, costRatio: 7 })
    expect(result.churnRateAfter).toBe(0)
    expect(result.ltvAfter).toBeNull()
    expect(result.replacementCostPerMonth).toBeNull()
    expect(Object.values(retentionWhatIf({ customers: 0, mrr: 0, monthlyChurnRate: null, churnReduction: 0.01, arpa: null, costRatio: 7 })).every((value) => value === null)).toBe(true)
  })
})
