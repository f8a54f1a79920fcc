import { describe, expect, it } from 'vitest'
import { buildSeries } from '../../../../src/shared/metrics/build'
import { parseDay } from '../../../../src/shared/metrics/calendar'
import { campaignLift, campaignRates, campaignsByGroup, surveyDueList } from '../../../../src/shared/metrics/campaigns'
import { dashboardMetrics } from '../../../../src/shared/metrics/dashboard'
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

describe('campaigns kept apart', () => {
  /** `count` recipients of one campaign group, the first `converted` of them converted. */
  const group = (campaign: string | null, name: string, count: number, converted: number, date?: string) =>
    Array.from({ length: count }, (_, i) => ({ campaign, group: name, date, delivered: name === 'E-mail' ? true : null, converted: i < converted }))
  const series = buildSeries({
    campaignRecipients: [
      ...group('Março', 'E-mail', 100, 10),
      ...group('Março', 'Controle (sem e-mail)', 50, 1),
      ...group('Junho', 'E-mail', 200, 10),
      ...group('Junho', 'Controle (sem e-mail)', 40, 4)
    ]
  })
  const groups = campaignsByGroup(series, null)

  it('key each group by "group · campaign", ordered by campaign, with its campaign and group', () => {
    expect(Object.keys(groups)).toEqual(['Controle (sem e-mail) · Junho', 'E-mail · Junho', 'Controle (sem e-mail) · Março', 'E-mail · Março'])
    expect(groups['E-mail · Março']).toMatchObject({ campaign: 'Março', group: 'E-mail', recipients: 100, converted: 10, conversionRate: 0.1 })
    expect(groups['Controle (sem e-mail) · Junho']).toMatchObject({ campaign: 'Junho', control: true, recipients: 40, conversionRate: 0.1 })
  })

  it.each([
    ['E-mail · Março', 10 / 100 - 1 / 50],
    ['E-mail · Junho', 10 / 200 - 4 / 40]
  ])('give the lift of %s against its own campaign control', (key, lift) => {
    expect(campaignLift(groups)[key]).toBeCloseTo(lift, 12)
  })

  it('leave out of the lift a group whose campaign has no control', () => {
    const lift = campaignLift(campaignsByGroup(buildSeries({ campaignRecipients: [...group('A', 'E-mail', 10, 1), ...group('B', 'E-mail', 10, 2), ...group('B', 'Controle', 10, 1)] }), null))
    expect(lift).toEqual({ 'E-mail · B': expect.closeTo(0.1, 12) })
  })

  it.each([
    ['no campaign', null, 'E-mail', 'E-mail'],
    ['a blank campaign', '', 'E-mail', 'E-mail'],
    ['the campaign as its group', 'Pesquisa', 'Pesquisa', 'Pesquisa'],
    ['a campaign', 'Pesquisa', 'E-mail', 'E-mail · Pesquisa']
  ])('key a group with %s by the group alone or "group · campaign"', (_, campaign, name, key) => {
    expect(Object.keys(campaignsByGroup(buildSeries({ campaignRecipients: [{ campaign, group: name, converted: true }] }), null))).toEqual([key])
  })

  it('keep campaigns apart in per-campaign counts too', () => {
    const counts = buildSeries({ campaignCounts: [
      { campaign: 'Março', group: 'E-mail', sent: 100, converted: 10 },
      { campaign: 'Março', group: 'Controle', sent: 50, converted: 1 },
      { campaign: 'Junho', group: 'E-mail', sent: 100, converted: 5 },
      { campaign: 'Junho', group: 'Controle', sent: 50, converted: 5 }
    ] })
    const lift = campaignLift(campaignsByGroup(counts, null))
    expect(lift['E-mail · Março']).toBeCloseTo(0.1 - 0.02, 12)
    expect(lift['E-mail · Junho']).toBeCloseTo(0.05 - 0.1, 12)
  })

  it('make the campaign a filterable column', () => {
    const march = dashboardMetrics(series, { filters: [{ column: 'campaign', values: ['Março'] }] })
    expect(Object.keys(march.campaigns?.bySegment ?? {})).toEqual(['Controle (sem e-mail) · Março', 'E-mail · Março'])
    expect(march.campaigns?.lift['E-mail · Março']).toBeCloseTo(0.08, 12)
  })
})

describe('rates the data cannot give are null', () => {
  it.each([
    ['control, clicks recorded as no', { recipients: 40, sent: 0, delivered: null, opened: 0, clicked: 0, converted: 4 }, true, { openRate: null, clickRate: null, clickToOpen: null, deliveryRate: null, conversionRate: 0.1 }],
    ['control, site visits mapped to clicks', { recipients: 40, sent: 0, delivered: null, opened: null, clicked: 8, converted: 4 }, true, { openRate: null, clickRate: 0.2, clickToOpen: null, conversionRate: 0.1 }],
    ['control, no click column', { recipients: 40, sent: 0, delivered: null, opened: null, clicked: null, converted: 4 }, true, { clickRate: null, conversionRate: 0.1 }],
    ['e-mailed, no open column', { recipients: 40, sent: 40, delivered: 40, opened: null, clicked: 4, converted: 4 }, false, { openRate: null, clickToOpen: null, clickRate: 0.1 }],
    ['e-mailed, nobody clicked', { recipients: 40, sent: 40, delivered: 40, opened: 10, clicked: 0, converted: 4 }, false, { clickRate: 0, clickToOpen: 0 }]
  ])('%s', (_, totals, control, rates) => {
    expect(campaignRates(totals, control)).toMatchObject(rates)
  })

  it('count a group whose cells of a flag are all blank as having no count', () => {
    const groups = campaignsByGroup(buildSeries({ campaignRecipients: [
      { group: 'E-mail', opened: true, clicked: false, converted: true },
      { group: 'E-mail', opened: null, clicked: true, converted: false },
      { group: 'Controle', opened: null, clicked: null, converted: true },
      { group: 'Controle', opened: null, clicked: null, converted: false }
    ] }), null)
    expect(groups['E-mail']).toMatchObject({ opened: 1, clicked: 1, openRate: 0.5, clickRate: 0.5, clickToOpen: 1 })
    expect(groups.Controle).toMatchObject({ opened: null, clicked: null, openRate: null, clickRate: null, conversionRate: 0.5 })
  })
})
