import { describe, expect, it } from 'vitest'
import { dashboardMetrics } from '../../../../src/shared/metrics/dashboard'
import { churnReasonRows } from '../../../../src/shared/charts/churnCharts'
import { netMrrChange } from '../../../../src/shared/charts/revenueCharts'
import { churnByMonthChart, churnReasonsChart } from '../../../../src/renderer/charts/churnCharts'
import type { ChartContext } from '../../../../src/renderer/charts/config'
import { createFormatters, formatMonth } from '../../../../src/renderer/charts/format'
import { mrrAndCustomersChart, mrrMovementsChart, newCustomersByChannelChart, retentionTrendChart } from '../../../../src/renderer/charts/revenueCharts'
import { sparklineChart } from '../../../../src/renderer/charts/sparkline'
import { chartTheme } from '../../../../src/renderer/charts/theme'
import { mrrSeries } from '../seriesFixtures'

function contextOf(locale: string, theme: 'light' | 'dark' = 'light'): ChartContext {
  return { theme: chartTheme(theme), format: createFormatters(locale, 'BRL'), monthLabel: (month) => formatMonth(month, locale) }
}

// a: stays, grows (upsell); b: churns in month 3; c: new in month 2, contracts; d: cross-sell.
const series = mrrSeries({ a: [100, 100, 150, 150], b: [200, 200, 0, 0], c: [0, 50, 50, 20], d: { CRM: [80, 80, 80, 80], BI: [0, 0, 30, 30] } })
const months = dashboardMetrics(series).months
const movementLabels = { new: 'New', upsell: 'Upsell', crossSell: 'Cross-sell', reactivation: 'Reactivation', contraction: 'Contraction', churn: 'Churn', net: 'Net' }

/** Calls a Chart.js tick callback the way Chart.js does. */
function tick(config: ReturnType<typeof churnByMonthChart>, axis: string, value: number): unknown {
  const scale = (config.options.scales as Record<string, { ticks?: { callback?: (value: number) => unknown } }>)[axis]
  return scale.ticks?.callback?.call(null, value)
}

describe('chart data builders', () => {
  it('churn by month: one point per month, customer and gross revenue churn', () => {
    const config = churnByMonthChart(months, { customerChurn: 'Customers', revenueChurn: 'Revenue' }, contextOf('en'))
    expect(config.type).toBe('line')
    expect(config.data.labels).toEqual(['Jan 24', 'Feb 24', 'Mar 24', 'Apr 24'])
    expect(config.data.datasets[0].data).toEqual(months.map((row) => row.customerChurnRate))
    expect(config.data.datasets[0].data[2]).toBe(0.25)
    expect(config.data.datasets[1].data).toEqual(months.map((row) => row.grossMrrChurnRate))
    expect(tick(config, 'y', 0.057)).toBe('5.7%')
    expect(tick(churnByMonthChart(months, { customerChurn: 'C', revenueChurn: 'R' }, contextOf('pt-BR')), 'y', 0.057)).toBe('5,7%')
  })

  it('MRR movements: gains above zero, losses below, and a net line that moves MRR from month to month', () => {
    const config = mrrMovementsChart(months, movementLabels, contextOf('pt-BR'))
    const byLabel = Object.fromEntries(config.data.datasets.map((dataset) => [dataset.label, dataset.data]))
    expect(byLabel.Churn[2]).toBe(-200)
    expect(byLabel.Upsell[2]).toBe(50)
    expect(byLabel['Cross-sell'][2]).toBe(30)
    expect(byLabel.Contraction[3]).toBe(-30)
    for (let m = 1; m < months.length; m++) expect(netMrrChange(months[m])).toBeCloseTo((months[m].mrr ?? 0) - (months[m - 1].mrr ?? 0))
    expect(config.data.datasets[0]).toMatchObject({ type: 'line', label: 'Net' })
    expect(config.options.scales?.y?.stacked).toBe(true)
  })

  it('follows the theme: dark charts draw with other colours than light ones', () => {
    const light = retentionTrendChart(months, { nrr: 'NRR', grr: 'GRR' }, contextOf('en', 'light'))
    const dark = retentionTrendChart(months, { nrr: 'NRR', grr: 'GRR' }, contextOf('en', 'dark'))
    expect(light.data.datasets[0].borderColor).not.toBe(dark.data.datasets[0].borderColor)
    expect(light.options.plugins?.legend?.labels?.color).toBe(chartTheme('light').text)
    expect(dark.options.plugins?.legend?.labels?.color).toBe(chartTheme('dark').text)
  })

  it('churn reasons: most customers first, a blank reason named, lost MRR in the tooltip', () => {
    const rows = churnReasonRows({ Preço: { customers: 3, mrr: 300 }, '': { customers: 1, mrr: null }, Suporte: { customers: 5, mrr: 90 } }, '(none)')
    expect(rows.map((row) => row.reason)).toEqual(['Suporte', 'Preço', '(none)'])
    const config = churnReasonsChart(rows, { customers: 'Customers', lostMrr: 'Lost MRR' }, contextOf('pt-BR'))
    expect(config.data.datasets[0].data).toEqual([5, 3, 1])
    expect(config.options.indexAxis).toBe('y')
  })

  it('referral: new customers by channel, referral channels in the "good" colour', () => {
    const theme = chartTheme('light')
    const config = newCustomersByChannelChart({ bySource: { Indicação: 2, 'Google Ads': 5, '': 1 }, newCustomers: 8, referredCustomers: 2, referredMrr: 100, referredShare: 0.25 }, (channel) => channel === 'Indicação', { newCustomers: 'New', blank: '(none)' }, contextOf('en'))
    expect(config.data.labels).toEqual(['Google Ads', 'Indicação', '(none)'])
    expect(config.data.datasets[0].backgroundColor).toEqual([theme.primary, theme.good, theme.primary])
  })

  it('sparklines and the MRR trend draw without axes or on two axes', () => {
    const spark = sparklineChart('MRR', ['2024-01', '2024-02'], [1, null], 'money', contextOf('en'))
    expect(spark.options.scales?.x?.display).toBe(false)
    expect(spark.data.datasets[0].data).toEqual([1, null])
    const trend = mrrAndCustomersChart(months, { mrr: 'MRR', customers: 'Customers' }, contextOf('en'))
    expect(trend.data.datasets.map((dataset) => dataset.data)).toEqual([months.map((row) => row.mrr), months.map((row) => row.customers)])
  })
})
