import { describe, expect, it } from 'vitest'
import type { ChartConfig, ChartContext } from '../../../../src/renderer/charts/config'
import { cohortCurvesChart, overlayChart } from '../../../../src/renderer/charts/compareCharts'
import { createFormatters } from '../../../../src/renderer/charts/format'
import { mrrAndCustomersChart, mrrMovementsChart } from '../../../../src/renderer/charts/revenueCharts'
import { chartExtents, jointExtents, roundExtent, withAxisExtents } from '../../../../src/renderer/charts/sharedAxis'
import { chartTheme } from '../../../../src/renderer/charts/theme'
import { dashboardMetrics } from '../../../../src/shared/metrics/dashboard'
import { mrrSeries } from '../seriesFixtures'

const context: ChartContext = { theme: chartTheme('light'), format: createFormatters('en', 'BRL'), monthLabel: (month) => month }
const labels = { new: 'N', upsell: 'U', crossSell: 'X', reactivation: 'R', contraction: 'C', churn: 'Ch', net: 'Net' }

function line(values: (number | null)[]): ChartConfig {
  return { type: 'line', data: { labels: values.map(String), datasets: [{ label: 'v', data: values }] }, options: {} }
}

describe('shared value axes of the split comparison', () => {
  it('a line chart spans its values; a bar chart includes zero', () => {
    expect(chartExtents(line([3, null, 7, 5]))).toEqual({ y: { min: 3, max: 7 } })
    const bars: ChartConfig = { type: 'bar', data: { labels: ['a', 'b'], datasets: [{ label: 'v', data: [4, 9] }] }, options: {} }
    expect(chartExtents(bars)).toEqual({ y: { min: 0, max: 9 } })
  })

  it('stacked bars count each stack above and below zero; the net line is its own stack', () => {
    const series = mrrSeries({ a: [10, 30, 0], b: [0, 5, 5], c: [20, 20, 15] })
    const months = dashboardMetrics(series, { period: { from: '2024-01', to: '2024-03' } }).months
    const extents = chartExtents(mrrMovementsChart(months, labels, context))
    // January: 30 new above zero (February: 20 expansion + 5 new); March: 30 churned + 5 contraction below zero.
    expect(extents.y.max).toBe(30)
    expect(extents.y.min).toBe(-35)
  })

  it('every value axis gets its own extent (MRR left, customers right)', () => {
    const months = dashboardMetrics(mrrSeries({ a: [10, 10], b: [0, 40] }), { period: { from: '2024-01', to: '2024-02' } }).months
    const extents = chartExtents(mrrAndCustomersChart(months, { mrr: 'MRR', customers: 'Customers' }, context))
    expect(extents).toEqual({ y: { min: 10, max: 50 }, customers: { min: 1, max: 2 } })
  })

  it('the joint extent covers both sides, rounded out, and both charts get the same bounds', () => {
    const a = line([120, 340])
    const b = line([80, 410])
    const joint = jointExtents([chartExtents(a), chartExtents(b)])
    expect(joint).toEqual({ y: { min: 80, max: 410 } })
    expect(roundExtent(joint.y)).toEqual({ min: 0, max: 500 })
    const drawnA = withAxisExtents(a, joint).options.scales?.y
    const drawnB = withAxisExtents(b, joint).options.scales?.y
    expect(drawnA).toMatchObject({ min: 0, max: 500 })
    expect(drawnB).toEqual(drawnA)
    expect(a.options.scales).toBeUndefined()
  })

  it('a flat extent gets room around it', () => {
    expect(roundExtent({ min: 0, max: 0 })).toEqual({ min: -1, max: 1 })
    const flat = roundExtent({ min: 5, max: 5 })
    expect(flat.min).toBeLessThan(5)
    expect(flat.max).toBeGreaterThan(5)
  })
})

describe('compare charts', () => {
  it('overlays A and B by position, the shorter side padded by the axis', () => {
    const chart = overlayChart({ label: 'A', months: ['2025-10', '2025-11', '2025-12'], values: [1, 2, 3] }, { label: 'B', months: ['2024-10', '2024-11'], values: [4, 5] }, 'money', (k) => `M${k}`, context)
    expect(chart.data.labels).toEqual(['M1', 'M2', 'M3'])
    expect(chart.data.datasets.map((set) => set.data)).toEqual([[1, 2, 3], [4, 5]])
  })

  it('cohort curves: logo retention of both sides, revenue only when both have it; none without cohorts', () => {
    const curve = (values: number[], revenue: number[] | null) => ({ basis: 'subscriptions' as const, cohorts: 1, customers: 2, logoRetention: values, revenueRetention: revenue, cohortsAt: values.map(() => 1) })
    const names = { logoA: 'LA', logoB: 'LB', revenueA: 'RA', revenueB: 'RB', month: (k: number) => `m${k}` }
    const both = cohortCurvesChart(curve([1, 0.5], [1, 0.8]), curve([1, 0.7, 0.6], [1, 0.9, 0.9]), names, context)
    expect(both?.data.labels).toEqual(['m0', 'm1', 'm2'])
    expect(both?.data.datasets.map((set) => set.label)).toEqual(['LA', 'LB', 'RA', 'RB'])
    expect(both?.data.datasets[0].data).toEqual([1, 0.5, null])
    expect(cohortCurvesChart(curve([1], null), curve([1], [1]), names, context)?.data.datasets).toHaveLength(2)
    expect(cohortCurvesChart(null, null, names, context)).toBeNull()
  })
})
