/**
 * The settings METRICS.md names ("a setting"), with its defaults. Every metric that
 * depends on one takes the whole object, so the UI can pass what the user chose.
 */
export interface MetricSettings {
  /** Transaction data: a customer is active in month m with a purchase in the N days ending on m's last day. */
  inactivityWindowDays: number
  /** Activity data: a customer is inactive at d with no activity event in the N days ending on d. */
  activityWindowDays: number
  /** Activation: a first activity within N days of signup. */
  activationDays: number
  /** Acquisition cost / retention cost ("keeping a customer costs about seven times less"). */
  acquisitionToRetentionCostRatio: number
  /** LTV divides ARPA by the average monthly churn over this many months. */
  ltvChurnMonths: number
  /** Survey list: purchased or renewed in the last N days... */
  surveyRecentPurchaseDays: number
  /** ...and not surveyed in the last M days. */
  surveyQuietDays: number
}

export const defaultMetricSettings: Readonly<MetricSettings> = Object.freeze({
  inactivityWindowDays: 90,
  activityWindowDays: 30,
  activationDays: 14,
  acquisitionToRetentionCostRatio: 7,
  ltvChurnMonths: 6,
  surveyRecentPurchaseDays: 30,
  surveyQuietDays: 90
})

/** The defaults with the user's choices on top. */
export function metricSettings(overrides: Partial<MetricSettings> = {}): MetricSettings {
  return { ...defaultMetricSettings, ...overrides }
}
