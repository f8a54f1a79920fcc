/** The chosen period in words ('novembro de 2025', 'janeiro de 2025 – dezembro de 2025'), for drill-down titles. */
import { computed, type ComputedRef } from 'vue'
import { useDashboardFormat } from './useDashboardFormat'
import { useDashboardMetrics } from './useDashboardMetrics'

export function usePeriodName(): ComputedRef<string> {
  const metrics = useDashboardMetrics()
  const { monthName } = useDashboardFormat()
  return computed(() => {
    const period = metrics.period
    if (!period) return ''
    return period.from === period.to ? monthName(period.from) : `${monthName(period.from)} – ${monthName(period.to)}`
  })
}
