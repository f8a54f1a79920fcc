import { defineStore } from 'pinia'
import { computed, reactive, type UnwrapNestedRefs } from 'vue'
import type { Series } from '../../shared/model/series'
import type { AttributeFilter } from '../../shared/metrics/selection'
import type { MetricSettings } from '../../shared/metrics/settings'
import { surveyDueList } from '../../shared/metrics/campaigns'
import { axisRange, type Period } from '../../shared/metrics/periods'
import { activityByMonth } from '../../shared/metrics/activityByMonth'
import { customerActivityAt, customerSelection } from './customerLists'
import { cohortCounts } from './cohortCells'
import { useMetricsStore } from './metrics'
import { npsAnswerRows, type NpsAnswerRow } from './npsAnswers'

/**
 * The per-customer and per-answer details the NPS, Cohorts, Activation and Campaigns views
 * show beside the engine's totals, computed from the metrics store's series, period,
 * filters and settings, so they follow every change of those.
 */
export const useViewDetailsStore = defineStore('viewDetails', () => viewDetails(useMetricsStore()))

/** What the details are computed from: the metrics store, or a side of the comparison. */
export interface DetailsSource {
  series: Series | null
  period: Period | null
  trendPeriod: Period | null
  filters: AttributeFilter[]
  settings: MetricSettings
}

/** The details as the views read them (refs unwrapped). */
export type ViewDetails = UnwrapNestedRefs<ReturnType<typeof viewDetails>>

/** The details of another source (a side of the split comparison), shaped as the store. */
export function viewDetailsOf(source: DetailsSource): ViewDetails {
  return reactive(viewDetails(source))
}

function viewDetails(metrics: DetailsSource) {
  const selection = computed(() => (metrics.series ? customerSelection(metrics.series, metrics.filters) : null))
  const range = computed(() => (metrics.series && metrics.period ? axisRange(metrics.series, metrics.period) : null))
  /** The axis month where the period ends (where activity and MRR are measured), -1 without one. */
  const lastMonth = computed(() => range.value?.last ?? -1)

  const activityTrend = computed(() => (metrics.series && metrics.trendPeriod ? activityByMonth(metrics.series, metrics.trendPeriod, selection.value, metrics.settings) : null) ?? { months: [], active: [], inactive: [] })
  const activityNow = computed(() => (metrics.series && lastMonth.value >= 0 ? customerActivityAt(metrics.series, metrics.series.monthEndDay[lastMonth.value], selection.value, metrics.settings) : []))
  const cohorts = computed(() => (metrics.series && metrics.period ? cohortCounts(metrics.series, metrics.period, selection.value) : []))
  const answers = computed(() => (metrics.series ? npsAnswerRows(metrics.series, metrics.period, metrics.filters, metrics.settings) : []))
  const surveyDay = computed(() => (metrics.series && lastMonth.value >= 0 ? metrics.series.monthEndDay[lastMonth.value] : null))
  const surveyDue = computed(() => (metrics.series && surveyDay.value !== null ? surveyDueList(metrics.series, surveyDay.value, selection.value, metrics.settings) : []))

  /** The answers of another period (a month of the trend), with the same filters. */
  function answersIn(period: Period): NpsAnswerRow[] {
    return metrics.series ? npsAnswerRows(metrics.series, period, metrics.filters, metrics.settings) : []
  }

  return { selection, lastMonth, activityTrend, activityNow, cohorts, answers, surveyDay, surveyDue, answersIn }
}
