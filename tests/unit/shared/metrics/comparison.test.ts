import { describe, expect, it } from 'vitest'
import { buildSeries } from '../../../../src/shared/metrics/build'
import { comparePeriods, compareNps, comparisonRow, type ComparisonRow, type PeriodComparison } from '../../../../src/shared/metrics/comparison'
import { comparisonMetrics, type ComparisonMetric } from '../../../../src/shared/metrics/comparisonRows'
import { dashboardMetrics, type DashboardMetrics } from '../../../../src/shared/metrics/dashboard'
import { npsFromCounts } from '../../../../src/shared/metrics/nps'
import type { Period } from '../../../../src/shared/metrics/periods'
import { subscriptionsOf } from './fixtures'

// 18 months, 2023-01..2024-06. Enterprise: e1 all along, e2 2023-02..2023-11 (churns in
// December), e3 from 2024-01. SMB: s1 all along (expands in 2024-02), s2 2023-03..2024-02,
// s3 from 2024-02.
const months = 18
const run = (from: number, to: number, mrr: number) => Array.from({ length: months }, (_, m) => (m >= from && m <= to ? mrr : 0))
const series = buildSeries({
  customers: [
    { id: 'e1', signupDate: '2023-01-02', acquisitionChannel: 'Indicação', attributes: { segment: 'Enterprise' } },
    { id: 'e2', signupDate: '2023-02-01', acquisitionChannel: 'Google', churnDate: '2023-12-05', churnReason: 'Preço', attributes: { segment: 'Enterprise' } },
    { id: 'e3', signupDate: '2024-01-03', acquisitionChannel: 'Indicação', attributes: { segment: 'Enterprise' } },
    { id: 's1', signupDate: '2023-01-04', acquisitionChannel: 'Google', attributes: { segment: 'SMB' } },
    { id: 's2', signupDate: '2023-03-01', acquisitionChannel: 'Evento', churnDate: '2024-03-10', churnReason: 'Suporte', attributes: { segment: 'SMB' } },
    { id: 's3', signupDate: '2024-02-01', acquisitionChannel: 'Indicação', attributes: { segment: 'SMB' } }
  ],
  subscriptions: subscriptionsOf({
    e1: run(0, 17, 1000),
    e2: run(1, 10, 800),
    e3: run(12, 17, 900),
    s1: Array.from({ length: months }, (_, m) => (m >= 13 ? 150 : 100)),
    s2: run(2, 13, 50),
    s3: run(13, 17, 60)
  }, '2023-01'),
  revenue: [
    { customer: 'e1', date: '2023-02-10', amount: 300, orderId: '1' },
    { customer: 's1', date: '2024-02-11', amount: 100, orderId: '2' },
    { customer: 's3', date: '2024-03-11', amount: 50, orderId: '3' }
  ],
  activity: [
    { customer: 'e1', date: '2024-03-20' },
    { customer: 's1', date: '2023-03-30' },
    { customer: 'e3', date: '2024-01-05' }
  ],
  npsAnswers: [
    { customer: 'e1', date: '2023-02-01', score: 10, satisfaction: 9 },
    { customer: 's1', date: '2023-03-01', score: 4, satisfaction: 5 },
    { customer: 'e2', date: '2023-03-05', score: 9, satisfaction: 10 },
    { customer: 'e3', date: '2024-02-01', score: 10, satisfaction: 10 },
    { customer: 's3', date: '2024-03-01', score: 6, satisfaction: 6 }
  ],
  campaignRecipients: [
    { customer: 'e1', group: 'E-mail', converted: true },
    { customer: 's1', group: 'E-mail', converted: false },
    { customer: 's2', group: 'Controle', converted: false }
  ],
  months: { from: '2023-01', to: '2024-06' }
})

const q1of2024: Period = { from: '2024-01', to: '2024-03' }
const q1of2023: Period = { from: '2023-01', to: '2023-03' }
const rowOf = (comparison: PeriodComparison, metric: ComparisonMetric): ComparisonRow => {
  const row = comparison.rows.find((candidate) => candidate.metric === metric)
  if (!row) throw new Error(`no row ${metric}`)
  return row
}

