/**
 * The numbers a dashboard view reads. A dashboard opened normally reads the metrics store
 * (the dashboards' period and filters); one opened as a side of the split comparison
 * ("Compare side by side") reads period A or B and that side's filters from the compare
 * store, through the same names, so the views need no other change.
 */
import { inject, provide, type InjectionKey } from 'vue'
import { useCompareStore } from '../../stores/compare'
import type { CompareSide } from '../../stores/compareChoice'
import type { PeriodChoice } from '../../stores/dashboardChoice'
import { useMetricsStore } from '../../stores/metrics'
import { useViewDetailsStore, viewDetailsOf, type ViewDetails } from '../../stores/viewDetails'

export type DashboardMetricsSource = ReturnType<typeof useMetricsStore>

const dashboardSideKey: InjectionKey<CompareSide | null> = Symbol('dashboardSide')

/** Makes the dashboards below show side A or B of the comparison (null: the dashboards' own period). */
export function provideDashboardSide(side: CompareSide | null): void {
  provide(dashboardSideKey, side)
}

/** The side the dashboard shows, or null for the dashboards' own period. */
export function useDashboardSide(): CompareSide | null {
  return inject(dashboardSideKey, null)
}

/** The metrics store, or the same names answered for the dashboard's side of the comparison. */
export function useDashboardMetrics(): DashboardMetricsSource {
  const metrics = useMetricsStore()
  const side = useDashboardSide()
  if (!side) return metrics
  const compare = useCompareStore()
  const numbers = compare.sideOf(side)
  const overrides: Partial<Record<keyof DashboardMetricsSource, () => unknown>> = {
    choice: () => (side === 'a' ? compare.choiceA : compare.choiceB),
    filters: () => (side === 'a' ? compare.filtersA : compare.filtersB),
    period: () => numbers.period.value,
    previous: () => numbers.previous.value,
    trendPeriod: () => numbers.trendPeriod.value,
    current: () => numbers.current.value,
    reference: () => numbers.reference.value,
    trend: () => numbers.trend.value,
    computeError: () => numbers.computeError.value,
    inactiveTrend: () => numbers.inactiveTrend.value,
    churnedList: () => numbers.churnedList.value,
    whatIf: () => numbers.whatIf.value,
    choosePeriod: () => (next: PeriodChoice) => compare.choosePeriod(side, next),
    setFilter: () => (column: string, values: string[]) => compare.setFilter(side, column, values),
    clearFilters: () => () => compare.clearFilters(side)
  }
  return new Proxy(metrics, {
    get(target, key) {
      const override = typeof key === 'string' ? overrides[key as keyof DashboardMetricsSource] : undefined
      return override ? override() : Reflect.get(target, key)
    }
  })
}

/** The per-customer details (activity, cohorts, answers, survey list) of the dashboard's side. */
export function useDashboardDetails(): ViewDetails {
  return useDashboardSide() ? viewDetailsOf(useDashboardMetrics()) : useViewDetailsStore()
}
