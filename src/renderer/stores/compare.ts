import { defineStore } from 'pinia'
import { computed, ref, watch } from 'vue'
import { compareDashboards, type PeriodComparison } from '../../shared/metrics/comparison'
import type { Period } from '../../shared/metrics/periods'
import type { AttributeFilter } from '../../shared/metrics/selection'
import type { PeriodChoice } from './dashboardChoice'
import { resolvePeriod } from './dashboardChoice'
import { choiceOfB, compareStorageKeyFor, defaultCompareChoice, periodB, restoreCompareChoice, withFilter, type CompareChoice, type ComparePreset, type CompareSide } from './compareChoice'
import { sideNumbers, type SideNumbers } from './dashboardSide'
import { useMetricsStore } from './metrics'
import { readSaved, writeSaved } from './savedChoice'

/**
 * Comparing two periods in the renderer: period A and period B (a preset relative to A or
 * a period of its own), a filter per side, each side's dashboard numbers, and the shared
 * engine's comparison of the two (rows, NPS verdict, cohort curves). The split view's
 * dashboards read their side from here. Remembered per workspace in localStorage, as the
 * dashboards' period is; the series, settings and currency are the metrics store's.
 */
export const useCompareStore = defineStore('compare', () => {
  const metrics = useMetricsStore()
  const choice = ref<CompareChoice | null>(null)
  let restoredFor: string | null | undefined

  const periodA = computed<Period | null>(() => (choice.value ? resolvePeriod(choice.value.a, metrics.fiscalYearStartMonth) : null))
  const periodOfB = computed<Period | null>(() => (choice.value ? periodB(choice.value, metrics.fiscalYearStartMonth) : null))
  const filtersA = computed<AttributeFilter[]>(() => choice.value?.aFilters ?? [])
  const filtersB = computed<AttributeFilter[]>(() => choice.value?.bFilters ?? [])
  const choiceA = computed<PeriodChoice | null>(() => choice.value?.a ?? null)
  const choiceB = computed<PeriodChoice | null>(() => (choice.value ? choiceOfB(choice.value, metrics.fiscalYearStartMonth) : null))

  const sides: Record<CompareSide, SideNumbers> = { a: sideNumbers(metrics, periodA, filtersA), b: sideNumbers(metrics, periodOfB, filtersB) }

  /** The comparison of the two sides' dashboards: every metric, the NPS verdict, the cohorts' retention curves. */
  const comparison = computed<Pick<PeriodComparison, 'rows' | 'nps' | 'cohorts'> | null>(() => {
    const a = sides.a.current.value
    const b = sides.b.current.value
    return a && b ? compareDashboards(a, b) : null
  })
  const computeError = computed(() => sides.a.computeError.value ?? sides.b.computeError.value)

  /** Follows the open workspace: its remembered comparison, or the dashboards' period against the usual reference. */
  function restore(): void {
    const series = metrics.series
    if (!series || !metrics.choice) {
      choice.value = null
      restoredFor = undefined
      return
    }
    const fallback = defaultCompareChoice(metrics.choice, metrics.filters)
    const place = metrics.workspacePath
    const saved = restoredFor === place && choice.value ? choice.value : readSaved(compareStorageKeyFor(place))
    choice.value = restoreCompareChoice(saved, series, fallback)
    restoredFor = place
  }

  watch(() => [metrics.series, metrics.workspacePath, metrics.choice !== null] as const, restore, { immediate: true })

  watch(choice, (next) => {
    if (next && metrics.series) writeSaved(compareStorageKeyFor(metrics.workspacePath), next)
  }, { deep: true })

  function update(change: Partial<CompareChoice>): void {
    if (choice.value) choice.value = { ...choice.value, ...change }
  }

  /** Chooses a side's period; choosing B's period makes B a period of its own. */
  function choosePeriod(side: CompareSide, next: PeriodChoice): void {
    if (side === 'a') update({ a: next })
    else update({ b: next, preset: 'chosen' })
  }

  /** B relative to A, or B's own period (starting from where the preset put it). */
  function choosePreset(preset: ComparePreset): void {
    if (!choice.value) return
    if (preset === 'chosen' && choice.value.preset !== 'chosen') update({ preset, b: choiceOfB(choice.value, metrics.fiscalYearStartMonth) })
    else update({ preset })
  }

  function setFilter(side: CompareSide, column: string, values: string[]): void {
    if (!choice.value) return
    if (side === 'a') update({ aFilters: withFilter(choice.value.aFilters, column, values) })
    else update({ bFilters: withFilter(choice.value.bFilters, column, values) })
  }

  function clearFilters(side: CompareSide): void {
    update(side === 'a' ? { aFilters: [] } : { bFilters: [] })
  }

  /** A side's numbers as refs, for the split view's dashboards (a function, so the store does not unwrap them). */
  function sideOf(side: CompareSide): SideNumbers {
    return sides[side]
  }

  return { choice, choiceA, choiceB, periodA, periodB: periodOfB, filtersA, filtersB, sideOf, comparison, computeError, restore, choosePeriod, choosePreset, setFilter, clearFilters }
})