/** Each row's value as read by hand from a dashboard, independently of the comparison's own table. */
function byHand(d: DashboardMetrics): Record<ComparisonMetric, number | null> {
  const s = d.summary
  const emailed = Object.values(d.campaigns?.bySegment ?? {}).filter((group) => !group.control && group.converted !== null)
  const delivered = emailed.reduce((sum, group) => sum + (group.delivered ?? group.sent), 0)
  return {
    customers: s?.customers ?? null, customerChurnRate: s?.customerChurnRate ?? null, churnedCustomers: s?.churnedCustomers ?? null,
    averageMonthlyChurnRate: s?.averageMonthlyChurnRate ?? null, snapshotChurnRate: d.snapshot?.churnRate ?? null,
    mrr: s?.mrr ?? null, grossMrrChurnRate: s?.grossMrrChurnRate ?? null, netMrrChurnRate: s?.netMrrChurnRate ?? null, nrr: s?.nrr ?? null, grr: s?.grr ?? null,
    quickRatio: s?.quickRatio ?? null, newMrr: s?.newMrr ?? null, expansionMrr: s?.expansionMrr ?? null, upsellMrr: s?.upsellMrr ?? null,
    crossSellMrr: s?.crossSellMrr ?? null, reactivationMrr: s?.reactivationMrr ?? null, contractionMrr: s?.contractionMrr ?? null,
    churnedMrr: s?.churnedMrr ?? null, newCustomers: s?.newCustomers ?? null, arpa: s?.arpa ?? null, ltv: s?.ltv ?? null,
    referredCustomers: d.referral?.referredCustomers ?? null, referredShare: d.referral?.referredShare ?? null, referredMrr: d.referral?.referredMrr ?? null,
    active: d.activity?.active ?? null, inactive: d.activity?.inactive ?? null, inactiveToActiveRatio: d.activity?.inactiveToActiveRatio ?? null,
    inactiveShare: d.activity?.inactiveShare ?? null, activationRate: d.activity?.activationRate ?? null,
    nps: d.nps?.nps ?? null, csat: d.nps?.csat ?? null, responses: d.nps?.responses ?? null, responseRate: d.nps?.responseRate ?? null,
    orders: d.orders?.orders ?? null, revenue: d.orders?.revenue ?? null, averageTicket: d.orders?.averageTicket ?? null,
    campaignConversionRate: emailed.length ? emailed.reduce((sum, group) => sum + (group.converted ?? 0), 0) / delivered : null
  }
}

/** Every number anywhere in a value is finite (no NaN, no Infinity). */
function everyNumberFinite(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value)
  if (Array.isArray(value)) return value.every(everyNumberFinite)
  if (value && typeof value === 'object') return Object.values(value).every(everyNumberFinite)
  return true
}

describe('the direction of good', () => {
  const good: Record<ComparisonMetric, 'higher' | 'lower'> = {
    customers: 'higher', customerChurnRate: 'lower', churnedCustomers: 'lower', averageMonthlyChurnRate: 'lower', snapshotChurnRate: 'lower',
    mrr: 'higher', grossMrrChurnRate: 'lower', netMrrChurnRate: 'lower', nrr: 'higher', grr: 'higher', quickRatio: 'higher',
    newMrr: 'higher', expansionMrr: 'higher', upsellMrr: 'higher', crossSellMrr: 'higher', reactivationMrr: 'higher',
    contractionMrr: 'lower', churnedMrr: 'lower', newCustomers: 'higher', arpa: 'higher', ltv: 'higher',
    referredCustomers: 'higher', referredShare: 'higher', referredMrr: 'higher',
    active: 'higher', inactive: 'lower', inactiveToActiveRatio: 'lower', inactiveShare: 'lower', activationRate: 'higher',
    nps: 'higher', csat: 'higher', responses: 'higher', responseRate: 'higher',
    orders: 'higher', revenue: 'higher', averageTicket: 'higher', campaignConversionRate: 'higher'
  }

  it.each(comparisonMetrics)('%s: A above B is better exactly when higher is good', (metric) => {
    expect(comparisonRow(metric, 0.2, 0.1).direction).toBe(good[metric] === 'higher' ? 'better' : 'worse')
    expect(comparisonRow(metric, 0.1, 0.2).direction).toBe(good[metric] === 'higher' ? 'worse' : 'better')
    expect(comparisonRow(metric, 0.1, 0.1).direction).toBe('same')
    expect(comparisonRow(metric, null, 0.1).direction).toBeNull()
  })

  it('says churn down and NRR up are better', () => {
    expect(comparisonRow('customerChurnRate', 0.04, 0.05).direction).toBe('better')
    expect(comparisonRow('nrr', 1.1, 1.02).direction).toBe('better')
    expect(comparisonRow('churnedMrr', 500, 300).direction).toBe('worse')
  })
})

