/**
 * The numbers a dashboard shows for one period and filter, apart from the dashboards' own
 * choice: what a side of the comparison (A or B) shows in the split view and the Compare
 * editor. The same shared engine and settings as the metrics store, so a side's numbers
 * equal the dashboards' for that period and filter.
 */
import { computed, type ComputedRef, type Ref } from 'vue'
import type { Series } from '../../shared/model/series'
import { dashboardMetrics, type DashboardMetrics } from '../../shared/metrics/dashboard'
import { previousPeriod, type Period } from '../../shared/metrics/periods'
import type { AttributeFilter } from '../../shared/metrics/selection'
import type { MetricSettings } from '../../shared/metrics/settings'
import { retentionWhatIf, type RetentionWhatIf } from '../../shared/metrics/ticket'
import { toPulsoError } from '../api/client'
import { churnedCustomers, inactiveShareByMonth, type ChurnedCustomer } from './customerLists'
import { trendPeriodOf } from './dashboardChoice'

/** What a side needs from the metrics store. */
export interface SideInputs {
  series: Series | null
  settings: MetricSettings
  churnReduction: number
  acquisitionCost: number | null
}

/** The period-bound numbers of a side, named as the metrics store names them. */
export interface SideNumbers {
  period: ComputedRef<Period | null>
  previous: ComputedRef<Period | null>
  trendPeriod: ComputedRef<Period | null>
  current: ComputedRef<DashboardMetrics | null>
  reference: ComputedRef<DashboardMetrics | null>
  trend: ComputedRef<DashboardMetrics | null>
  computeError: ComputedRef<string | null>
  inactiveTrend: ComputedRef<{ months: string[]; values: (number | null)[] }>
  churnedList: ComputedRef<ChurnedCustomer[]>
  whatIf: ComputedRef<RetentionWhatIf | null>
}

/** The computeds of one side over `period` and `filters`. */
export function sideNumbers(inputs: SideInputs, period: Ref<Period | null>, filters: Ref<AttributeFilter[]>): SideNumbers {
  const previous = computed(() => (period.value ? previousPeriod(period.value) : null))
  const trendPeriod = computed(() => (period.value ? trendPeriodOf(period.value) : null))

  function metricsFor(range: Period | null): { metrics: DashboardMetrics | null; error: string | null } {
    const data = inputs.series
    if (!data || !range) return { metrics: null, error: null }
    try {
      return { metrics: dashboardMetrics(data, { period: range, filters: filters.value, settings: inputs.settings }), error: null }
    } catch (error) {
      return { metrics: null, error: toPulsoError(error).message }
    }
  }

  const currentResult = computed(() => metricsFor(period.value))
  const current = computed(() => currentResult.value.metrics)
  const whatIf = computed(() => {
    const summary = current.value?.summary
    if (!summary) return null
    return retentionWhatIf({
      customers: summary.customers ?? 0,
      mrr: summary.mrr ?? 0,
      monthlyChurnRate: summary.averageMonthlyChurnRate,
      churnReduction: inputs.churnReduction,
      arpa: summary.arpa,
      costRatio: inputs.settings.acquisitionToRetentionCostRatio,
      acquisitionCost: inputs.acquisitionCost
    })
  })
  return {
    period: computed(() => period.value),
    previous,
    trendPeriod,
    current,
    reference: computed(() => metricsFor(previous.value).metrics),
    trend: computed(() => metricsFor(trendPeriod.value).metrics),
    computeError: computed(() => currentResult.value.error),
    inactiveTrend: computed(() => (inputs.series && trendPeriod.value ? inactiveShareByMonth(inputs.series, trendPeriod.value, filters.value, inputs.settings) : { months: [], values: [] })),
    churnedList: computed(() => (inputs.series && period.value ? churnedCustomers(inputs.series, period.value, filters.value, inputs.settings) : [])),
    whatIf
  }
}
