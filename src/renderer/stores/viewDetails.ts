import { defineStore } from 'pinia'
import { computed } from 'vue'
import { surveyDueList } from '../../shared/metrics/campaigns'
import { axisRange, type Period } from '../../shared/metrics/periods'
import { activityByMonth, customerActivityAt, customerSelection } from './activityLists'
import { cohortCounts } from './cohortCells'
import { useMetricsStore } from './metrics'
import { npsAnswerRows, type NpsAnswerRow } from './npsAnswers'

/**
 * The per-customer and per-answer details the NPS, Cohorts, Activation and Campaigns views
 * show beside the engine's totals, computed from the metrics store's series, period,
 * filters and settings, so they follow every change of those.
 */
export const useViewDetailsStore = defineStore('viewDetails', () => {
  const metrics = useMetricsStore()
  const selection = computed(() => (metrics.series ? customerSelection(metrics.series, metrics.filters) : null))
  const range = computed(() => (metrics.series && metrics.period ? axisRange(metrics.series, metrics.period) : null))
  /** The axis month where the period ends (where activity and MRR are measured), -1 without one. */
  const lastMonth = computed(() => range.value?.last ?? -1)

  const activityTrend = computed(() => (metrics.series && metrics.trendPeriod ? activityByMonth(metrics.series, metrics.trendPeriod, selection.value, metrics.settings) : { months: [], active: [], inactive: [] }))
  const activityNow = computed(() => (metrics.series && lastMonth.value >= 0 ? customerActivityAt(metrics.series, metrics.series.monthEndDay[lastMonth.value], selection.value, metrics.settings) : []))
  const cohorts = computed(() => (metrics.series && metrics.period ? cohortCounts(metrics.series, metrics.period, selection.value) : []))
  const answers = computed(() => (metrics.series ? npsAnswerRows(metrics.series, metrics.period, metrics.filters) : []))
  const surveyDay = computed(() => (metrics.series && lastMonth.value >= 0 ? metrics.series.monthEndDay[lastMonth.value] : null))
  const surveyDue = computed(() => (metrics.series && surveyDay.value !== null ? surveyDueList(metrics.series, surveyDay.value, selection.value, metrics.settings) : []))

  /** The answers of another period (a month of the trend), with the same filters. */
  function answersIn(period: Period): NpsAnswerRow[] {
    return metrics.series ? npsAnswerRows(metrics.series, period, metrics.filters) : []
  }

  return { selection, lastMonth, activityTrend, activityNow, cohorts, answers, surveyDay, surveyDue, answersIn }
})
