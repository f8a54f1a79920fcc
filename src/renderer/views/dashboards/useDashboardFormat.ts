/** The formatters and chart context of the dashboards, following the UI language, the theme and the workspace currency. */
import { computed, type ComputedRef } from 'vue'
import type { ChartContext } from '../../charts/config'
import { createFormatters, formatMonth, type NumberFormatters } from '../../charts/format'
import { chartTheme } from '../../charts/theme'
import { useAppStore } from '../../stores/app'
import { useMetricsStore } from '../../stores/metrics'

export function useDashboardFormat(): { format: ComputedRef<NumberFormatters>; chartContext: ComputedRef<ChartContext>; monthName: (month: string) => string } {
  const app = useAppStore()
  const metrics = useMetricsStore()
  const format = computed(() => createFormatters(app.language, metrics.currency))
  const chartContext = computed<ChartContext>(() => {
    const locale = app.language
    return { theme: chartTheme(app.theme), format: format.value, monthLabel: (month) => formatMonth(month, locale) }
  })
  return { format, chartContext, monthName: (month) => formatMonth(month, app.language, 'long') }
}
