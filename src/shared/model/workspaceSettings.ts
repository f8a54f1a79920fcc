import type { MetricSettings } from '../metrics/settings'

/**
 * A workspace's own settings, kept in its file: the metric settings of METRICS.md (windows,
 * activation days, cost ratio...), the currency of its money and the fiscal year's first month.
 */
export interface WorkspaceSettings {
  settings: MetricSettings
  /** ISO 4217 code ('BRL'). */
  currency: string
  /** 1 (January) to 12. */
  fiscalYearStartMonth: number
}
