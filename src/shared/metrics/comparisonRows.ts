/**
 * The metrics a comparison of two periods shows, one row each, and where each is read
 * in a dashboard's results. Every value comes from `dashboardMetrics` unchanged, except
 * the campaign conversion, which pools the dashboard's e-mailed groups.
 */
import type { ComparableMetric } from './compare'
import type { DashboardMetrics } from './dashboard'
import { ratio } from './ratio'

/** The dashboard a row belongs to. */
export type ComparisonSection = 'customers' | 'revenue' | 'referral' | 'activity' | 'nps' | 'orders' | 'campaigns'

/**
 * How a period's value is taken:
 * - `end`: the value at the end of the period (MRR, customers, ARPA, active on its last day);
 * - `total`: the sum over the period (new MRR, orders, revenue, responses...), so a longer period has more;
 * - `period`: the period's own rate, over the period as a whole (a quarter's churn is the churn over the quarter, not per month);
 * - `trailing`: over the 6 months ending with the period (average monthly churn, LTV);
 * - `undated`: not cut by the period (snapshot flags, campaigns): only a filter changes it.
 */
export type ComparisonMeasure = 'end' | 'total' | 'period' | 'trailing' | 'undated'

interface RowSpec {
  section: ComparisonSection
  measure: ComparisonMeasure
  /** The catalogue entry giving the unit and the good direction. */
  as: ComparableMetric
  value: (metrics: DashboardMetrics) => number | null
}

/**
 * Conversion of the e-mailed (non-control) campaign groups, pooled: `sum converted /
 * sum delivered` (sent, for a group without a delivered count), over the groups that
 * record conversions; null without campaign data or without such a group.
 */
export function emailedConversionRate(metrics: DashboardMetrics): number | null {
  if (!metrics.campaigns) return null
  let converted = 0
  let delivered = 0
  for (const group of Object.values(metrics.campaigns.bySegment)) {
    if (group.control || group.converted === null) continue
    converted += group.converted
    delivered += group.delivered ?? group.sent
  }
  return ratio(converted, delivered)
}

const summary = (pick: (s: NonNullable<DashboardMetrics['summary']>) => number | null) => (m: DashboardMetrics) => (m.summary ? pick(m.summary) : null)

/** Every compared metric, in the order the table shows them. */
export const comparisonRowSpecs = {
  customers: { section: 'customers', measure: 'end', as: 'customers', value: summary((s) => s.customers) },
  customerChurnRate: { section: 'customers', measure: 'period', as: 'customerChurnRate', value: summary((s) => s.customerChurnRate) },
  churnedCustomers: { section: 'customers', measure: 'total', as: 'churnedCustomers', value: summary((s) => s.churnedCustomers) },
  averageMonthlyChurnRate: { section: 'customers', measure: 'trailing', as: 'averageMonthlyChurnRate', value: summary((s) => s.averageMonthlyChurnRate) },
  snapshotChurnRate: { section: 'customers', measure: 'undated', as: 'churnRate', value: (m) => m.snapshot?.churnRate ?? null },
  mrr: { section: 'revenue', measure: 'end', as: 'mrr', value: summary((s) => s.mrr) },
  grossMrrChurnRate: { section: 'revenue', measure: 'period', as: 'grossMrrChurnRate', value: summary((s) => s.grossMrrChurnRate) },
  netMrrChurnRate: { section: 'revenue', measure: 'period', as: 'netMrrChurnRate', value: summary((s) => s.netMrrChurnRate) },
  nrr: { section: 'revenue', measure: 'period', as: 'nrr', value: summary((s) => s.nrr) },
  grr: { section: 'revenue', measure: 'period', as: 'grr', value: summary((s) => s.grr) },
  quickRatio: { section: 'revenue', measure: 'period', as: 'quickRatio', value: summary((s) => s.quickRatio) },
  newMrr: { section: 'revenue', measure: 'total', as: 'newMrr', value: summary((s) => s.newMrr) },
  expansionMrr: { section: 'revenue', measure: 'total', as: 'expansionMrr', value: summary((s) => s.expansionMrr) },
  upsellMrr: { section: 'revenue', measure: 'total', as: 'upsellMrr', value: summary((s) => s.upsellMrr) },
  crossSellMrr: { section: 'revenue', measure: 'total', as: 'crossSellMrr', value: summary((s) => s.crossSellMrr) },
  reactivationMrr: { section: 'revenue', measure: 'total', as: 'reactivationMrr', value: summary((s) => s.reactivationMrr) },
  contractionMrr: { section: 'revenue', measure: 'total', as: 'contractionMrr', value: summary((s) => s.contractionMrr) },
  churnedMrr: { section: 'revenue', measure: 'total', as: 'churnedMrr', value: summary((s) => s.churnedMrr) },
  newCustomers: { section: 'revenue', measure: 'total', as: 'newCustomers', value: summary((s) => s.newCustomers) },
  arpa: { section: 'revenue', measure: 'end', as: 'arpa', value: summary((s) => s.arpa) },
  ltv: { section: 'revenue', measure: 'trailing', as: 'ltv', value: summary((s) => s.ltv) },
  referredCustomers: { section: 'referral', measure: 'total', as: 'referredCustomers', value: (m) => m.referral?.referredCustomers ?? null },
  referredShare: { section: 'referral', measure: 'period', as: 'referredShare', value: (m) => m.referral?.referredShare ?? null },
  referredMrr: { section: 'referral', measure: 'total', as: 'referredMrr', value: (m) => m.referral?.referredMrr ?? null },
  active: { section: 'activity', measure: 'end', as: 'active', value: (m) => m.activity?.active ?? null },
  inactive: { section: 'activity', measure: 'end', as: 'inactive', value: (m) => m.activity?.inactive ?? null },
  inactiveToActiveRatio: { section: 'activity', measure: 'end', as: 'inactiveToActiveRatio', value: (m) => m.activity?.inactiveToActiveRatio ?? null },
  inactiveShare: { section: 'activity', measure: 'end', as: 'inactiveShare', value: (m) => m.activity?.inactiveShare ?? null },
  activationRate: { section: 'activity', measure: 'period', as: 'activationRate', value: (m) => m.activity?.activationRate ?? null },
  nps: { section: 'nps', measure: 'period', as: 'nps', value: (m) => m.nps?.nps ?? null },
  csat: { section: 'nps', measure: 'period', as: 'csat', value: (m) => m.nps?.csat ?? null },
  responses: { section: 'nps', measure: 'total', as: 'responses', value: (m) => m.nps?.responses ?? null },
  responseRate: { section: 'nps', measure: 'period', as: 'responseRate', value: (m) => m.nps?.responseRate ?? null },
  orders: { section: 'orders', measure: 'total', as: 'orders', value: (m) => m.orders?.orders ?? null },
  revenue: { section: 'orders', measure: 'total', as: 'revenue', value: (m) => m.orders?.revenue ?? null },
  averageTicket: { section: 'orders', measure: 'period', as: 'averageTicket', value: (m) => m.orders?.averageTicket ?? null },
  campaignConversionRate: { section: 'campaigns', measure: 'undated', as: 'conversionRate', value: emailedConversionRate }
} as const satisfies Record<string, RowSpec>

/** The name of a compared metric (a row of the comparison). */
export type ComparisonMetric = keyof typeof comparisonRowSpecs

/** The compared metrics in table order. */
export const comparisonMetrics = Object.keys(comparisonRowSpecs) as ComparisonMetric[]
