import { describe, expect, it } from 'vitest'
import { buildSeries } from '../../../../src/shared/metrics/build'
import { cohortTable } from '../../../../src/shared/metrics/cohorts'
import { customPeriod } from '../../../../src/shared/metrics/periods'
import { mrrSeries } from './fixtures'

describe('cohorts on subscription data', () => {
  const series = mrrSeries({
    a: [10, 10, 20, 0],
    b: [10, 0, 0, 10],
    c: [0, 30, 15, 15],
    d: [0, 0, 0, 5]
  })

  it('gives logo and revenue retention by month of first revenue, null after the last month', () => {
    const table = cohortTable(series, customPeriod('2024-01', '2024-04'), null)!
    expect(table.basis).toBe('subscriptions')
    expect(table.rows).toEqual([
      { cohort: '2024-01', size: 2, logoRetention: [1, 0.5, 0.5, 0.5], revenueRetention: [1, 0.5, 1, 0.5] },
      { cohort: '2024-02', size: 1, logoRetention: [1, 1, 1, null], revenueRetention: [1, 0.5, 0.5, null] },
      { cohort: '2024-04', size: 1, logoRetention: [1, null, null, null], revenueRetention: [1, null, null, null] }
    ])
  })

  it('shows the cohorts starting in the period, with cells up to its end', () => {
    const table = cohortTable(series, customPeriod('2024-02', '2024-03'), null)!
    expect(table.rows).toEqual([{ cohort: '2024-02', size: 1, logoRetention: [1, 1], revenueRetention: [1, 0.5] }])
  })

  it('follows the selection, and is null off the axis', () => {
    expect(cohortTable(series, customPeriod('2024-01', '2024-04'), Uint8Array.from([0, 0, 0, 1]))!.rows).toHaveLength(1)
    expect(cohortTable(series, customPeriod('2025-01', '2025-04'), null)).toBeNull()
  })
})

describe('repeat-purchase cohorts on transaction data', () => {
  it('counts a customer in c + k when it bought in that month', () => {
    const series = buildSeries({
      revenue: [
        { customer: 'a', date: '2024-01-02', amount: 100 },
        { customer: 'a', date: '2024-03-02', amount: 50 },
        { customer: 'b', date: '2024-01-15', amount: 100 },
        { customer: 'b', date: '2024-02-15', amount: 300 }
      ]
    })
    expect(cohortTable(series, customPeriod('2024-01', '2024-03'), null)).toEqual({
      basis: 'transactions',
      rows: [{ cohort: '2024-01', size: 2, logoRetention: [1, 0.5, 0.5], revenueRetention: [1, 1.5, 0.25] }]
    })
  })
})

describe('signup cohorts without revenue data', () => {
  it('counts a customer as retained until its churn date', () => {
    const series = buildSeries({
      customers: [
        { id: 'a', signupDate: '2024-01-10', churnDate: '2024-02-10' },
        { id: 'b', signupDate: '2024-01-20' },
        { id: 'c', signupDate: '2024-01-31', churnDate: '2024-01-31' }
      ],
      months: { to: '2024-03' }
    })
    expect(cohortTable(series, customPeriod('2024-01', '2024-03'), null)).toEqual({
      basis: 'signup',
      rows: [{ cohort: '2024-01', size: 3, logoRetention: [2 / 3, 1 / 3, 1 / 3], revenueRetention: null }]
    })
  })
})
