/**
 * What the Compare editor compares: period A (a month, quarter, year or custom range) and
 * period B, either a preset relative to A ("vs previous period", "vs same period last
 * year") or a period of its own, each side with its own filters. Plain data that can be
 * saved per workspace and read back; pure functions, the compare store holds the state.
 */
import type { Series } from '../../shared/model/series'
import { previousPeriod, samePeriodLastYear, type Period } from '../../shared/metrics/periods'
import type { AttributeFilter } from '../../shared/metrics/selection'
import { resolvePeriod, restoreChoice, type PeriodChoice } from './dashboardChoice'

/** How B is chosen: relative to A, or a period of its own. */
export type ComparePreset = 'previous' | 'last-year' | 'chosen'
export const comparePresets: readonly ComparePreset[] = ['previous', 'last-year', 'chosen']

/** The two sides of a comparison. */
export interface CompareChoice {
  a: PeriodChoice
  aFilters: AttributeFilter[]
  preset: ComparePreset
  /** B's own period; used when `preset` is 'chosen'. */
  b: PeriodChoice
  bFilters: AttributeFilter[]
}

/** A side of a split-view dashboard, or of the Compare editor. */
export type CompareSide = 'a' | 'b'

/** The period of side B: A's previous period, A a year earlier, or B's own choice. */
export function periodB(choice: CompareChoice, fiscalYearStartMonth = 1): Period {
  const a = resolvePeriod(choice.a, fiscalYearStartMonth)
  if (choice.preset === 'previous') return previousPeriod(a)
  if (choice.preset === 'last-year') return samePeriodLastYear(a)
  return resolvePeriod(choice.b, fiscalYearStartMonth)
}

/**
 * B's period as a choice the period picker shows: the kind of A ending in B's last month
 * (a quarter a year earlier is a quarter), or a custom range when A is custom.
 */
export function choiceOfB(choice: CompareChoice, fiscalYearStartMonth = 1): PeriodChoice {
  if (choice.preset === 'chosen') return choice.b
  const period = periodB(choice, fiscalYearStartMonth)
  return choice.a.kind === 'custom' ? { kind: 'custom', from: period.from, to: period.to } : { kind: choice.a.kind, month: period.to }
}

/** The comparison an analyst starts from: the dashboards' period against the previous month (one month) or the same period last year. */
export function defaultCompareChoice(dashboardChoice: PeriodChoice, dashboardFilters: AttributeFilter[] = []): CompareChoice {
  const preset: ComparePreset = dashboardChoice.kind === 'month' ? 'previous' : 'last-year'
  return { a: dashboardChoice, aFilters: dashboardFilters.map(copyFilter), preset, b: dashboardChoice, bFilters: dashboardFilters.map(copyFilter) }
}

/** Where a workspace's comparison is remembered (localStorage, by the workspace's path). */
export function compareStorageKeyFor(workspacePath: string | null): string {
  return `pulso.compare:${workspacePath ?? '(unsaved)'}`
}

/** A saved comparison read back, each part kept only where it still fits the series; the fallback fills the rest. */
export function restoreCompareChoice(saved: unknown, series: Series, fallback: CompareChoice): CompareChoice {
  const record = typeof saved === 'object' && saved !== null ? (saved as Record<string, unknown>) : {}
  const a = restoreChoice({ period: record.a, filters: record.aFilters }, series)
  const b = restoreChoice({ period: record.b, filters: record.bFilters }, series)
  const known = comparePresets.find((preset) => preset === record.preset)
  return {
    a: sameChoice(a.choice, record.a) ? a.choice : fallback.a,
    aFilters: Array.isArray(record.aFilters) ? a.filters : fallback.aFilters,
    preset: known ?? fallback.preset,
    b: sameChoice(b.choice, record.b) ? b.choice : fallback.b,
    bFilters: Array.isArray(record.bFilters) ? b.filters : fallback.bFilters
  }
}

/** Keeps only customers whose `column` is one of `values` on one side; no values removes the filter. */
export function withFilter(filters: readonly AttributeFilter[], column: string, values: readonly string[]): AttributeFilter[] {
  const others = filters.filter((filter) => filter.column !== column).map(copyFilter)
  return values.length > 0 ? [...others, { column, values: [...values] }] : others
}

/** Whether the restored choice is the saved one (restoring falls back to the last month otherwise). */
function sameChoice(restored: PeriodChoice | null, saved: unknown): restored is PeriodChoice {
  return restored !== null && JSON.stringify(restored) === JSON.stringify(saved)
}

function copyFilter(filter: AttributeFilter): AttributeFilter {
  return { column: filter.column, values: [...filter.values] }
}