describe('units: p.p. for rates, points for NPS, the amount for money', () => {
  it('gives a rate difference in percentage points and its relative change as a fraction', () => {
    const churn = comparisonRow('customerChurnRate', 0.06, 0.05)
    expect(churn.unit).toBe('rate')
    expect(churn.difference).toBeCloseTo(1, 10) // 6 % - 5 % = 1 p.p., not 0.01
    expect(churn.relativeChange).toBeCloseTo(0.2, 10) // and 20 % more churn
  })

  it('gives NPS in points, money as the amount, counts and ratios plain', () => {
    expect(comparisonRow('nps', 40, 30)).toMatchObject({ unit: 'points', difference: 10, relativeChange: 10 / 30 })
    expect(comparisonRow('mrr', 1200, 1000)).toMatchObject({ unit: 'money', difference: 200, relativeChange: 0.2 })
    expect(comparisonRow('orders', 5, 4)).toMatchObject({ unit: 'count', difference: 1, relativeChange: 0.25 })
    expect(comparisonRow('quickRatio', 3, 2)).toMatchObject({ unit: 'ratio', difference: 1, relativeChange: 0.5 })
  })

  it('has no relative change against 0 or a missing value', () => {
    expect(comparisonRow('newMrr', 100, 0)).toMatchObject({ difference: 100, relativeChange: null, direction: 'better' })
    expect(comparisonRow('nrr', 1.1, null)).toMatchObject({ difference: null, relativeChange: null, direction: null })
  })
})

