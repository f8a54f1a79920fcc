/** NPS and satisfaction (METRICS.md section 5). NPS is kept on its own scale, -100..+100. */
import { NO_DAY, type CategoricalColumn, type Series } from '../model/series'
import { firstDayOfMonth, lastDayOfMonth, monthKey, monthNumber, monthOfDay } from './calendar'
import { axisRange, type Period } from './periods'
import { ratio } from './ratio'
import { findCustomerColumn } from './selection'

export type NpsGroup = 'promoter' | 'passive' | 'detractor'

/** The group of a score: promoters 9-10, passives 7-8, detractors 0-6 (a 1..10 scale uses the same cuts). */
export function npsGroup(score: number): NpsGroup {
  return score >= 9 ? 'promoter' : score >= 7 ? 'passive' : 'detractor'
}

/** NPS = `% promoters - % detractors`, from -100 to +100; null without responses. */
export function npsScore(promoters: number, detractors: number, responses: number): number | null {
  const net = ratio(promoters - detractors, responses)
  return net === null ? null : net * 100
}

/**
 * 95 % margin of error of the NPS, in points: `1.96 * sqrt((p + d - (p - d)^2) / n) * 100`,
 * p and d the promoter and detractor shares, n the responses; null without responses.
 */
export function npsMarginOfError(promoters: number, detractors: number, responses: number): number | null {
  if (responses === 0) return null
  const p = promoters / responses
  const d = detractors / responses
  return 1.96 * Math.sqrt(Math.max(0, p + d - (p - d) ** 2) / responses) * 100
}

/** Below this many responses an NPS is flagged as a small sample. */
export const smallNpsSample = 30

/** Everything NPS shows for a set of answers. */
export interface NpsSummary {
  responses: number
  promoters: number
  passives: number
  detractors: number
  nps: number | null
  marginOfError: number | null
  /** n < 30. */
  smallSample: boolean
  /** Share of satisfaction answers in the top two points of the scale (9-10 on 0..10, 4-5 on 1..5); null without such answers. */
  csat: number | null
  satisfactionAnswers: number
  /** How many answers gave each score 0..10. */
  distribution: number[]
}

/** The NPS summary of score counts (index = score 0..10) and satisfaction counts. */
export function npsFromCounts(distribution: readonly number[], satisfactionTop = 0, satisfactionAnswers = 0): NpsSummary {
  let promoters = 0
  let passives = 0
  let detractors = 0
  distribution.forEach((count, score) => {
    if (score >= 9) promoters += count
    else if (score >= 7) passives += count
    else detractors += count
  })
  const responses = promoters + passives + detractors
  return {
    responses,
    promoters,
    passives,
    detractors,
    nps: npsScore(promoters, detractors, responses),
    marginOfError: npsMarginOfError(promoters, detractors, responses),
    smallSample: responses < smallNpsSample,
    csat: ratio(satisfactionTop, satisfactionAnswers),
    satisfactionAnswers,
    distribution: [...distribution]
  }
}

/**
 * NPS of the selected answers (`rows`, null = all) in a period. Answers without a date
 * count in every period (an undated survey is one survey); null period = every answer.
 * Null without NPS data.
 */
export function npsSummary(series: Series, period: Period | null, rows: Uint8Array | null): NpsSummary | null {
  const groups = npsGroupedBy(series, null, period, rows)
  return groups ? (groups.get('') ?? npsFromCounts(new Array<number>(11).fill(0))) : null
}

