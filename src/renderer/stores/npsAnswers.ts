/**
 * The NPS answers of a period as rows (the comments list and the answers behind a score,
 * a group or a month): the engine's promoters, passives and detractors of the period
 * (`customersBehind`), so the rows are the responses it counts, by its filters and groups.
 */
import { NO_DAY, type Series } from '../../shared/model/series'
import { dayToIso, monthOfDay, monthKey } from '../../shared/metrics/calendar'
import type { NpsGroup } from '../../shared/metrics/nps'
import type { Period } from '../../shared/metrics/periods'
import type { AttributeFilter } from '../../shared/metrics/selection'
import type { MetricSettings } from '../../shared/metrics/settings'
import { foldText } from '../workbench/matchCommands'
import { behindOrNull } from './customerLists'

/** One answer of the period. */
export interface NpsAnswerRow {
  answer: number
  customer: number
  customerId: string | null
  /** 'YYYY-MM-DD', or null for an undated survey. */
  date: string | null
  month: string | null
  score: number
  group: NpsGroup
  comment: string | null
  /** The comment folded (lower case, no accents) for the search. */
  folded: string
}

/** The answers the engine counts in the period (undated ones included), in file order; none without a period. */
export function npsAnswerRows(series: Series, period: Period | null, filters: readonly AttributeFilter[], settings: MetricSettings): NpsAnswerRow[] {
  const nps = series.nps
  const behind = nps && period ? behindOrNull(series, { period, filters, settings }) : null
  if (!nps || !behind) return []
  const groups: [NpsGroup, Int32Array][] = [['promoter', behind.promoters], ['passive', behind.passives], ['detractor', behind.detractors]]
  const out: NpsAnswerRow[] = []
  for (const [group, answers] of groups) {
    for (const i of answers) {
      const day = nps.day[i]
      const customer = nps.customer[i]
      const comment = nps.comments[i]
      out.push({
        answer: i,
        customer,
        customerId: customer >= 0 ? series.customers.ids[customer] : null,
        date: day === NO_DAY ? null : dayToIso(day),
        month: day === NO_DAY ? null : monthKey(monthOfDay(day)),
        score: nps.score[i],
        group,
        comment,
        folded: comment === null ? '' : foldText(comment)
      })
    }
  }
  return out.sort((a, b) => a.answer - b.answer)
}

export type CommentSort = 'newest' | 'oldest' | 'lowest' | 'highest'

/** The answers with a comment, of one group (or all), containing every word of the search (accent- and case-insensitive), sorted. */
export function filterComments(rows: readonly NpsAnswerRow[], choice: { group: NpsGroup | null; search: string; sort: CommentSort }): NpsAnswerRow[] {
  const words = foldText(choice.search).split(/\s+/).filter(Boolean)
  const kept = rows.filter((row) => row.comment !== null && row.comment.trim() !== '' && (!choice.group || row.group === choice.group) && words.every((word) => row.folded.includes(word)))
  const byDate = (a: NpsAnswerRow, b: NpsAnswerRow) => (a.date ?? '').localeCompare(b.date ?? '') || a.answer - b.answer
  const sorters: Record<CommentSort, (a: NpsAnswerRow, b: NpsAnswerRow) => number> = {
    newest: (a, b) => byDate(b, a),
    oldest: byDate,
    lowest: (a, b) => a.score - b.score || byDate(b, a),
    highest: (a, b) => b.score - a.score || byDate(b, a)
  }
  return kept.sort(sorters[choice.sort])
}
