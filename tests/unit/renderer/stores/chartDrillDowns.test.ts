import { describe, expect, it } from 'vitest'
import { buildSeries } from '../../../../src/shared/metrics/build'
import { churnReasons } from '../../../../src/shared/metrics/churn'
import { customersBehind } from '../../../../src/shared/metrics/customersBehind'
import { dashboardMetrics } from '../../../../src/shared/metrics/dashboard'
import { metricSettings } from '../../../../src/shared/metrics/settings'
import { customerSelection, churnedCustomers } from '../../../../src/renderer/stores/customerLists'
import { churnedTable, churnReasonCustomers, customersAtEndTable, customersAtStartTable, monthPeriod, movementCustomers, MOVEMENT_KINDS, revenueChurnCustomers } from '../../../../src/renderer/stores/customersBehind'
import type { DataTableModel } from '../../../../src/renderer/stores/dataTable'
import { subscriptionsOf } from '../seriesFixtures'
import { companySeries } from '../viewFixtures'

const settings = metricSettings()
const enterprise = [{ column: 'Segmento', values: ['Enterprise'] }]

/** The sum of a money column. */
function total(table: Pick<DataTableModel, 'columns' | 'rows'>, key: string): number {
  const column = table.columns.findIndex((c) => c.key === key)
  return table.rows.reduce((sum, row) => sum + Number(row.cells[column] ?? 0), 0)
}

describe('the chart and KPI drill-downs open as many customers as their numbers count', () => {
  const series = companySeries()

  it('each month of the churn and movements charts: churned, new, upsell, cross-sell, reactivated, contracted and churned-MRR customers', () => {
    let seen = 0
    for (const filters of [[], enterprise]) {
      const trend = dashboardMetrics(series, { period: { from: '2024-01', to: '2024-12' }, filters }).months
      for (const row of trend.slice(1)) {
        const period = monthPeriod(row.month)
        const m = series.months.indexOf(row.month)
        const summary = dashboardMetrics(series, { period, filters }).summary
        const behind = customersBehind(series, { period, filters, settings })
        expect(churnedTable(series, churnedCustomers(series, period, filters, settings), m).rows.length).toBe(row.churnedCustomers)
        expect(movementCustomers(series, behind, 'new', m).rows.length).toBe(row.newCustomers)
        expect(movementCustomers(series, behind, 'reactivated', m).rows.length).toBe(row.reactivatedCustomers)
        for (const kind of MOVEMENT_KINDS) expect(movementCustomers(series, behind, kind, m).rows.length).toBe(behind[kind].length)
        // The listed MRR adds up to the movement: start minus end for losses, end minus start for gains.
        expect(total(movementCustomers(series, behind, 'new', m), 'mrr')).toBeCloseTo(row.newMrr ?? 0, 6)
        const lost = revenueChurnCustomers(series, behind, m, { churn: 'churn', contraction: 'contraction' })
        expect(total(lost, 'startMrr') - total(lost, 'mrr')).toBeCloseTo((summary?.churnedMrr ?? 0) + (summary?.contractionMrr ?? 0), 6)
        seen += behind.new.length + behind.churned.length
      }
    }
    expect(seen).toBeGreaterThan(10)
  })

  it('KPIs: the customers at the end add up to the MRR, those at the start to the start MRR', () => {
    for (const filters of [[], enterprise]) {
      const period = { from: '2024-04', to: '2024-09' }
      const summary = dashboardMetrics(series, { period, filters }).summary
      const behind = customersBehind(series, { period, filters, settings })
      const last = series.months.indexOf(period.to)
      const end = customersAtEndTable(series, behind, last)
      expect(end.rows.length).toBe(summary?.customers)
      expect(total(end, 'mrr')).toBeCloseTo(summary?.mrr ?? 0, 6)
      const start = customersAtStartTable(series, behind, last)
      expect(start.rows.length).toBe(summary?.startCustomers)
      expect(total(start, 'startMrr')).toBeCloseTo(summary?.startMrr ?? 0, 6)
    }
  })
})

describe('a churn-reason bar opens the customers of that reason', () => {
  const mrr = { a: [10, 10, 0, 0], b: [20, 20, 20, 0], c: [30, 0, 0, 0], d: [5, 5, 5, 5] }
  const series = buildSeries({
    customers: [{ id: 'a', attributes: { Segmento: 'PME' } }, { id: 'b', attributes: { Segmento: 'Enterprise' } }, { id: 'c', attributes: { Segmento: 'PME' } }, { id: 'd', attributes: { Segmento: 'PME' } }],
    subscriptions: subscriptionsOf(mrr, '2025-01'),
    churnEvents: [
      { customer: 'a', date: '2025-03-02', reason: 'Preço' },
      { customer: 'b', date: '2025-04-01', reason: 'Preço' },
      { customer: 'c', date: '2025-02-10', reason: 'Suporte' },
      { customer: 'd', date: '2025-03-15' }
    ],
    months: { from: '2025-01', to: '2025-04' }
  })

  it('as many customers as the reason counts, with the MRR lost, for every period and filter', () => {
    for (const period of [{ from: '2025-02', to: '2025-04' }, { from: '2025-03', to: '2025-03' }, { from: '2025-04', to: '2025-04' }]) {
      for (const filters of [[], [{ column: 'Segmento', values: ['PME'] }]]) {
        const selection = customerSelection(series, filters)
        for (const [reason, count] of Object.entries(churnReasons(series, period, selection))) {
          const table = churnReasonCustomers(series, period, selection, reason)
          expect(table.rows.length, `${reason} ${period.from}`).toBe(count.customers)
          expect(total(table, 'lostMrr')).toBe(count.mrr)
        }
      }
    }
    expect(churnReasonCustomers(series, { from: '2025-02', to: '2025-04' }, null, 'Preço').rows.map((row) => row.cells[0])).toEqual(['a', 'b'])
  })
})
