/**
 * The list of customers due for a satisfaction survey (the Campaigns dashboard's list), as
 * a table to export: the engine's `surveyDueList` taken on the last day of the period (the
 * data's last month by default), for the customers the filters keep, with the customer's
 * attributes, MRR at that month (subscription data) and the last purchase.
 */
import { surveyDueList } from '../../../shared/metrics/campaigns'
import { checkColumns } from '../../../shared/metrics/dashboard'
import { axisRange, wholeSeriesPeriod, type Period } from '../../../shared/metrics/periods'
import { findCustomerColumn, selectCustomers, type AttributeFilter } from '../../../shared/metrics/selection'
import type { MetricSettings } from '../../../shared/metrics/settings'
import { dayToIso } from '../../../shared/metrics/calendar'
import type { ReportLanguage } from '../../../shared/model/report'
import type { Series } from '../../../shared/model/series'
import { PulsoFailure } from '../failure'

/** What a column holds: text from the data, money, or a day ('YYYY-MM-DD'). */
export type SurveyListKind = 'text' | 'money' | 'date'

export interface SurveyListTable {
  /** The day the list is taken on, 'YYYY-MM-DD'; null when the data has no months (the list is then empty). */
  day: string | null
  headers: string[]
  kinds: SurveyListKind[]
  rows: (string | number | null)[][]
}

const headerWords: Record<ReportLanguage, { customer: string; mrr: string; lastPurchase: string }> = {
  en: { customer: 'Customer', mrr: 'MRR', lastPurchase: 'Last purchase' },
  'pt-BR': { customer: 'Cliente', mrr: 'MRR', lastPurchase: 'Última compra' }
}

export interface SurveyListOptions {
  period?: Period
  filters?: readonly AttributeFilter[]
  settings: Pick<MetricSettings, 'surveyRecentPurchaseDays' | 'surveyQuietDays'>
  lang?: ReportLanguage
}

/**
 * The survey list of a period. Filters on customer columns choose the customers; a filter
 * on a column only NPS answers or campaign recipients have is left out (as on the
 * dashboard); a column no table has is refused, so a typo never exports everyone.
 */
export function surveyListTable(series: Series, options: SurveyListOptions): SurveyListTable {
  const words = headerWords[options.lang ?? 'en']
  const filters = options.filters ?? []
  try {
    checkColumns(series, filters, null)
  } catch (error) {
    if (error instanceof RangeError) throw new PulsoFailure('invalid-input', error.message)
    throw error
  }
  const attributes = series.customers.attributes
  const mrr = series.subscriptions?.mrr ?? null
  const headers = [words.customer, ...attributes.map((column) => column.name), ...(mrr ? [words.mrr] : []), words.lastPurchase]
  const kinds: SurveyListKind[] = ['text', ...attributes.map((): SurveyListKind => 'text'), ...(mrr ? ['money' as const] : []), 'date']
  const period = options.period ?? wholeSeriesPeriod(series)
  const range = period ? axisRange(series, period) : null
  if (!range) return { day: null, headers, kinds, rows: [] }
  const day = series.monthEndDay[range.last]
  const selection = selectCustomers(series, filters.filter((filter) => findCustomerColumn(series, filter.column) !== null))
  const months = series.months.length
  const rows = surveyDueList(series, day, selection, options.settings).map((due) => [
    due.id,
    ...attributes.map((column) => (column.codes[due.customer] >= 0 ? column.values[column.codes[due.customer]] : null)),
    ...(mrr ? [mrr[due.customer * months + range.last]] : []),
    due.lastPurchase
  ])
  return { day: dayToIso(day), headers, kinds, rows }
}
