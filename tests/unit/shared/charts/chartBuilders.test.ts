// The shared chart-data builders: plain data in Chart.js's shape from metric results, no canvas.
import { describe, expect, it } from 'vitest'
import { campaignRatesChart, activityChart } from '../../../../src/shared/charts/campaignCharts'
import { churnByMonthChart, churnReasonRows, churnReasonsChart } from '../../../../src/shared/charts/churnCharts'
import { cohortRetentionChart } from '../../../../src/shared/charts/cohortCharts'
import { comparisonChart } from '../../../../src/shared/charts/comparisonCharts'
import type { ChartContext } from '../../../../src/shared/charts/context'
import { npsDistributionChart, npsTrendChart } from '../../../../src/shared/charts/npsCharts'
import { lightPalette } from '../../../../src/shared/charts/palette'
import { mrrMovementsChart, netMrrChange } from '../../../../src/shared/charts/revenueCharts'
import { npsFromCounts } from '../../../../src/shared/metrics/nps'
import type { MonthMetrics } from '../../../../src/shared/metrics/summary'

const context: ChartContext = { palette: lightPalette, monthLabel: (month) => `m${month.slice(5)}` }

function month(key: string, values: Partial<MonthMetrics>): MonthMetrics {
  const nulls = { mrr: null, startMrr: null, newMrr: null, expansionMrr: null, upsellMrr: null, crossSellMrr: null, contractionMrr: null, churnedMrr: null, reactivationMrr: null, newCustomers: null, reactivatedCustomers: null, grossMrrChurnRate: null, netMrrChurnRate: null, nrr: null, grr: null, quickRatio: null, arpa: null, customers: null, startCustomers: null, churnedCustomers: null, customerChurnRate: null, orders: null, revenue: null, averageTicket: null }
  return { ...nulls, month: key, ...values }
}

const months = [
  month('2025-01', { newMrr: 100, upsellMrr: 20, crossSellMrr: 10, expansionMrr: 30, reactivationMrr: 5, contractionMrr: 8, churnedMrr: 12, customerChurnRate: 0.05, grossMrrChurnRate: 0.02 }),
  month('2025-02', { customerChurnRate: null })
]

describe('chart-data builders', () => {
  it('draws MRR movements with losses below zero and the net change as a line', () => {
    const spec = mrrMovementsChart(months, { title: 'MRR', new: 'New', upsell: 'Upsell', crossSell: 'Cross-sell', reactivation: 'React.', contraction: 'Contr.', churn: 'Churn', net: 'Net' }, context)
    expect(spec.data.labels).toEqual(['m01', 'm02'])
    expect(spec.data.datasets[0]).toMatchObject({ type: 'line', label: 'Net', data: [115, null] })
    expect(spec.data.datasets.find((set) => set.label === 'Churn')?.data).toEqual([-12, null])
    expect(netMrrChange(months[0])).toBe(115)
    expect(spec).toMatchObject({ type: 'bar', valueKind: 'money', stacked: true })
    expect(JSON.parse(JSON.stringify(spec))).toEqual(spec)
  })

  it('keeps missing rates as gaps and orders churn reasons by customers lost', () => {
    expect(churnByMonthChart(months, { title: 't', customerChurn: 'c', revenueChurn: 'r' }, context).data.datasets[0].data).toEqual([0.05, null])
    const rows = churnReasonRows({ Preço: { customers: 2, mrr: 10 }, '': { customers: 5, mrr: null }, Suporte: { customers: 2, mrr: 30 } }, '(blank)')
    expect(rows.map((row) => row.reason)).toEqual(['(blank)', 'Suporte', 'Preço'])
    expect(churnReasonsChart(rows, { title: 't', customers: 'n' }, context)).toMatchObject({ horizontal: true, data: { labels: ['(blank)', 'Suporte', 'Preço'], datasets: [{ data: [5, 2, 2] }] } })
  })

  it('colours the NPS distribution by group and draws the trend in points', () => {
    const summary = npsFromCounts([1, 0, 0, 0, 0, 0, 2, 3, 0, 4, 5])
    const distribution = npsDistributionChart(summary.distribution, { title: 't', answers: 'a' }, context)
    const colours = distribution.data.datasets[0].backgroundColor as string[]
    expect([colours[6], colours[7], colours[9]]).toEqual([lightPalette.bad, lightPalette.neutral, lightPalette.good])
    expect(npsTrendChart([{ month: '2025-03', ...summary }], { title: 't', nps: 'NPS' }, context)).toMatchObject({ valueKind: 'nps', data: { labels: ['m03'], datasets: [{ data: [summary.nps] }] } })
  })

  it('draws cohort curves, campaign rates, activity and A/B comparisons', () => {
    const cohorts = cohortRetentionChart({ basis: 'subscriptions', rows: [{ cohort: '2025-01', size: 10, logoRetention: [1, 0.9], revenueRetention: [1, 1.1] }] }, { title: 't', monthLabel: (k) => `M${k}` }, context)
    expect(cohorts.data).toEqual({ labels: ['M0', 'M1'], datasets: [expect.objectContaining({ label: 'm01', data: [1, 0.9] })] })
    const group = { recipients: 10, sent: 10, delivered: 8, opened: 4, clicked: 2, converted: 1, control: false, deliveryRate: 0.8, openRate: 0.5, clickRate: 0.25, clickToOpen: 0.5, conversionRate: 0.125, campaign: 'C', group: 'E-mail' }
    expect(campaignRatesChart({ 'E-mail · C': group }, { title: 't', openRate: 'o', clickRate: 'c', conversionRate: 'v' }, context).data.datasets.map((set) => set.data)).toEqual([[0.5], [0.25], [0.125]])
    expect(activityChart({ active: 5, inactive: 1, newCustomers: null, activated: null }, { title: 't', customers: 'c', active: 'a', inactive: 'i', newCustomers: 'n', activated: 'd' }, context).data.datasets[0].data).toEqual([5, 1, null, null])
    expect(comparisonChart('x', [{ label: 'Churn', a: 0.05, b: 0.04 }], 'percent', { title: 't', a: 'A', b: 'B' }, context).data.datasets.map((set) => set.data)).toEqual([[0.05], [0.04]])
  })
})
