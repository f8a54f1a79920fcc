/**
 * What the dashboards show: the chosen period (a month, quarter, year or custom range of
 * months) and the filters (column -> values), as plain data that can be saved and read
 * back. Pure functions over the Series; the metrics store holds the state.
 */
import type { MonthKey, Series } from '../../shared/model/series'
import { customPeriod, periodContaining, type Period } from '../../shared/metrics/periods'
import { findCustomerColumn, type AttributeFilter } from '../../shared/metrics/selection'

export type PeriodChoiceKind = 'month' | 'quarter' | 'year' | 'custom'

/** The month, quarter or year containing `month`, or the custom range `from`..`to`. */
export type PeriodChoice = { kind: 'month' | 'quarter' | 'year'; month: MonthKey } | { kind: 'custom'; from: MonthKey; to: MonthKey }

/** A column the filter bar offers, with its values. */
export interface FilterColumn {
  name: string
  values: string[]
}

const monthPattern = /^\d{4}-(0[1-9]|1[0-2])$/
const maxFilterValues = 60

/** The period a choice means. */
export function resolvePeriod(choice: PeriodChoice, fiscalYearStartMonth = 1): Period {
  if (choice.kind === 'custom') return customPeriod(choice.from, choice.to)
  return periodContaining(choice.kind, choice.month, fiscalYearStartMonth)
}

/** The last month of the data: the period an analyst looks at first. Null without months. */
export function defaultChoice(series: Series): PeriodChoice | null {
  const last = series.months[series.months.length - 1]
  return last ? { kind: 'month', month: last } : null
}

/** The distinct periods of a kind over the series' months, latest first (each named by its first month). */
export function periodOptions(series: Series, kind: 'month' | 'quarter' | 'year', fiscalYearStartMonth = 1): Period[] {
  const seen = new Map<string, Period>()
  for (const month of series.months) {
    const period = periodContaining(kind, month, fiscalYearStartMonth)
    seen.set(period.from, period)
  }
  return [...seen.values()].reverse()
}

/** The categorical customer columns a filter can use (imported attributes, status, acquisition channel), with their values. */
export function filterColumns(series: Series): FilterColumn[] {
  const { attributes, statusColumn, acquisitionChannel } = series.customers
  const columns = [...attributes, statusColumn, acquisitionChannel].filter((column) => column !== null)
  const seen = new Set<string>()
  return columns
    .filter((column) => column.values.length >= 1 && column.values.length <= maxFilterValues && !seen.has(column.name) && seen.add(column.name))
    .map((column) => ({ name: column.name, values: [...column.values].filter((value) => value !== '').sort((a, b) => a.localeCompare(b)) }))
}

/** The 12 months (or the whole period, when longer) ending with the period: what trend charts and sparklines show. */
export function trendPeriodOf(period: Period, months = 12): Period {
  const [year, month] = period.to.split('-').map(Number)
  const end = year * 12 + month - 1
  const start = end - months + 1
  const startKey = `${Math.floor(start / 12)}-${String((start % 12) + 1).padStart(2, '0')}`
  return { from: startKey < period.from ? startKey : period.from, to: period.to }
}

/** Where the choice of a workspace is remembered (localStorage, by the workspace's path). */
export function storageKeyFor(workspacePath: string | null): string {
  return `pulso.dashboards:${workspacePath ?? '(unsaved)'}`
}

/** A saved choice read back, kept only where it still fits the series (known months, columns and values). */
export function restoreChoice(saved: unknown, series: Series): { choice: PeriodChoice | null; filters: AttributeFilter[] } {
  const record = typeof saved === 'object' && saved !== null ? (saved as Record<string, unknown>) : {}
  return { choice: restorePeriod(record.period, series) ?? defaultChoice(series), filters: restoreFilters(record.filters, series) }
}

function isMonthOf(series: Series, value: unknown): value is MonthKey {
  return typeof value === 'string' && monthPattern.test(value) && series.months.includes(value)
}

function restorePeriod(value: unknown, series: Series): PeriodChoice | null {
  if (typeof value !== 'object' || value === null) return null
  const period = value as Record<string, unknown>
  if ((period.kind === 'month' || period.kind === 'quarter' || period.kind === 'year') && isMonthOf(series, period.month)) return { kind: period.kind, month: period.month }
  if (period.kind === 'custom' && isMonthOf(series, period.from) && isMonthOf(series, period.to) && period.from <= period.to) return { kind: 'custom', from: period.from, to: period.to }
  return null
}

function restoreFilters(value: unknown, series: Series): AttributeFilter[] {
  if (!Array.isArray(value)) return []
  const filters: AttributeFilter[] = []
  for (const item of value as unknown[]) {
    if (typeof item !== 'object' || item === null) continue
    const { column, values } = item as Record<string, unknown>
    if (typeof column !== 'string' || !Array.isArray(values)) continue
    const known = findCustomerColumn(series, column)
    const kept = values.filter((v): v is string => typeof v === 'string' && (known?.values.includes(v) ?? false))
    if (known && kept.length > 0 && !filters.some((f) => f.column === column)) filters.push({ column, values: kept })
  }
  return filters
}