/** NPS per month of the period (dated answers only), in month order; empty without NPS data. */
export function npsByMonth(series: Series, period: Period | null, rows: Uint8Array | null): ({ month: string } & NpsSummary)[] {
  const nps = series.nps
  if (!nps || series.months.length === 0) return []
  const range = period ? axisRange(series, period) : { first: 0, last: series.months.length - 1 }
  if (!range) return []
  const counts = Array.from({ length: range.last - range.first + 1 }, () => ({ scores: new Array<number>(11).fill(0), top: 0, answered: 0 }))
  const topFrom = nps.satisfactionScale === 5 ? 4 : 9
  for (let i = 0; i < nps.count; i++) {
    if ((rows && !rows[i]) || nps.day[i] === NO_DAY) continue
    const m = monthOfDay(nps.day[i]) - series.firstMonth - range.first
    if (m < 0 || m >= counts.length) continue
    counts[m].scores[nps.score[i]]++
    if (nps.satisfaction[i] >= 0) {
      counts[m].answered++
      if (nps.satisfaction[i] >= topFrom) counts[m].top++
    }
  }
  return counts.map((count, m) => ({ month: monthKey(series.firstMonth + range.first + m), ...npsFromCounts(count.scores, count.top, count.answered) }))
}

/** NPS per value of a column: the answers' own column of that name, else the customer's; empty when there is no such column. */
export function npsBySegment(series: Series, columnName: string, period: Period | null, rows: Uint8Array | null): Record<string, NpsSummary> {
  const groups = npsGroupedBy(series, columnName, period, rows)
  return groups ? Object.fromEntries([...groups].filter(([value]) => value !== '').sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : {}
}

function npsGroupedBy(series: Series, columnName: string | null, period: Period | null, rows: Uint8Array | null): Map<string, NpsSummary> | null {
  const nps = series.nps
  if (!nps) return null
  let column: CategoricalColumn | null = null
  let viaCustomer = false
  if (columnName !== null) {
    column = nps.attributes.find((candidate) => candidate.name === columnName) ?? null
    if (!column) {
      column = findCustomerColumn(series, columnName)
      viaCustomer = true
    }
    if (!column) return null
  }
  const from = period ? firstDayOfMonth(monthNumber(period.from)) : -Infinity
  const to = period ? lastDayOfMonth(monthNumber(period.to)) : Infinity
  const groupCount = column ? column.values.length + 1 : 1
  const scores = Array.from({ length: groupCount }, () => new Array<number>(11).fill(0))
  const top = new Array<number>(groupCount).fill(0)
  const answered = new Array<number>(groupCount).fill(0)
  const topFrom = nps.satisfactionScale === 5 ? 4 : 9
  for (let i = 0; i < nps.count; i++) {
    if (rows && !rows[i]) continue
    const day = nps.day[i]
    if (day !== NO_DAY && (day < from || day > to)) continue
    let group = 0
    if (column) {
      const owner = viaCustomer ? nps.customer[i] : i
      group = owner >= 0 ? column.codes[owner] + 1 : 0
    }
    scores[group][nps.score[i]]++
    if (nps.satisfaction[i] >= 0) {
      answered[group]++
      if (nps.satisfaction[i] >= topFrom) top[group]++
    }
  }
  const out = new Map<string, NpsSummary>()
  for (let g = 0; g < groupCount; g++) {
    const value = g === 0 ? '' : column ? column.values[g - 1] : ''
    if (g === 0 && column && scores[0].every((count) => count === 0)) continue
    out.set(value, npsFromCounts(scores[g], top[g], answered[g]))
  }
  return out
}

/** One comment of the comments list. */
export interface NpsComment {
  answer: number
  score: number
  group: NpsGroup
  comment: string
}

/** Comments of the selected answers, optionally of one group and containing a text (case-insensitive). */
export function npsComments(series: Series, rows: Uint8Array | null, filter: { group?: NpsGroup; search?: string } = {}): NpsComment[] {
  const nps = series.nps
  if (!nps) return []
  const search = filter.search?.trim().toLocaleLowerCase() ?? ''
  const out: NpsComment[] = []
  for (let i = 0; i < nps.count; i++) {
    const comment = nps.comments[i]
    if (comment === null || (rows && !rows[i])) continue
    const group = npsGroup(nps.score[i])
    if (filter.group && group !== filter.group) continue
    if (search && !comment.toLocaleLowerCase().includes(search)) continue
    out.push({ answer: i, score: nps.score[i], group, comment })
  }
  return out
}
