import { describe, expect, it } from 'vitest'
import { buildSeries } from '../../../../src/shared/metrics/build'
import { customersBehind } from '../../../../src/shared/metrics/customersBehind'
import { dashboardMetrics } from '../../../../src/shared/metrics/dashboard'
import { metricSettings } from '../../../../src/shared/metrics/settings'
import { churnedCustomers, inactiveShareByMonth } from '../../../../src/renderer/stores/customerLists'
import { subscriptionsOf } from '../seriesFixtures'

const mrr = { a: [10, 10, 10, 10, 10], b: [20, 20, 0, 0, 0], c: [30, 30, 30, 0, 30], d: [0, 5, 0, 0, 0], e: [40, 40, 40, 40, 0] }
const series = buildSeries({
  customers: [
    { id: 'a', attributes: { Segmento: 'PME' } },
    { id: 'b', attributes: { Segmento: 'PME' }, churnReason: 'Preço' },
    { id: 'c', attributes: { Segmento: 'Enterprise' } },
    { id: 'd', attributes: { Segmento: 'PME' } },
    { id: 'e', attributes: { Segmento: 'Enterprise' } }
  ],
  subscriptions: subscriptionsOf(mrr, '2025-01'),
  activity: [{ customer: 'a', date: '2025-05-20' }, { customer: 'e', date: '2025-03-30' }, { customer: 'c', date: '2025-04-10' }],
  churnEvents: [{ customer: 'e', date: '2025-05-01', reason: 'Suporte' }],
  months: { from: '2025-01', to: '2025-05' }
})
const settings = metricSettings()
const periods = [
  { from: '2025-02', to: '2025-02' }, { from: '2025-03', to: '2025-03' }, { from: '2025-04', to: '2025-04' }, { from: '2025-05', to: '2025-05' },
  { from: '2025-02', to: '2025-05' }, { from: '2025-01', to: '2025-03' }
]

describe('the customer lists behind the dashboard numbers', () => {
  it('lists exactly the churned customers the engine counts, for every period and filter', () => {
    for (const period of periods) {
      for (const filters of [[], [{ column: 'Segmento', values: ['PME'] }], [{ column: 'Segmento', values: ['Enterprise'] }]]) {
        const counted = dashboardMetrics(series, { period, filters }).summary?.churnedCustomers ?? 0
        const rows = churnedCustomers(series, period, filters, settings)
        expect(rows, `${period.from}..${period.to} ${JSON.stringify(filters)}`).toHaveLength(counted)
        expect(rows.map((row) => row.id)).toEqual(Array.from(customersBehind(series, { period, filters, settings }).churned, (c) => series.customers.ids[c]))
      }
    }
  })

  it('says when each left, with its MRR at the start and its reason', () => {
    const rows = churnedCustomers(series, { from: '2025-02', to: '2025-05' }, [], settings)
    expect(rows).toEqual([
      { id: 'b', churnMonth: '2025-03', startMrr: 20, reason: 'Preço' },
      { id: 'e', churnMonth: '2025-05', startMrr: 40, reason: 'Suporte' }
    ])
  })

  it('measures the inactive share at each month end as the engine does at the period end', () => {
    const trend = inactiveShareByMonth(series, { from: '2025-01', to: '2025-05' }, [], settings)
    expect(trend.months).toEqual(['2025-01', '2025-02', '2025-03', '2025-04', '2025-05'])
    trend.months.forEach((month, i) => {
      expect(trend.values[i], month).toBe(dashboardMetrics(series, { period: { from: month, to: month } }).activity?.inactiveShare ?? null)
    })
  })
})
