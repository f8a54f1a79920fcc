import { describe, expect, it } from 'vitest'
import * as sharedChurn from '../../../../src/shared/charts/churnCharts'
import * as sharedNps from '../../../../src/shared/charts/npsCharts'
import { lightPalette } from '../../../../src/shared/charts/palette'
import * as sharedRevenue from '../../../../src/shared/charts/revenueCharts'
import { isReferralChannel, type Referral } from '../../../../src/shared/metrics/referral'
import { dashboardMetrics } from '../../../../src/shared/metrics/dashboard'
import { churnByMonthChart, churnReasonsChart } from '../../../../src/renderer/charts/churnCharts'
import type { ChartConfig, ChartContext } from '../../../../src/renderer/charts/config'
import { createFormatters, formatMonth } from '../../../../src/renderer/charts/format'
import { npsBySegmentChart, npsDistributionChart, npsTrendChart } from '../../../../src/renderer/charts/npsCharts'
import { mrrMovementsChart, newCustomersByChannelChart, retentionTrendChart } from '../../../../src/renderer/charts/revenueCharts'
import { chartFromSpec, paletteOf } from '../../../../src/renderer/charts/specChart'
import { chartTheme } from '../../../../src/renderer/charts/theme'
import type { ChartSpec } from '../../../../src/shared/charts/chartSpec'
import { companySeries } from '../viewFixtures'

const context: ChartContext = { theme: chartTheme('light'), format: createFormatters('pt-BR', 'BRL'), monthLabel: (month) => formatMonth(month, 'pt-BR') }
const report = { palette: lightPalette, monthLabel: context.monthLabel }
const series = companySeries()
const year = dashboardMetrics(series, { period: { from: '2024-01', to: '2024-12' } })
const months = year.months

/** What a chart shows, without its colours: the dashboards draw in the theme's, the report on white. */
function shown(chart: ChartConfig | ChartSpec): { labels: unknown; data: unknown[]; names: unknown[] } {
  return { labels: chart.data.labels, data: chart.data.datasets.map((dataset) => dataset.data), names: chart.data.datasets.map((dataset) => dataset.label) }
}

describe('the dashboards draw the report’s chart data', () => {
  it('churn, revenue and NPS charts show what the shared builders give the report', () => {
    const movementLabels = { title: 'MRR', new: 'Novo', upsell: 'Upsell', crossSell: 'Cross-sell', reactivation: 'Reativação', contraction: 'Contração', churn: 'Churn', net: 'Líquido' }
    const reasons = sharedChurn.churnReasonRows(year.churnReasons, '(sem motivo)')
    const nps = year.nps
    if (!nps) throw new Error('the sample has NPS answers')
    const referral: Referral = { newCustomers: 3, referredCustomers: 1, referredShare: 1 / 3, referredMrr: 50, bySource: { Indicação: 1, Google: 2, '': 0 } }
    const column = Object.keys(nps.bySegment)[0]
    const pairs: [ChartConfig, ChartSpec][] = [
      [churnByMonthChart(months, { customerChurn: 'Clientes', revenueChurn: 'Receita' }, context), sharedChurn.churnByMonthChart(months, { title: '', customerChurn: 'Clientes', revenueChurn: 'Receita' }, report)],
      [churnReasonsChart(reasons, { customers: 'Clientes', lostMrr: 'MRR' }, context), sharedChurn.churnReasonsChart(reasons, { title: '', customers: 'Clientes' }, report)],
      [mrrMovementsChart(months, movementLabels, context), sharedRevenue.mrrMovementsChart(months, movementLabels, report)],
      [retentionTrendChart(months, { nrr: 'NRR', grr: 'GRR' }, context), sharedRevenue.retentionTrendChart(months, { title: '', nrr: 'NRR', grr: 'GRR' }, report)],
      [newCustomersByChannelChart(referral, isReferralChannel, { newCustomers: 'Novos', blank: '—' }, context), sharedRevenue.newCustomersByChannelChart(referral, isReferralChannel, { title: '', newCustomers: 'Novos', blank: '—' }, report)],
      [npsTrendChart(nps.byMonth, 'NPS', context), sharedNps.npsTrendChart(nps.byMonth, { title: '', nps: 'NPS' }, report)],
      [npsDistributionChart(nps.distribution, 'Respostas', context), sharedNps.npsDistributionChart(nps.distribution, { title: '', answers: 'Respostas' }, report)],
      [npsBySegmentChart(column, nps.bySegment[column], 'NPS', context), sharedNps.npsBySegmentChart(column, nps.bySegment[column], { title: '', nps: 'NPS' }, report)]
    ]
    for (const [dashboard, image] of pairs) {
      expect(shown(dashboard)).toEqual(shown(image))
      expect(dashboard.data.datasets.length).toBeGreaterThan(0)
    }
  })

  it('draws a spec with the theme’s axes and the locale’s ticks; the light theme’s palette is the report’s', () => {
    const spec = sharedChurn.churnByMonthChart(months, { title: 'Churn', customerChurn: 'C', revenueChurn: 'R' }, { palette: paletteOf(chartTheme('dark')), monthLabel: context.monthLabel })
    const config = chartFromSpec(spec, { ...context, theme: chartTheme('dark') })
    const ticks = (config.options.scales as Record<string, { ticks?: { callback?: (value: number) => unknown } }>).y.ticks
    expect(ticks?.callback?.call(null, 0.057)).toBe('5,7%')
    expect(config.data.datasets[0].borderColor).toBe(chartTheme('dark').primary)
    const light = paletteOf(chartTheme('light'))
    expect({ ...light, neutral: lightPalette.neutral, series: lightPalette.series }).toEqual(lightPalette)
  })
})