describe('comparePeriods', () => {
  it('gives each side the numbers of dashboardMetrics run on that side alone', () => {
    const comparison = comparePeriods(series, { period: q1of2024 }, { period: q1of2023 })
    const a = byHand(dashboardMetrics(series, { period: q1of2024 }))
    const b = byHand(dashboardMetrics(series, { period: q1of2023 }))
    expect(comparison.rows.map((row) => row.metric)).toEqual(comparisonMetrics)
    for (const row of comparison.rows) {
      expect([row.metric, row.a]).toEqual([row.metric, a[row.metric]])
      expect([row.metric, row.b]).toEqual([row.metric, b[row.metric]])
    }
    // By hand: end of 2024-03 e1 1000 + e3 900 + s1 150 + s3 60; end of 2023-03 e1 1000 + e2 800 + s1 100 + s2 50.
    expect(rowOf(comparison, 'mrr')).toMatchObject({ a: 2110, b: 1950, difference: 160, direction: 'better' })
    // 2024 Q1 starts with e1, s1, s2 (2023-12); s2 leaves in March: 1 of 3. 2023 Q1 has no start (first month of data).
    expect(rowOf(comparison, 'customerChurnRate')).toMatchObject({ a: 1 / 3, b: null, difference: null, direction: null })
    expect(comparison.a).toEqual({ period: q1of2024, filters: [], months: 3, monthsWithData: 3 })
  })

  it('takes a segment filter per side: Enterprise against SMB in the same quarter', () => {
    const enterprise = [{ column: 'segment', values: ['Enterprise'] }]
    const smb = [{ column: 'segment', values: ['SMB'] }]
    const comparison = comparePeriods(series, { period: q1of2024, filters: enterprise }, { period: q1of2024, filters: smb })
    const a = byHand(dashboardMetrics(series, { period: q1of2024, filters: enterprise }))
    const b = byHand(dashboardMetrics(series, { period: q1of2024, filters: smb }))
    for (const row of comparison.rows) expect([row.metric, row.a, row.b]).toEqual([row.metric, a[row.metric], b[row.metric]])
    expect(rowOf(comparison, 'mrr')).toMatchObject({ a: 1900, b: 210 })
    expect(rowOf(comparison, 'customers')).toMatchObject({ a: 2, b: 2 })
    expect(comparison.a.filters).toEqual(enterprise)
    expect(comparison.b.filters).toEqual(smb)
  })

  it('compares periods of different lengths, each rate over its own period', () => {
    const month: Period = { from: '2024-03', to: '2024-03' }
    const half: Period = { from: '2023-07', to: '2023-12' }
    const comparison = comparePeriods(series, { period: month }, { period: half })
    expect([comparison.a.months, comparison.b.months]).toEqual([1, 6])
    // March 2024: s2 of e1, e3, s1, s2, s3 leaves (1 / 5). July..December 2023: of e1, e2, s1, s2 at the end of June, e2 leaves (1 / 4).
    expect(rowOf(comparison, 'customerChurnRate')).toMatchObject({ a: 1 / 5, b: 1 / 4, direction: 'better' })
    expect(rowOf(comparison, 'customerChurnRate').difference).toBeCloseTo(-5, 10)
    // Amounts lost are totals over each period: s2's 50 in March, e2's 800 over the half year.
    expect(rowOf(comparison, 'churnedMrr')).toMatchObject({ a: 50, b: 800, measure: 'total' })
    expect(rowOf(comparison, 'mrr')).toMatchObject({ a: 2110, b: 1150, measure: 'end' })
    expect(rowOf(comparison, 'customerChurnRate').a).toBe(dashboardMetrics(series, { period: month }).summary?.customerChurnRate)
    expect(rowOf(comparison, 'customerChurnRate').b).toBe(dashboardMetrics(series, { period: half }).summary?.customerChurnRate)
  })

  it('gives nulls, never NaN, for a period off the data and for data without anything', () => {
    const comparison = comparePeriods(series, { period: { from: '2030-01', to: '2030-03' } }, { period: q1of2024 })
    expect(comparison.a.monthsWithData).toBe(0)
    for (const metric of ['mrr', 'customers', 'customerChurnRate', 'nrr', 'newMrr', 'referredShare', 'orders', 'averageTicket', 'nps'] as const) {
      expect(rowOf(comparison, metric)).toMatchObject({ a: null, difference: null, relativeChange: null, direction: null })
    }
    expect(comparison.cohorts.a).toBeNull()
    expect(comparison.nps.verdict).toBeNull()
    expect(everyNumberFinite(comparison)).toBe(true)

    const empty = comparePeriods(buildSeries({}), { period: q1of2024 }, { period: q1of2023 })
    expect(empty.rows.every((row) => row.a === null && row.b === null && row.difference === null && row.direction === null)).toBe(true)
    expect(empty.nps).toEqual({ a: null, b: null, difference: null, combinedMarginOfError: null, verdict: null })
    expect(empty.cohorts).toEqual({ a: null, b: null })
    expect(everyNumberFinite(empty)).toBe(true)
  })

  it('throws on a filter column the data lacks, as the dashboards do', () => {
    expect(() => comparePeriods(series, { period: q1of2024, filters: [{ column: 'plano', values: ['x'] }] }, { period: q1of2023 })).toThrow(/No column "plano"/)
  })

  it('averages the retention curves of the cohorts starting in each period', () => {
    const comparison = comparePeriods(series, { period: q1of2024 }, { period: q1of2023 })
    // 2024 Q1: cohorts 2024-01 (e3) and 2024-02 (s3); both still pay in March.
    expect(comparison.cohorts.a).toMatchObject({ basis: 'subscriptions', cohorts: 2, customers: 2, logoRetention: [1, 1, 1], revenueRetention: [1, 1, 1], cohortsAt: [2, 2, 1] })
    // 2023 Q1: cohort 2023-01 (e1, s1), 2023-02 (e2), 2023-03 (s2): all pay to the end of March.
    expect(comparison.cohorts.b).toMatchObject({ cohorts: 3, customers: 4, logoRetention: [1, 1, 1], cohortsAt: [3, 2, 1] })
  })

  it('weights the cohorts by their size and leaves months no cohort reaches null', () => {
    const half: Period = { from: '2023-10', to: '2024-03' }
    const curve = comparePeriods(series, { period: half }, { period: half }).cohorts.a
    // Cohorts 2024-01 (e3, 900) and 2024-02 (s3, 60), each of one customer, within October..March.
    expect(curve?.logoRetention).toEqual([1, 1, 1, null, null, null])
    expect(curve?.cohortsAt).toEqual([2, 2, 1, 0, 0, 0])
    const year = comparePeriods(series, { period: { from: '2023-01', to: '2023-12' } }, { period: q1of2023 }).cohorts.a
    // Month 10 since start: cohort 2023-01 (e1, s1: 2 of 2) and 2023-02 (e2 left in December: 0 of 1) -> 2 / 3.
    expect(year?.logoRetention[10]).toBeCloseTo(2 / 3, 12)
    // Revenue: 2023-01 keeps 1100 / 1100 = 1, 2023-02 keeps 0 / 800 = 0, weighted 2 : 1.
    expect(year?.revenueRetention?.[10]).toBeCloseTo(2 / 3, 12)
    expect(year?.cohortsAt[11]).toBe(1)
  })
})

