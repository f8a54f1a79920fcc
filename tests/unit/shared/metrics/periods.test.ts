import { describe, expect, it } from 'vitest'
import { buildSeries } from '../../../../src/shared/metrics/build'
import { axisRange, customPeriod, defaultComparisons, monthPeriod, periodContaining, periodLength, periodMonths, previousPeriod, quarterPeriod, samePeriodLastYear, wholeSeriesPeriod, yearPeriod } from '../../../../src/shared/metrics/periods'

describe('periods', () => {
  it('builds months, quarters and years', () => {
    expect(monthPeriod('2024-03')).toEqual({ from: '2024-03', to: '2024-03' })
    expect(periodContaining('quarter', '2024-05')).toEqual({ from: '2024-04', to: '2024-06' })
    expect(periodContaining('year', '2024-05')).toEqual({ from: '2024-01', to: '2024-12' })
    expect(quarterPeriod(2024, 4)).toEqual({ from: '2024-10', to: '2024-12' })
    expect(yearPeriod(2023)).toEqual({ from: '2023-01', to: '2023-12' })
  })

  it('starts quarters and years at the fiscal year start', () => {
    expect(periodContaining('year', '2025-02', 4)).toEqual({ from: '2024-04', to: '2025-03' })
    expect(periodContaining('year', '2024-04', 4)).toEqual({ from: '2024-04', to: '2025-03' })
    expect(periodContaining('quarter', '2025-02', 4)).toEqual({ from: '2025-01', to: '2025-03' })
    expect(periodContaining('quarter', '2024-04', 4)).toEqual({ from: '2024-04', to: '2024-06' })
    expect(quarterPeriod(2024, 1, 4)).toEqual({ from: '2024-04', to: '2024-06' })
    expect(yearPeriod(2024, 7)).toEqual({ from: '2024-07', to: '2025-06' })
    expect(() => periodContaining('year', '2024-01', 13)).toThrow(RangeError)
  })

  it('finds the previous period and the same period last year', () => {
    expect(previousPeriod(monthPeriod('2024-01'))).toEqual({ from: '2023-12', to: '2023-12' })
    expect(previousPeriod({ from: '2024-04', to: '2024-06' })).toEqual({ from: '2024-01', to: '2024-03' })
    expect(previousPeriod(customPeriod('2024-02', '2024-06'))).toEqual({ from: '2023-09', to: '2024-01' })
    expect(samePeriodLastYear({ from: '2024-04', to: '2024-06' })).toEqual({ from: '2023-04', to: '2023-06' })
  })

  it('refuses a custom period that ends before it starts', () => {
    expect(() => customPeriod('2024-05', '2024-04')).toThrow(RangeError)
    expect(periodLength(customPeriod('2023-11', '2024-02'))).toBe(4)
    expect(periodMonths(customPeriod('2023-11', '2024-02'))).toEqual(['2023-11', '2023-12', '2024-01', '2024-02'])
  })

  it('gives the default comparisons', () => {
    expect(defaultComparisons('2024-05')).toEqual([
      { current: { from: '2024-05', to: '2024-05' }, reference: { from: '2024-04', to: '2024-04' } },
      { current: { from: '2024-04', to: '2024-06' }, reference: { from: '2023-04', to: '2023-06' } }
    ])
  })

  it('places a period on a series axis, cut to it', () => {
    const series = buildSeries({ subscriptions: [{ customer: 'a', start: '2024-01-05', end: '2024-06-01', mrr: 1 }] })
    expect(series.months).toEqual(['2024-01', '2024-02', '2024-03', '2024-04', '2024-05', '2024-06'])
    expect(wholeSeriesPeriod(series)).toEqual({ from: '2024-01', to: '2024-06' })
    expect(axisRange(series, monthPeriod('2024-03'))).toEqual({ first: 2, last: 2, baseline: 1 })
    expect(axisRange(series, customPeriod('2023-06', '2024-02'))).toEqual({ first: 0, last: 1, baseline: -1 })
    expect(axisRange(series, customPeriod('2024-05', '2025-02'))).toEqual({ first: 4, last: 5, baseline: 3 })
    expect(axisRange(series, monthPeriod('2025-01'))).toBeNull()
    expect(wholeSeriesPeriod(buildSeries({}))).toBeNull()
  })
})
