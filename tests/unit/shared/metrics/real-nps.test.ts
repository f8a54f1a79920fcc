// Real NPS surveys: Botanic (Latin-1, 'NA' for missing, 0..10 satisfaction) and Prep Air (airlines).
import { readFileSync } from 'node:fs'
import path from 'node:path'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { buildSeries } from '../../../../src/shared/metrics/build'
import { dashboardMetrics } from '../../../../src/shared/metrics/dashboard'
import { npsBySegment, npsSummary } from '../../../../src/shared/metrics/nps'
import type { NpsRecord } from '../../../../src/shared/metrics/records'
import { realDataSet } from '../../../support/realData'

/** Promoters, passives and detractors counted straight from score texts. */
function countGroups(scores: number[]): { responses: number; promoters: number; passives: number; detractors: number } {
  let promoters = 0
  let passives = 0
  let detractors = 0
  for (const score of scores) {
    if (score === 9 || score === 10) promoters++
    else if (score === 7 || score === 8) passives++
    else detractors++
  }
  return { responses: scores.length, promoters, passives, detractors }
}

const botanic = realDataSet('nps-botanic-fr')

describe.skipIf(!botanic)('real data: Botanic NPS', () => {
  const rows = botanic ? Papa.parse<Record<string, string>>(readFileSync(path.join(botanic, 'nps.csv'), 'latin1'), { header: true, skipEmptyLines: true }).data : []
  const answered = rows.filter((row) => row.nps !== 'NA')
  const records: NpsRecord[] = answered.map((row) => ({
    customer: row.id,
    score: Number(row.nps),
    satisfaction: row.satisfaction === 'NA' ? null : Number(row.satisfaction),
    comment: row.explication === 'NA' ? null : row.explication,
    attributes: { t: row.t }
  }))
  const series = buildSeries({ npsAnswers: records })

  it('reads 13,954 rows, 342 without a score', () => {
    expect(rows).toHaveLength(13954)
    expect(rows.length - answered.length).toBe(342)
  })

  it('gives the NPS of the answers', () => {
    const groups = countGroups(answered.map((row) => Number(row.nps)))
    const summary = npsSummary(series, null, null)!
    expect(summary).toMatchObject(groups)
    expect(summary.nps).toBeCloseTo(((groups.promoters - groups.detractors) / groups.responses) * 100, 10)
    // The distribution the source documents.
    expect(summary.distribution).toEqual([0, 83, 53, 65, 101, 401, 491, 1061, 2892, 2487, 5978])
    expect(summary.smallSample).toBe(false)
    const p = groups.promoters / groups.responses
    const d = groups.detractors / groups.responses
    expect(summary.marginOfError).toBeCloseTo(1.96 * Math.sqrt((p + d - (p - d) ** 2) / groups.responses) * 100, 10)
  })

  it('gives CSAT on the 0..10 satisfaction scale', () => {
    let answers = 0
    let top = 0
    for (const row of answered) {
      if (row.satisfaction === 'NA') continue
      answers++
      if (Number(row.satisfaction) >= 9) top++
    }
    expect(series.nps?.satisfactionScale).toBe(10)
    expect(npsSummary(series, null, null)).toMatchObject({ csat: top / answers, satisfactionAnswers: answers })
  })

  it('splits by survey wave t', () => {
    const waves = new Map<string, number[]>()
    for (const row of answered) waves.set(row.t, [...(waves.get(row.t) ?? []), Number(row.nps)])
    const byWave = npsBySegment(series, 't', null, null)
    expect(Object.keys(byWave).sort()).toEqual([...waves.keys()].sort())
    for (const [wave, scores] of waves) expect(byWave[wave]).toMatchObject(countGroups(scores))
  })

  it('keeps the Latin-1 comments', () => {
    const comments = answered.filter((row) => row.explication !== 'NA')
    expect(series.nps?.comments.filter((comment) => comment !== null)).toHaveLength(comments.length)
    expect(comments.some((row) => row.explication.includes('très'))).toBe(true)
  })
})

const prepAir = realDataSet('nps-prepair')

describe.skipIf(!prepAir)('real data: Prep Air NPS against other airlines', () => {
  const read = (file: string) => Papa.parse<Record<string, string>>(readFileSync(path.join(prepAir!, file), 'utf8'), { header: true, skipEmptyLines: true }).data
  const rows = prepAir ? [...read('input_01.csv'), ...read('input_02.csv')] : []
  const question = 'How likely are you to recommend this airline?'
  const series = buildSeries({ npsAnswers: rows.map((row) => ({ customer: row.CustomerID, score: Number(row[question]), attributes: { Airline: row.Airline } })) })

  it('gives every airline its NPS, Prep Air included', () => {
    const byAirline = new Map<string, number[]>()
    for (const row of rows) byAirline.set(row.Airline, [...(byAirline.get(row.Airline) ?? []), Number(row[question])])
    expect(byAirline.get('Prep Air')).toHaveLength(184)
    const computed = npsBySegment(series, 'Airline', null, null)
    expect(Object.keys(computed)).toHaveLength(byAirline.size)
    for (const [airline, scores] of byAirline) {
      const groups = countGroups(scores)
      expect(computed[airline]).toMatchObject(groups)
      expect(computed[airline].nps).toBeCloseTo(((groups.promoters - groups.detractors) / groups.responses) * 100, 10)
    }
  })

  it('filters to Prep Air by the answers column', () => {
    const scores = rows.filter((row) => row.Airline === 'Prep Air').map((row) => Number(row[question]))
    const dashboard = dashboardMetrics(series, { filters: [{ column: 'Airline', values: ['Prep Air'] }] })
    expect(dashboard.nps).toMatchObject(countGroups(scores))
  })
})