describe('the NPS verdict', () => {
  // 100 answers each: 60 promoters and 10 detractors (NPS 50) against 40 and 20 (NPS 20).
  const counts = (promoters: number, passives: number, detractors: number) => npsFromCounts([detractors, 0, 0, 0, 0, 0, 0, passives, 0, 0, promoters])

  it('is beyond the margin of error when |A - B| exceeds sqrt(moeA^2 + moeB^2)', () => {
    const a = counts(60, 30, 10)
    const b = counts(40, 40, 20)
    const result = compareNps(a, b)
    expect(result.difference).toBeCloseTo(30, 10)
    expect(result.combinedMarginOfError).toBeCloseTo(Math.sqrt((a.marginOfError ?? 0) ** 2 + (b.marginOfError ?? 0) ** 2), 12)
    expect(result.combinedMarginOfError).toBeLessThan(30)
    expect(result.verdict).toBe('beyond-margin')
    expect(result.a).toEqual({ nps: 50, marginOfError: a.marginOfError, responses: 100, smallSample: false })
  })

  it('is within the margin of error for a small difference on few answers', () => {
    const result = compareNps(counts(6, 3, 1), counts(5, 3, 2))
    expect(result.difference).toBeCloseTo(20, 10)
    expect(result.verdict).toBe('within-margin')
    expect(result.a?.smallSample).toBe(true)
  })

  it('counts a difference equal to the combined margin as within it, and has no verdict without answers', () => {
    const same = counts(10, 0, 0)
    expect(compareNps(same, same)).toMatchObject({ difference: 0, combinedMarginOfError: 0, verdict: 'within-margin' })
    expect(compareNps(counts(10, 0, 0), counts(0, 0, 10))).toMatchObject({ difference: 200, verdict: 'beyond-margin' })
    expect(compareNps(same, npsFromCounts(new Array<number>(11).fill(0)))).toMatchObject({ difference: null, verdict: null })
    expect(compareNps(null, same)).toMatchObject({ a: null, verdict: null })
  })

  it('comes from each side own answers in comparePeriods', () => {
    const comparison = comparePeriods(series, { period: q1of2024 }, { period: q1of2023 })
    // 2024 Q1: 10 and 6 -> NPS 0; 2023 Q1: 10, 4, 9 -> (2 - 1) / 3 = 33.3.
    expect(comparison.nps.a?.nps).toBe(0)
    expect(comparison.nps.b?.nps).toBeCloseTo(100 / 3, 10)
    expect(comparison.nps.verdict).toBe('within-margin')
    expect(rowOf(comparison, 'nps').difference).toBeCloseTo(-100 / 3, 10)
  })
})
