import { describe, expect, it } from 'vitest'
import { buildSeries } from '../../../../src/shared/metrics/build'
import { dashboardMetrics } from '../../../../src/shared/metrics/dashboard'
import { subscriptionsOf } from './fixtures'

const series = buildSeries({
  customers: [
    { id: 'a', signupDate: '2024-01-03', acquisitionChannel: 'Indicação', attributes: { plan: 'Pro' } },
    { id: 'b', signupDate: '2024-01-05', acquisitionChannel: 'Google', churnReason: 'preço', churnDate: '2024-03-02', churned: true, attributes: { plan: 'Basic' } },
    { id: 'c', signupDate: '2024-02-01', acquisitionChannel: 'Indicação', attributes: { plan: 'Pro' } }
  ],
  subscriptions: subscriptionsOf({ a: { CRM: [100, 100, 150, 150], BI: [0, 0, 20, 20] }, b: [50, 50, 0, 0], c: [0, 80, 60, 60] }),
  revenue: [
    { customer: 'a', date: '2024-03-10', amount: 300, orderId: '1' },
    { customer: 'c', date: '2024-03-11', amount: 100, orderId: '2' }
  ],
  activity: [
    { customer: 'a', date: '2024-04-20' },
    { customer: 'c', date: '2024-02-03' }
  ],
  npsAnswers: [
    { customer: 'a', date: '2024-03-01', score: 10, satisfaction: 9 },
    { customer: 'c', date: '2024-04-01', score: 5, satisfaction: 6 }
  ],
  campaignRecipients: [
    { customer: 'a', group: 'E-mail', converted: true },
    { customer: 'c', group: 'E-mail', converted: false },
    { customer: 'b', group: 'Controle', converted: false }
  ],
  months: { from: '2024-01', to: '2024-04' }
})

describe('dashboardMetrics', () => {
  const all = dashboardMetrics(series)

  it('has every key the CLI prints', () => {
    expect(Object.keys(all)).toEqual(expect.arrayContaining(['snapshot', 'months', 'referral', 'churnReasons', 'activity', 'nps', 'orders', 'cohorts', 'campaigns']))
    expect(Object.keys(all.months[0])).toEqual(expect.arrayContaining([
      'month', 'mrr', 'customers', 'startCustomers', 'churnedCustomers', 'customerChurnRate', 'newMrr', 'expansionMrr', 'upsellMrr', 'crossSellMrr',
      'contractionMrr', 'churnedMrr', 'reactivationMrr', 'grossMrrChurnRate', 'netMrrChurnRate', 'nrr', 'grr', 'arpa'
    ]))
    expect(JSON.parse(JSON.stringify(all))).toEqual(all)
  })

  it('gives the months table', () => {
    expect(all.period).toEqual({ from: '2024-01', to: '2024-04' })
    expect(all.basis).toBe('subscriptions')
    expect(all.months.map((month) => month.mrr)).toEqual([150, 230, 230, 230])
    expect(all.months[2]).toMatchObject({ month: '2024-03', customers: 2, startCustomers: 3, churnedCustomers: 1, customerChurnRate: 1 / 3, expansionMrr: 70, upsellMrr: 50, crossSellMrr: 20, contractionMrr: 20, churnedMrr: 50, arpa: 115, orders: 2, revenue: 400, averageTicket: 200 })
    expect(all.months[0].customerChurnRate).toBeNull()
  })

  it('gives the period summary over the whole axis', () => {
    // The first month has no month before it: the whole-axis period has no start.
    expect(all.summary).toMatchObject({ mrr: 230, customers: 2, startMrr: 0, customerChurnRate: null, nrr: null })
  })

  it('gives the period-level sections', () => {
    expect(all.snapshot).toMatchObject({ customers: 3, churned: 1, churnRate: 1 / 3, bySegment: { plan: { Basic: { churnRate: 1 }, Pro: { churnRate: 0 } } } })
    expect(all.referral).toEqual({ bySource: { Google: 1, Indicação: 2 }, newCustomers: 3, referredCustomers: 2, referredMrr: 180, referredShare: 2 / 3 })
    expect(all.churnReasons).toEqual({ preço: { customers: 1, mrr: 50 } })
    expect(all.activity).toMatchObject({ basis: 'activity', active: 1, inactive: 1, inactiveToActiveRatio: 1, inactiveShare: 0.5, newCustomers: 3, activated: 1, activationRate: 1 / 3 })
    expect(all.nps).toMatchObject({ responses: 2, promoters: 1, detractors: 1, nps: 0, csat: 0.5, responseRate: 1 })
    expect(all.nps?.byMonth.map((month) => month.responses)).toEqual([0, 0, 1, 1])
    expect(all.orders).toEqual({ orders: 2, revenue: 400, averageTicket: 200 })
    expect(all.cohorts?.rows.map((row) => row.cohort)).toEqual(['2024-01', '2024-02'])
    expect(all.campaigns?.lift).toEqual({ 'E-mail': 0.5 })
  })

  it('computes a month against the month before', () => {
    const march = dashboardMetrics(series, { period: { from: '2024-03', to: '2024-03' } })
    expect(march.summary).toMatchObject({ startMrr: 230, mrr: 230, customerChurnRate: 1 / 3, grossMrrChurnRate: 70 / 230, nrr: (230 + 70 - 20 - 50) / 230 })
    expect(march.months).toHaveLength(1)
    expect(march.referral?.newCustomers).toBe(0)
    expect(march.referral?.referredShare).toBeNull()
  })

  it('filters and groups', () => {
    const pro = dashboardMetrics(series, { filters: [{ column: 'plan', values: ['Pro'] }], period: { from: '2024-02', to: '2024-04' }, groupBy: 'plan' })
    expect(pro.summary?.mrr).toBe(230)
    expect(pro.snapshot).toMatchObject({ customers: 2, churned: 0 })
    expect(pro.nps?.responses).toBe(2)
    expect(pro.campaigns?.bySegment).not.toHaveProperty('Controle')
    expect(Object.keys(pro.groups?.values ?? {})).toEqual(['Pro'])
    const grouped = dashboardMetrics(series, { period: { from: '2024-02', to: '2024-04' }, groupBy: 'plan' })
    expect(grouped.groups?.values.Basic).toMatchObject({ startMrr: 50, mrr: 0, customerChurnRate: 1 })
    expect(grouped.groups?.values.Pro).toMatchObject({ startMrr: 100, mrr: 230, newMrr: 60, expansionMrr: 70, customerChurnRate: 0 })
    expect(() => dashboardMetrics(series, { filters: [{ column: 'plano', values: ['Pro'] }] })).toThrow('plano')
  })

  it('works on a customer table without dates', () => {
    const crm = dashboardMetrics(buildSeries({ customers: [{ id: 'a', churned: true, status: 'cancelado' }, { id: 'b', churned: false, status: 'ativo' }] }))
    expect(crm).toMatchObject({ period: null, basis: null, summary: null, months: [], orders: null, cohorts: null, nps: null, campaigns: null, referral: null })
    expect(crm.snapshot).toMatchObject({ customers: 2, churned: 1, churnRate: 0.5 })
    expect(crm.activity).toMatchObject({ basis: 'status', active: 1, inactive: 0 })
  })

  it('works on an empty series', () => {
    const empty = dashboardMetrics(buildSeries({}))
    expect(empty).toMatchObject({ snapshot: null, months: [], activity: null, churnReasons: {} })
  })
})

