import { describe, expect, it } from 'vitest'
import { buildSeries } from '../../../../src/shared/metrics/build'
import { parseDay } from '../../../../src/shared/metrics/calendar'
import { campaignLift, campaignRates, campaignsByGroup, surveyDueList } from '../../../../src/shared/metrics/campaigns'
import { defaultMetricSettings } from '../../../../src/shared/metrics/settings'

describe('campaign rates', () => {
  it('follow the formulas of METRICS.md', () => {
    expect(campaignRates({ recipients: 1000, sent: 1000, delivered: 950, opened: 380, clicked: 95, converted: 19 }, false)).toEqual({
      recipients: 1000, sent: 1000, delivered: 950, opened: 380, clicked: 95, converted: 19, control: false,
      deliveryRate: 0.95, openRate: 0.4, clickRate: 0.1, clickToOpen: 0.25, conversionRate: 0.02
    })
  })

  it('count every sent e-mail as delivered without a delivered count, and give null for missing counts', () => {
    expect(campaignRates({ recipients: 10, sent: 10, delivered: null, opened: null, clicked: 2, converted: 1 }, false)).toMatchObject({
      deliveryRate: null, openRate: null, clickToOpen: null, clickRate: 0.2, conversionRate: 0.1
    })
  })

  it('are null for an empty group', () => {
    expect(campaignRates({ recipients: 0, sent: 0, delivered: 0, opened: 0, clicked: 0, converted: 0 }, false)).toMatchObject({
      deliveryRate: null, openRate: null, clickRate: null, clickToOpen: null, conversionRate: null
    })
  })
})

describe('campaign groups and lift', () => {
  const series = buildSeries({
    campaignRecipients: [
      ...Array.from({ length: 100 }, (_, i) => ({ group: 'Email A', delivered: i < 90, opened: i < 45, clicked: i < 9, converted: i < 6 })),
      ...Array.from({ length: 50 }, (_, i) => ({ group: 'Controle', converted: i < 1 }))
    ]
  })

  it('sums per-recipient flags per group', () => {
    const groups = campaignsByGroup(series, null)
    expect(Object.keys(groups)).toEqual(['Controle', 'Email A'])
    expect(groups['Email A']).toMatchObject({ recipients: 100, sent: 100, delivered: 90, opened: 45, clicked: 9, converted: 6, openRate: 0.5, clickRate: 0.1, clickToOpen: 0.2, conversionRate: 6 / 90 })
    expect(groups.Controle).toMatchObject({ control: true, recipients: 50, sent: 0, conversionRate: 0.02 })
  })

  it('gives the lift of each e-mailed group over the control group', () => {
    const lift = campaignLift(campaignsByGroup(series, null))
    expect(lift['Email A']).toBeCloseTo(6 / 90 - 0.02, 12)
    expect(Object.keys(lift)).toEqual(['Email A'])
  })

  it('has no lift without a control group', () => {
    expect(campaignLift(campaignsByGroup(buildSeries({ campaignRecipients: [{ group: 'A', converted: true }] }), null))).toEqual({})
  })

  it('accepts per-campaign counts', () => {
    const counts = buildSeries({ campaignCounts: [{ campaign: 'Pesquisa março', sent: 200, delivered: 190, opened: 95, clicked: 19, converted: 10 }, { campaign: 'Grupo de controle', sent: 100, converted: 2 }] })
    const groups = campaignsByGroup(counts, null)
    expect(groups['Pesquisa março']).toMatchObject({ openRate: 0.5, conversionRate: 10 / 190 })
    expect(campaignLift(groups)['Pesquisa março']).toBeCloseTo(10 / 190 - 0.02, 12)
  })
})

describe('survey list', () => {
  const series = buildSeries({
    customers: [{ id: 'due' }, { id: 'surveyed' }, { id: 'oldBuyer' }, { id: 'mailed' }, { id: 'longAgo' }],
    revenue: [
      { customer: 'due', date: '2024-06-20', amount: 10 },
      { customer: 'surveyed', date: '2024-06-25', amount: 10 },
      { customer: 'oldBuyer', date: '2024-04-01', amount: 10 },
      { customer: 'mailed', date: '2024-06-28', amount: 10 },
      { customer: 'longAgo', date: '2024-06-29', amount: 10 }
    ],
    npsAnswers: [{ customer: 'surveyed', date: '2024-05-01', score: 9 }, { customer: 'longAgo', date: '2024-01-01', score: 9 }],
    campaignRecipients: [{ customer: 'mailed', date: '2024-06-01', group: 'NPS' }]
  })

  it('lists who bought in the last 30 days and was not surveyed in the last 90', () => {
    const due = surveyDueList(series, parseDay('2024-06-30')!, null, defaultMetricSettings)
    expect(due).toEqual([{ customer: 0, id: 'due', lastPurchase: '2024-06-20' }, { customer: 4, id: 'longAgo', lastPurchase: '2024-06-29' }])
  })
})
