import { describe, expect, it } from 'vitest'
import { emptyMovements, monthlyMovements, movementsOfMonth, periodMovements } from '../../../../src/shared/metrics/movements'
import { customPeriod, monthPeriod } from '../../../../src/shared/metrics/periods'
import { mrrSeries } from './fixtures'

const month = (mrr: Parameters<typeof mrrSeries>[0], m: number) => movementsOfMonth(monthlyMovements(mrrSeries(mrr), null)!, m)

describe('monthly revenue movements', () => {
  it('classifies each customer into one movement', () => {
    const totals = month({ fresh: [0, 10], up: [10, 25], down: [30, 20], gone: [40, 0], same: [5, 5] }, 1)
    expect(totals).toMatchObject({
      startMrr: 85, endMrr: 60, newMrr: 10, reactivationMrr: 0, expansionMrr: 15, contractionMrr: 10, churnedMrr: 40,
      startCustomers: 4, endCustomers: 4, newCustomers: 1, expandedCustomers: 1, contractedCustomers: 1, churnedCustomers: 1
    })
  })

  it('tells reactivation from new by the customer having had MRR before', () => {
    const movements = monthlyMovements(mrrSeries({ back: [10, 0, 0, 12], first: [0, 0, 0, 7] }), null)!
    expect(movementsOfMonth(movements, 1)).toMatchObject({ churnedMrr: 10, churnedCustomers: 1 })
    expect(movementsOfMonth(movements, 3)).toMatchObject({ reactivationMrr: 12, reactivatedCustomers: 1, newMrr: 7, newCustomers: 1 })
  })

  it('handles a month with only contraction', () => {
    expect(month({ a: [100, 60], b: [50, 45] }, 1)).toEqual({
      ...emptyMovements(), startMrr: 150, endMrr: 105, contractionMrr: 45, startCustomers: 2, endCustomers: 2, contractedCustomers: 2
    })
  })

  it('counts the first month of the axis as new (there is no month before it)', () => {
    expect(month({ a: [10] }, 0)).toMatchObject({ startMrr: 0, newMrr: 10, newCustomers: 1 })
  })

  it('is empty for an empty selection and null without subscription data', () => {
    const series = mrrSeries({ a: [1, 2] })
    expect(movementsOfMonth(monthlyMovements(series, new Uint8Array(1))!, 1)).toEqual(emptyMovements())
    expect(monthlyMovements({ ...series, subscriptions: null }, null)).toBeNull()
  })
})

describe('upsell and cross-sell', () => {
  it('calls growth of a product already owned upsell, a new product cross-sell', () => {
    expect(month({ a: { CRM: [10, 15], BI: [0, 8] } }, 1)).toMatchObject({ expansionMrr: 13, upsellMrr: 5, crossSellMrr: 8 })
  })

  it('nets the loss of another product against upsell first', () => {
    // +10 CRM, +8 new BI, -4 Chat: expansion 14 = upsell 6 + cross-sell 8.
    expect(month({ a: { CRM: [10, 20], BI: [0, 8], Chat: [4, 0] } }, 1)).toMatchObject({ expansionMrr: 14, upsellMrr: 6, crossSellMrr: 8 })
  })

  it('nets losses beyond the upsell against cross-sell', () => {
    // A plan swap: Basic 10 -> Pro 30 is a new product: cross-sell 20.
    expect(month({ a: { Basic: [10, 0], Pro: [0, 30] } }, 1)).toMatchObject({ expansionMrr: 20, upsellMrr: 0, crossSellMrr: 20 })
  })

  it('makes every expansion upsell when the data has no products', () => {
    expect(month({ a: [10, 30] }, 1)).toMatchObject({ expansionMrr: 20, upsellMrr: 20, crossSellMrr: 0 })
  })

  it('leaves a product swap that loses MRR as contraction', () => {
    expect(month({ a: { Basic: [30, 0], Pro: [0, 10] } }, 1)).toMatchObject({ expansionMrr: 0, contractionMrr: 20, upsellMrr: 0, crossSellMrr: 0 })
  })
})

describe('period movements compare the end of the period with its start', () => {
  const series = mrrSeries({
    steady: [10, 10, 10, 10, 10],
    inside: [0, 0, 5, 0, 0],
    returns: [10, 10, 0, 10, 10],
    grows: [10, 10, 20, 15, 12],
    leaves: [10, 10, 10, 0, 0],
    late: [0, 0, 0, 0, 9],
    old: [3, 0, 0, 0, 4]
  })
  const q = periodMovements(series, customPeriod('2024-03', '2024-05'), null)!

  it('leaves out a customer who starts and churns inside the period, and one who leaves and returns', () => {
    expect(q.startMrr).toBe(40)
    expect(q.startCustomers).toBe(4)
    expect(q.churnedCustomers).toBe(1)
    expect(q.churnedMrr).toBe(10)
    expect(q.expansionMrr).toBe(2)
    expect(q.newMrr).toBe(9)
    expect(q.reactivationMrr).toBe(4)
    expect(q.endMrr).toBe(45)
    expect(q.endMrr).toBe(q.startMrr + q.newMrr + q.reactivationMrr + q.expansionMrr - q.contractionMrr - q.churnedMrr)
  })

  it('is the monthly movement for a one-month period', () => {
    expect(periodMovements(series, monthPeriod('2024-03'), null)).toEqual(movementsOfMonth(monthlyMovements(series, null)!, 2))
  })

  it('is null off the axis', () => {
    expect(periodMovements(series, monthPeriod('2030-01'), null)).toBeNull()
  })
})