describe('NPS response rate', () => {
  const recipient = (date: string | null, group = 'E-mail') => ({ date, group, delivered: group === 'E-mail' ? true : null })
  const answer = (date: string | null) => ({ date, score: 9 })
  const series = buildSeries({
    campaignRecipients: [
      ...Array.from({ length: 10 }, () => recipient('2024-03-05')),
      ...Array.from({ length: 20 }, () => recipient('2024-06-05')),
      ...Array.from({ length: 5 }, () => recipient('2024-06-05', 'Controle')),
      recipient(null)
    ],
    npsAnswers: [...Array.from({ length: 4 }, () => answer('2024-03-20')), ...Array.from({ length: 6 }, () => answer('2024-06-20')), answer(null)],
    months: { from: '2024-01', to: '2024-06' }
  })

  it.each([
    ['March: its deliveries and the undated one', '2024-03', '2024-03', 5, 11],
    ['June', '2024-06', '2024-06', 7, 21],
    ['April, nothing sent, one undated answer and one undated e-mail', '2024-04', '2024-04', 1, 1],
    ['the whole axis', '2024-01', '2024-06', 11, 31]
  ])('divides the answers of the period by its deliveries: %s', (_, from, to, responses, delivered) => {
    const nps = dashboardMetrics(series, { period: { from, to } }).nps
    expect(nps?.responses).toBe(responses)
    expect(nps?.responseRate).toBe(responses / delivered)
  })

  it('is null without campaign data, and when there are more answers than deliveries', () => {
    expect(dashboardMetrics(buildSeries({ npsAnswers: [answer('2024-03-20')] })).nps?.responseRate).toBeNull()
    const more = buildSeries({ campaignRecipients: [recipient('2024-03-05')], npsAnswers: [answer('2024-03-20'), answer('2024-03-21')] })
    expect(dashboardMetrics(more).nps).toMatchObject({ responses: 2, responseRate: null })
  })

  it('filters the deliveries as it filters the answers', () => {
    const both = buildSeries({
      campaignRecipients: [{ group: 'E-mail', attributes: { loja: 'A' } }, { group: 'E-mail', attributes: { loja: 'A' } }, { group: 'E-mail', attributes: { loja: 'B' } }],
      npsAnswers: [{ score: 9, attributes: { loja: 'A' } }]
    })
    expect(dashboardMetrics(both).nps?.responseRate).toBe(1 / 3)
    expect(dashboardMetrics(both, { filters: [{ column: 'loja', values: ['A'] }] }).nps?.responseRate).toBe(1 / 2)
  })
})

describe('dashboardMetrics columns', () => {
  it('throws on a group-by column no table has, naming the columns there are', () => {
    expect(() => dashboardMetrics(series, { groupBy: 'plano' })).toThrow('No column "plano" to group by: the columns are plan')
  })

  it('groups NPS answers by their own column without a period summary per group', () => {
    const surveys = buildSeries({ npsAnswers: [{ score: 10, date: '2024-01-02', attributes: { loja: 'A' } }, { score: 0, date: '2024-01-03', attributes: { loja: 'B' } }] })
    const byStore = dashboardMetrics(surveys, { groupBy: 'loja' })
    expect(byStore.groups).toBeNull()
    expect(byStore.nps?.bySegment.loja).toMatchObject({ A: { responses: 1, nps: 100 }, B: { responses: 1, nps: -100 } })
  })
})
