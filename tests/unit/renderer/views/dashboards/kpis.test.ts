import { describe, expect, it } from 'vitest'
import { dashboardMetrics } from '../../../../../src/shared/metrics/dashboard'
import { createFormatters, formatMonth } from '../../../../../src/renderer/charts/format'
import { chartTheme } from '../../../../../src/renderer/charts/theme'
import dashboardsEn from '../../../../../src/renderer/i18n/dashboards.en'
import { overviewKpis, type Translate } from '../../../../../src/renderer/views/dashboards/kpis'
import { mrrSeries } from '../../seriesFixtures'

/** English texts with `{name}` filled in, as vue-i18n does. */
const t: Translate = (key, params = {}) => {
  const text = key.replace(/^dashboards\./, '').split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], dashboardsEn)
  return String(text).replace(/\{(\w+)\}/g, (_, name: string) => String(params[name]))
}
const context = { theme: chartTheme('light'), format: createFormatters('en', 'BRL'), monthLabel: (month: string) => formatMonth(month, 'en') }

// The seed's example: 350 customers at the start, 20 lost in the month -> 5.7 %.
const mrr: Record<string, number[]> = {}
for (let i = 0; i < 350; i++) mrr[`c${i}`] = i < 20 ? [100, 100, 0] : [100, 100, 100]
const series = mrrSeries(mrr)

function cards(period: { from: string; to: string }) {
  const current = dashboardMetrics(series, { period })
  const previous = dashboardMetrics(series, { period: { from: '2024-02', to: '2024-02' } })
  const trend = dashboardMetrics(series, { period: { from: '2024-01', to: period.to } })
  return overviewKpis({ current, previous, trend, inactiveTrend: { months: [], values: [] }, lastMonthName: 'March 2024', inactivityWindowDays: 90 }, t, context)
}

describe('the Overview KPI cards', () => {
  it('shows the seed example with its formula: 20 churned / 350 at start = 5.7%', () => {
    const churn = cards({ from: '2024-03', to: '2024-03' }).find((card) => card.id === 'customerChurn')
    expect(churn?.value).toBe('5.7%')
    expect(churn?.formula).toBe('20 churned / 350 at start = 5.7%')
    expect(churn?.change).toBe('+5.7 p.p.')
    expect(churn?.trend).toBe('worse')
    expect(churn?.sparkline?.data.datasets[0].data).toEqual([null, 0, 20 / 350])
  })

  it('shows money, customers and revenue churn with their inputs', () => {
    const byId = Object.fromEntries(cards({ from: '2024-03', to: '2024-03' }).map((card) => [card.id, card]))
    expect(byId.mrr.value).toBe('R$33,000')
    expect(byId.mrr.change).toBe('-R$2,000')
    expect(byId.customers.value).toBe('330')
    expect(byId.revenueChurn.formula).toBe('(R$2,000 churned + R$0.00 contraction) / R$35,000 MRR at start = 5.7%')
    expect(byId.nrr.value).toBe('94.3%')
  })

  it('says which file lights up a card the data cannot fill', () => {
    const byId = Object.fromEntries(cards({ from: '2024-03', to: '2024-03' }).map((card) => [card.id, card]))
    expect(byId.nps.value).toBe('—')
    expect(byId.nps.empty).toBe(dashboardsEn.empty.nps)
    expect(byId.averageTicket.empty).toBe(dashboardsEn.empty.orders)
    expect(byId.inactiveShare.empty).toBe(dashboardsEn.empty.activity)
    expect(byId.mrr.empty).toBeNull()
  })

  it('explains a rate that has no start: the period starts with the data', () => {
    const churn = cards({ from: '2024-01', to: '2024-01' }).find((card) => card.id === 'customerChurn')
    expect(churn?.value).toBe('—')
    expect(churn?.formula).toBe(dashboardsEn.formula.noStart)
  })
})
