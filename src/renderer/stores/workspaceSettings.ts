/**
 * The metric settings of a workspace (METRICS.md's "a setting"): windows, activation days,
 * cost ratio, currency and the fiscal year's first month, kept in the workspace file
 * (`workspace:settings`). Pure functions; the metrics store holds the state.
 */
import { defaultMetricSettings, metricSettings, type MetricSettings } from '../../shared/metrics/settings'

/** The settings the Settings editor shows, besides the currency and the fiscal year. */
export type EditableMetricSetting = 'inactivityWindowDays' | 'activityWindowDays' | 'activationDays' | 'acquisitionToRetentionCostRatio'

export interface WorkspaceMetricSettings {
  settings: MetricSettings
  /** ISO 4217 code of the workspace's money ('BRL'). */
  currency: string
  /** 1 (January) to 12. */
  fiscalYearStartMonth: number
}

/** The accepted range of each editable setting (whole days; the ratio may have decimals). */
export const metricSettingLimits: Record<EditableMetricSetting, { min: number; max: number; step: number }> = {
  inactivityWindowDays: { min: 1, max: 3650, step: 1 },
  activityWindowDays: { min: 1, max: 3650, step: 1 },
  activationDays: { min: 0, max: 365, step: 1 },
  acquisitionToRetentionCostRatio: { min: 0.1, max: 100, step: 0.1 }
}

export const editableMetricSettings = Object.keys(metricSettingLimits) as EditableMetricSetting[]

/** The currencies offered; the workspace keeps whatever code it was given. */
export const currencies = ['BRL', 'USD', 'EUR', 'GBP', 'ARS', 'CLP', 'COP', 'MXN', 'PEN', 'UYU'] as const

/** BRL: the money of the spreadsheets Pulso is made for (and the sample's), in either language. */
export const defaultCurrency = 'BRL'

export function defaultWorkspaceSettings(): WorkspaceMetricSettings {
  return { settings: metricSettings(), currency: defaultCurrency, fiscalYearStartMonth: 1 }
}

/** Whether a value fits a setting's range. */
export function validSetting(key: EditableMetricSetting, value: number): boolean {
  const { min, max } = metricSettingLimits[key]
  return Number.isFinite(value) && value >= min && value <= max && (key === 'acquisitionToRetentionCostRatio' || Number.isInteger(value))
}

/** Saved settings read back: each value kept only when it is valid, else its default. */
export function restoreWorkspaceSettings(saved: unknown): WorkspaceMetricSettings {
  const record = typeof saved === 'object' && saved !== null ? (saved as Record<string, unknown>) : {}
  const stored = typeof record.settings === 'object' && record.settings !== null ? (record.settings as Record<string, unknown>) : {}
  const settings: MetricSettings = { ...defaultMetricSettings }
  for (const key of editableMetricSettings) {
    const value = stored[key]
    if (typeof value === 'number' && validSetting(key, value)) settings[key] = value
  }
  const currency = typeof record.currency === 'string' && /^[A-Z]{3}$/.test(record.currency) ? record.currency : defaultCurrency
  const month = record.fiscalYearStartMonth
  const fiscalYearStartMonth = typeof month === 'number' && Number.isInteger(month) && month >= 1 && month <= 12 ? month : 1
  return { settings, currency, fiscalYearStartMonth }
}
