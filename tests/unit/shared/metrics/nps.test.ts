import { describe, expect, it } from 'vitest'
import { buildSeries } from '../../../../src/shared/metrics/build'
import { npsByMonth, npsBySegment, npsComments, npsFromCounts, npsMarginOfError, npsScore, npsSummary } from '../../../../src/shared/metrics/nps'
import { customPeriod, monthPeriod } from '../../../../src/shared/metrics/periods'
import type { NpsRecord } from '../../../../src/shared/metrics/records'

describe('NPS formulas', () => {
  it('is % promoters - % detractors, -100..+100', () => {
    expect(npsScore(50, 20, 100)).toBe(30)
    expect(npsScore(0, 10, 10)).toBe(-100)
    expect(npsScore(3, 0, 3)).toBe(100)
    expect(npsScore(0, 0, 0)).toBeNull()
  })

  it('has a 95 % margin of error in points', () => {
    // p = 0.5, d = 0.2: sqrt((0.7 - 0.09) / 100) * 1.96 * 100
    expect(npsMarginOfError(50, 20, 100)).toBeCloseTo(1.96 * Math.sqrt(0.61 / 100) * 100, 10)
    expect(npsMarginOfError(10, 0, 10)).toBe(0)
    expect(npsMarginOfError(0, 0, 0)).toBeNull()
  })

  it('flags fewer than 30 responses', () => {
    const counts = (n: number) => { const d = new Array<number>(11).fill(0); d[10] = n; return d }
    expect(npsFromCounts(counts(29)).smallSample).toBe(true)
    expect(npsFromCounts(counts(30)).smallSample).toBe(false)
  })

  it('is null, not 0, without responses', () => {
    expect(npsFromCounts(new Array<number>(11).fill(0))).toMatchObject({ responses: 0, nps: null, marginOfError: null, csat: null, smallSample: true })
  })
})

describe('NPS of survey answers', () => {
  const answers: NpsRecord[] = [
    { date: '2024-01-05', score: 10, satisfaction: 5, comment: 'Ótimo atendimento', attributes: { loja: 'Centro' } },
    { date: '2024-01-20', score: 9, satisfaction: 4, attributes: { loja: 'Centro' } },
    { date: '2024-01-21', score: 8, satisfaction: 3, comment: 'ok', attributes: { loja: 'Norte' } },
    { date: '2024-02-02', score: 6, satisfaction: 2, comment: 'demorou', attributes: { loja: 'Norte' } },
    { date: '2024-02-03', score: 0, satisfaction: 1, attributes: { loja: 'Norte' } },
    { date: null, score: 7, attributes: { loja: 'Centro' } }
  ]
  const series = buildSeries({ npsAnswers: answers })

  it('counts the groups, and promoters + passives + detractors = responses', () => {
    const all = npsSummary(series, null, null)!
    expect(all).toMatchObject({ responses: 6, promoters: 2, passives: 2, detractors: 2, nps: 0 })
    expect(all.distribution).toEqual([1, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1])
  })

  it('detects a 1..5 satisfaction scale: CSAT is the share of 4-5', () => {
    expect(series.nps?.satisfactionScale).toBe(5)
    expect(npsSummary(series, null, null)).toMatchObject({ csat: 2 / 5, satisfactionAnswers: 5 })
  })

  it('uses 9-10 as the top two points of a 0..10 scale', () => {
    const tenPoints = buildSeries({ npsAnswers: [{ score: 9, satisfaction: 9 }, { score: 9, satisfaction: 8 }, { score: 9, satisfaction: 10 }, { score: 1, satisfaction: 5 }] })
    expect(npsSummary(tenPoints, null, null)?.csat).toBe(0.5)
  })

  it('takes the answers of the period, plus undated ones', () => {
    expect(npsSummary(series, monthPeriod('2024-01'), null)).toMatchObject({ responses: 4, promoters: 2, passives: 2, detractors: 0, nps: 50 })
    expect(npsSummary(series, monthPeriod('2024-03'), null)).toMatchObject({ responses: 1, passives: 1 })
  })

  it('trends by month, dated answers only', () => {
    const months = npsByMonth(series, null, null)
    expect(months.map((month) => [month.month, month.responses, month.nps])).toEqual([['2024-01', 3, (2 / 3) * 100], ['2024-02', 2, -100]])
    expect(npsByMonth(series, customPeriod('2024-02', '2024-02'), null).map((month) => month.month)).toEqual(['2024-02'])
  })

  it('splits by segment', () => {
    const byStore = npsBySegment(series, 'loja', null, null)
    expect(Object.keys(byStore)).toEqual(['Centro', 'Norte'])
    expect(byStore.Centro).toMatchObject({ responses: 3, promoters: 2, passives: 1, nps: (2 / 3) * 100 })
    expect(byStore.Norte).toMatchObject({ responses: 3, detractors: 2, nps: (-2 / 3) * 100 })
    expect(npsBySegment(series, 'nothing', null, null)).toEqual({})
  })

  it('filters rows and lists comments by group and text', () => {
    expect(npsSummary(series, null, Uint8Array.from([1, 0, 0, 0, 0, 0]))).toMatchObject({ responses: 1, nps: 100 })
    expect(npsComments(series, null).map((comment) => comment.comment)).toEqual(['Ótimo atendimento', 'ok', 'demorou'])
    expect(npsComments(series, null, { group: 'detractor' }).map((comment) => comment.score)).toEqual([6])
    expect(npsComments(series, null, { search: 'ÓTIMO' })).toHaveLength(1)
  })

  it('accepts a 1..10 survey as it is', () => {
    const oneToTen = buildSeries({ npsAnswers: [1, 6, 7, 8, 9, 10].map((score) => ({ score })) })
    expect(npsSummary(oneToTen, null, null)).toMatchObject({ responses: 6, promoters: 2, passives: 2, detractors: 2, nps: 0 })
  })

  it('is null without NPS data', () => {
    expect(npsSummary(buildSeries({}), null, null)).toBeNull()
    expect(npsByMonth(buildSeries({}), null, null)).toEqual([])
  })
})
