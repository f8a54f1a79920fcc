import { describe, expect, it } from 'vitest'
import { emptyMovements, periodMovements } from '../../../../src/shared/metrics/movements'
import { customPeriod, monthPeriod } from '../../../../src/shared/metrics/periods'
import { grossRevenueRetention, netRevenueRetention, quickRatio } from '../../../../src/shared/metrics/retention'
import { mrrSeries } from './fixtures'

describe('GRR, NRR and quick ratio', () => {
  const totals = { ...emptyMovements(), startMrr: 1000, newMrr: 200, reactivationMrr: 50, expansionMrr: 150, contractionMrr: 40, churnedMrr: 60 }

  it('follow the formulas', () => {
    expect(grossRevenueRetention(totals)).toBe(0.9)
    expect(netRevenueRetention(totals)).toBe(1.05)
    expect(quickRatio(totals)).toBe(4)
  })

  it('are null on empty denominators', () => {
    expect(grossRevenueRetention(emptyMovements())).toBeNull()
    expect(netRevenueRetention({ ...emptyMovements(), newMrr: 10 })).toBeNull()
    expect(quickRatio({ ...emptyMovements(), startMrr: 10, newMrr: 5 })).toBeNull()
  })

  it('leave new and reactivated MRR out of NRR', () => {
    const series = mrrSeries({ kept: [100, 120], fresh: [0, 500], back: [10, 0, 0] }, { months: 4 })
    const q = periodMovements(series, customPeriod('2024-02', '2024-02'), null)!
    expect(netRevenueRetention(q)).toBeCloseTo(120 / 110, 12)
    expect(grossRevenueRetention(q)).toBeCloseTo(100 / 110, 12)
  })

  it('of a single customer who only contracts', () => {
    const q = periodMovements(mrrSeries({ a: [100, 75] }), monthPeriod('2024-02'), null)!
    expect(grossRevenueRetention(q)).toBe(0.75)
    expect(netRevenueRetention(q)).toBe(0.75)
    expect(quickRatio(q)).toBe(0)
  })
})
