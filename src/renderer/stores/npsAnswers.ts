/**
 * The NPS answers of a period as rows (the comments list and the answers behind a score,
 * a group or a month), selected by the same rules as the engine: filters on the answers'
 * own columns or their customers' columns; undated answers count in every period.
 */
import { NO_DAY, type Series } from '../../shared/model/series'
import { dayToIso, firstDayOfMonth, lastDayOfMonth, monthNumber, monthOfDay, monthKey } from '../../shared/metrics/calendar'
import { npsGroup, type NpsGroup } from '../../shared/metrics/nps'
import type { Period } from '../../shared/metrics/periods'
import { findCustomerColumn, selectRows, type AttributeFilter } from '../../shared/metrics/selection'
import { foldText } from '../workbench/matchCommands'

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

/** The answers the filters keep inside the period (undated ones included), in file order. */
export function npsAnswerRows(series: Series, period: Period | null, filters: readonly AttributeFilter[]): NpsAnswerRow[] {
  const nps = series.nps
  if (!nps) return []
  const own = filters.filter((filter) => nps.attributes.some((column) => column.name === filter.column) || findCustomerColumn(series, filter.column) !== null)
  const rows = selectRows(series, nps, own)
  const from = period ? firstDayOfMonth(monthNumber(period.from)) : -Infinity
  const to = period ? lastDayOfMonth(monthNumber(period.to)) : Infinity
  const out: NpsAnswerRow[] = []
  for (let i = 0; i < nps.count; i++) {
    if (rows && !rows[i]) continue
    const day = nps.day[i]
    if (day !== NO_DAY && (day < from || day > to)) continue
    const customer = nps.customer[i]
    const comment = nps.comments[i]
    out.push({
      answer: i,
      customer,
      customerId: customer >= 0 ? series.customers.ids[customer] : null,
      date: day === NO_DAY ? null : dayToIso(day),
      month: day === NO_DAY ? null : monthKey(monthOfDay(day)),
      score: nps.score[i],
      group: npsGroup(nps.score[i]),
      comment,
      folded: comment === null ? '' : foldText(comment)
    })
  }
  return out
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
