// IBM Telco customer churn (7,043 customers, a churned flag, no dates): snapshot churn.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { buildSeries } from '../../../../src/shared/metrics/build'
import { snapshotChurn, snapshotChurnBy } from '../../../../src/shared/metrics/churn'
import { dashboardMetrics } from '../../../../src/shared/metrics/dashboard'
import { findCustomerColumn, selectCustomers } from '../../../../src/shared/metrics/selection'
import { realDataSet } from '../../../support/realData'

const dir = realDataSet('telco-churn')

describe.skipIf(!dir)('real data: Telco churn', () => {
  const rows = dir ? Papa.parse<Record<string, string>>(readFileSync(path.join(dir, 'WA_Fn-UseC_-Telco-Customer-Churn.csv'), 'utf8'), { header: true, skipEmptyLines: true }).data : []
  const series = buildSeries({
    customers: rows.map((row) => ({
      id: row.customerID,
      churned: row.Churn === 'Yes',
      mrr: Number(row.MonthlyCharges),
      attributes: { Contract: row.Contract, InternetService: row.InternetService, PaymentMethod: row.PaymentMethod }
    }))
  })

  it('gives 1,869 churned of 7,043 customers', () => {
    let churned = 0
    for (const row of rows) if (row.Churn === 'Yes') churned++
    expect(rows.length).toBe(7043)
    expect(churned).toBe(1869)
    expect(snapshotChurn(series, null)).toMatchObject({ customers: 7043, churned: 1869, churnRate: 1869 / 7043 })
  })

  it('gives the revenue share of churned customers', () => {
    let all = 0
    let lost = 0
    for (const row of rows) {
      all += Number(row.MonthlyCharges)
      if (row.Churn === 'Yes') lost += Number(row.MonthlyCharges)
    }
    expect(snapshotChurn(series, null)?.revenueChurnRate).toBeCloseTo(lost / all, 12)
  })

  it('splits churn by contract, and filters to one contract', () => {
    const expected: Record<string, { customers: number; churned: number }> = {}
    for (const row of rows) {
      const entry = (expected[row.Contract] ??= { customers: 0, churned: 0 })
      entry.customers++
      if (row.Churn === 'Yes') entry.churned++
    }
    const byContract = snapshotChurnBy(series, findCustomerColumn(series, 'Contract')!, null)
    expect(Object.keys(byContract).sort()).toEqual(Object.keys(expected).sort())
    for (const [contract, counts] of Object.entries(expected)) {
      expect(byContract[contract]).toMatchObject({ ...counts, churnRate: counts.churned / counts.customers })
    }
    expect(expected['Month-to-month'].customers).toBe(3875)
    const monthly = snapshotChurn(series, selectCustomers(series, [{ column: 'Contract', values: ['Month-to-month'] }]))
    expect(monthly?.churned).toBe(expected['Month-to-month'].churned)
  })

  it('puts the same numbers in the dashboard', () => {
    const dashboard = dashboardMetrics(series)
    expect(dashboard.snapshot).toMatchObject({ customers: 7043, churned: 1869 })
    expect(Object.keys(dashboard.snapshot!.bySegment)).toEqual(['Contract', 'InternetService', 'PaymentMethod'])
  })
})
