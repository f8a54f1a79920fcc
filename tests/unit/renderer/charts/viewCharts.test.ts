import { describe, expect, it } from 'vitest'
import { activityChart, campaignResponseChart, retentionCurve, retentionCurveChart } from '../../../../src/renderer/charts/activityCharts'
import type { ChartContext } from '../../../../src/renderer/charts/config'
import { createFormatters } from '../../../../src/renderer/charts/format'
import { npsBySegmentChart, npsDistributionChart, npsGroupsChart, npsTrendChart } from '../../../../src/renderer/charts/npsCharts'
import { chartTheme } from '../../../../src/renderer/charts/theme'
import { npsFromCounts } from '../../../../src/shared/metrics/nps'
import { campaignsByGroup } from '../../../../src/shared/metrics/campaigns'
import { companySeries } from '../viewFixtures'

const context: ChartContext = { theme: chartTheme('light'), format: createFormatters('pt-BR', 'BRL'), monthLabel: (month) => month }
const month = (key: string, scores: number[]) => ({ month: key, ...npsFromCounts(scores) })

describe('NPS charts', () => {
  const months = [month('2025-01', [0, 0, 0, 0, 0, 0, 2, 1, 1, 3, 3]), month('2025-02', [1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1])]

  it('groups by month are shares that stack to 100 %, in promoter, passive, detractor order', () => {
    const chart = npsGroupsChart(months, { promoter: 'P', passive: 'N', detractor: 'D' }, context)
    expect(chart.data.datasets.map((set) => set.label)).toEqual(['P', 'N', 'D'])
    expect(chart.data.datasets.map((set) => set.data[0])).toEqual([0.6, 0.2, 0.2])
    expect(chart.data.datasets.map((set) => set.data[1])).toEqual([0.5, 0, 0.5])
  })

  it('trend, distribution and segments carry the engine numbers', () => {
    expect(npsTrendChart(months, 'NPS', context).data.datasets[0].data).toEqual([40, 0])
    const distribution = npsDistributionChart(months[0].distribution, 'Respostas', context)
    expect(distribution.data.labels).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10'])
    expect(distribution.data.datasets[0].data).toEqual(months[0].distribution)
    expect(npsBySegmentChart('Segmento', { PME: months[0], Enterprise: months[1] }, 'NPS', context).data.datasets[0].data).toEqual([40, 0])
  })
})

describe('activation, cohort and campaign charts', () => {
  it('active and inactive stack by month', () => {
    const chart = activityChart({ months: ['2025-01', '2025-02'], active: [10, 12], inactive: [2, null] }, { active: 'Ativos', inactive: 'Inativos' }, context)
    expect(chart.data.datasets.map((set) => set.data)).toEqual([[10, 12], [2, null]])
  })

  it('the retention curve is weighted by the cohorts that reach each month', () => {
    const rows = [
      { cohort: '2025-01', size: 10, customers: [10, 8, 5], revenue: [100, 90, 120] },
      { cohort: '2025-02', size: 30, customers: [30, 15, null], revenue: [300, 150, null] }
    ]
    expect(retentionCurve(rows)).toEqual({ logo: [1, 23 / 40, 0.5], revenue: [1, 240 / 400, 1.2] })
    expect(retentionCurveChart(rows, { logo: 'L', revenue: 'R', month: (k) => `M${k}` }, context).data.labels).toEqual(['M0', 'M1', 'M2'])
    expect(retentionCurve([{ cohort: '2025-01', size: 2, customers: [2, 1], revenue: null }]).revenue).toBeNull()
  })

  it('campaign groups show their response rate, control groups muted', () => {
    const groups = campaignsByGroup(companySeries(), null)
    const chart = campaignResponseChart(groups, 'Resposta', context)
    expect(chart.data.datasets[0].data).toEqual(Object.values(groups).map((group) => group.conversionRate))
    expect(chart.data.labels).toEqual(Object.values(groups).map((group) => group.group))
  })
})
