import { defineStore } from 'pinia'
import { computed, reactive, ref, shallowRef, watch } from 'vue'
import type { Series } from '../../shared/model/series'
import type { WorkspaceSummary } from '../../shared/model/workspace'
import type { Period } from '../../shared/metrics/periods'
import type { AttributeFilter } from '../../shared/metrics/selection'
import { metricSettings, type MetricSettings } from '../../shared/metrics/settings'
import { toPulsoError } from '../api/client'
import { useClient } from '../api/inject'
import { filterColumns, resolvePeriod, restoreChoice, storageKeyFor, type PeriodChoice } from './dashboardChoice'
import { sideNumbers } from './dashboardSide'
import { restoreWorkspaceSettings, type WorkspaceMetricSettings } from './workspaceSettings'
import { readSaved, writeSaved } from './savedChoice'

/**
 * The dashboards' numbers, computed in the renderer by the shared metric engine from the
 * open workspace's Series (loaded from `workspace:series`, again on `workspace:changed`).
 * Holds the chosen period and filters, and the workspace's metric settings (windows,
 * activation days, cost ratio, currency, fiscal year), each remembered per workspace in
 * localStorage (keyed by the workspace's path); the metric settings live in the workspace file.
 * A settings change recomputes every view, since they all read these computeds.
 */
export const useMetricsStore = defineStore('metrics', () => {
  const client = useClient()
  const series = shallowRef<Series | null>(null)
  const workspacePath = ref<string | null>(null)
  const hasWorkspace = ref(false)
  const loading = ref(false)
  const loadError = ref<string | null>(null)
  const choice = ref<PeriodChoice | null>(null)
  const filters = ref<AttributeFilter[]>([])
  const settings = ref<MetricSettings>(metricSettings())
  /** The workspace's currency (BRL by default). */
  const currency = ref('BRL')
  /** The fiscal year's first month, 1..12: years and quarters of the period picker start there. */
  const fiscalYearStartMonth = ref(1)
  /** The retention what-if's churn reduction, a fraction (0.01 = 1 p.p.), and the cost to win a customer. */
  const churnReduction = ref(0.01)
  const acquisitionCost = ref<number | null>(null)
  let unsubscribe: (() => void) | null = null
  let generation = 0

  const period = computed<Period | null>(() => (choice.value ? resolvePeriod(choice.value, fiscalYearStartMonth.value) : null))
  const columns = computed(() => (series.value ? filterColumns(series.value) : []))
  // The numbers of the chosen period: the same computeds a side of the split comparison uses.
  const inputs = reactive({ series, settings, churnReduction, acquisitionCost })
  const { previous, trendPeriod, current, reference, trend, computeError, inactiveTrend, churnedList, whatIf } = sideNumbers(inputs, period, filters)

  /** Loads the Series of the open workspace (the one `summary` names, or the core's current one). */
  async function reload(summary?: WorkspaceSummary | null): Promise<void> {
    const mine = ++generation
    loading.value = true
    try {
      const open = summary !== undefined ? summary : await client.call('workspace:current', {})
      const next = open ? await client.call('workspace:series', {}) : null
      if (mine !== generation) return
      const samePlace = open?.path === workspacePath.value && series.value !== null
      hasWorkspace.value = open !== null
      workspacePath.value = open?.path ?? null
      series.value = next
      loadError.value = null
      if (!next) {
        choice.value = null
        filters.value = []
      } else if (!samePlace) {
        adoptSettings(restoreWorkspaceSettings(await client.call('workspace:settings', {})))
        const restored = restoreChoice(readSaved(storageKeyFor(workspacePath.value)), next)
        choice.value = restored.choice
        filters.value = restored.filters
      } else {
        const restored = restoreChoice({ period: choice.value, filters: filters.value }, next)
        choice.value = restored.choice
        filters.value = restored.filters
      }
    } catch (error) {
      if (mine === generation) loadError.value = toPulsoError(error).message
    } finally {
      if (mine === generation) loading.value = false
    }
  }

  /** Loads once and follows the workspace from then on. */
  async function ensureLoaded(): Promise<void> {
    if (unsubscribe) return
    unsubscribe = client.on('workspace:changed', (summary) => void reload(summary))
    await reload()
  }

  function adoptSettings(next: WorkspaceMetricSettings): void {
    settings.value = next.settings
    currency.value = next.currency
    fiscalYearStartMonth.value = next.fiscalYearStartMonth
  }

  /** Changes the workspace's metric settings; every view recomputes and the change is remembered. */
  function updateSettings(change: Partial<WorkspaceMetricSettings['settings']> & { currency?: string; fiscalYearStartMonth?: number }): void {
    const { currency: nextCurrency, fiscalYearStartMonth: nextMonth, ...rest } = change
    adoptSettings({ settings: { ...settings.value, ...rest }, currency: nextCurrency ?? currency.value, fiscalYearStartMonth: nextMonth ?? fiscalYearStartMonth.value })
    // Kept in the workspace file; a refusal (a value out of range) puts back what the workspace holds.
    client
      .call('workspace:updateSettings', { settings: { ...settings.value }, currency: currency.value, fiscalYearStartMonth: fiscalYearStartMonth.value })
      .catch(async (error: unknown) => {
        loadError.value = toPulsoError(error).message
        adoptSettings(restoreWorkspaceSettings(await client.call('workspace:settings', {})))
      })
  }

  function choosePeriod(next: PeriodChoice): void {
    choice.value = next
  }

  /** Keeps only customers whose `column` is one of `values`; no values removes the filter. */
  function setFilter(column: string, values: string[]): void {
    const others = filters.value.filter((filter) => filter.column !== column)
    filters.value = values.length > 0 ? [...others, { column, values: [...values] }] : others
  }

  function clearFilters(): void {
    filters.value = []
  }

  watch([choice, filters], () => {
    if (series.value && choice.value) writeSaved(storageKeyFor(workspacePath.value), { period: choice.value, filters: filters.value })
  }, { deep: true })

  function dispose(): void {
    unsubscribe?.()
    unsubscribe = null
  }

  return {
    series, workspacePath, hasWorkspace, loading, loadError, computeError, choice, filters, settings, currency, fiscalYearStartMonth, churnReduction, acquisitionCost,
    period, previous, trendPeriod, columns, current, reference, trend, inactiveTrend, churnedList, whatIf,
    reload, ensureLoaded, choosePeriod, setFilter, clearFilters, updateSettings, dispose
  }
})


