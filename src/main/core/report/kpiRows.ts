/**
 * The rows of the Summary and Comparison sheets: each KPI, where its value comes from in
 * the engine's result, and, for a ratio of rows shown beside it, the Excel formula over
 * those rows. The same catalogue writes both sheets, so their numbers are the same.
 */
import type { ComparableMetric } from '../../../shared/metrics/compare'
import type { DashboardMetrics } from '../../../shared/metrics/dashboard'
import type { Series } from '../../../shared/model/series'
import type { CellKind } from './formats'
import type { ReportLabels } from './labels'

/** One KPI row. `formula` gets a function that names another row's cell in the same column. */
export interface KpiRow {
  key: string
  label: (labels: ReportLabels) => string
  kind: CellKind
  /** The catalogue name that says how to compare it (p.p., points, money...) and which way is good. */
  compareAs: ComparableMetric | null
  value: (metrics: DashboardMetrics, series: Series) => number | null
  formula?: (ref: (key: string) => string) => string
}

type Metrics = DashboardMetrics
const s = (pick: (summary: NonNullable<Metrics['summary']>) => number | null) => (m: Metrics) => (m.summary ? pick(m.summary) : null)

/** Every KPI, in the order of the Summary sheet; rows whose value is null in every period are left out by the writer. */
export const kpiRows: KpiRow[] = [
  { key: 'startCustomers', label: (l) => l.m.startCustomers, kind: 'count', compareAs: 'customers', value: s((x) => x.startCustomers) },
  { key: 'customers', label: (l) => l.m.customers, kind: 'count', compareAs: 'customers', value: s((x) => x.customers) },
  { key: 'churnedCustomers', label: (l) => l.m.churnedCustomers, kind: 'count', compareAs: null, value: s((x) => x.churnedCustomers) },
  { key: 'customerChurnRate', label: (l) => l.m.customerChurnRate, kind: 'percent', compareAs: 'customerChurnRate', value: s((x) => x.customerChurnRate), formula: (r) => `${r('churnedCustomers')}/${r('startCustomers')}` },
  { key: 'startMrr', label: (l) => l.m.startMrr, kind: 'money', compareAs: 'mrr', value: s((x) => x.startMrr) },
  { key: 'newMrr', label: (l) => l.m.newMrr, kind: 'money', compareAs: 'newMrr', value: s((x) => x.newMrr) },
  { key: 'expansionMrr', label: (l) => l.m.expansionMrr, kind: 'money', compareAs: 'expansionMrr', value: s((x) => x.expansionMrr) },
  { key: 'upsellMrr', label: (l) => l.m.upsellMrr, kind: 'money', compareAs: 'upsellMrr', value: s((x) => x.upsellMrr) },
  { key: 'crossSellMrr', label: (l) => l.m.crossSellMrr, kind: 'money', compareAs: 'crossSellMrr', value: s((x) => x.crossSellMrr) },
  { key: 'reactivationMrr', label: (l) => l.m.reactivationMrr, kind: 'money', compareAs: 'reactivationMrr', value: s((x) => x.reactivationMrr) },
  { key: 'contractionMrr', label: (l) => l.m.contractionMrr, kind: 'money', compareAs: 'contractionMrr', value: s((x) => x.contractionMrr) },
  { key: 'churnedMrr', label: (l) => l.m.churnedMrr, kind: 'money', compareAs: 'churnedMrr', value: s((x) => x.churnedMrr) },
  { key: 'mrr', label: (l) => l.m.mrr, kind: 'money', compareAs: 'mrr', value: s((x) => x.mrr) },
  { key: 'grossMrrChurnRate', label: (l) => l.m.grossMrrChurnRate, kind: 'percent', compareAs: 'grossMrrChurnRate', value: s((x) => x.grossMrrChurnRate), formula: (r) => `(${r('churnedMrr')}+${r('contractionMrr')})/${r('startMrr')}` },
  { key: 'netMrrChurnRate', label: (l) => l.m.netMrrChurnRate, kind: 'percent', compareAs: 'netMrrChurnRate', value: s((x) => x.netMrrChurnRate), formula: (r) => `(${r('churnedMrr')}+${r('contractionMrr')}-${r('expansionMrr')}-${r('reactivationMrr')})/${r('startMrr')}` },
  { key: 'grr', label: (l) => l.m.grr, kind: 'percent', compareAs: 'grr', value: s((x) => x.grr), formula: (r) => `(${r('startMrr')}-${r('contractionMrr')}-${r('churnedMrr')})/${r('startMrr')}` },
  { key: 'nrr', label: (l) => l.m.nrr, kind: 'percent', compareAs: 'nrr', value: s((x) => x.nrr), formula: (r) => `(${r('startMrr')}+${r('expansionMrr')}-${r('contractionMrr')}-${r('churnedMrr')})/${r('startMrr')}` },
  { key: 'quickRatio', label: (l) => l.m.quickRatio, kind: 'ratio', compareAs: 'quickRatio', value: s((x) => x.quickRatio), formula: (r) => `(${r('newMrr')}+${r('expansionMrr')}+${r('reactivationMrr')})/(${r('contractionMrr')}+${r('churnedMrr')})` },
  { key: 'arpa', label: (l) => l.m.arpa, kind: 'money', compareAs: 'arpa', value: s((x) => x.arpa), formula: (r) => `${r('mrr')}/${r('customers')}` },
  { key: 'averageMonthlyChurnRate', label: (l) => l.m.averageMonthlyChurnRate, kind: 'percent', compareAs: 'churnRate', value: s((x) => x.averageMonthlyChurnRate) },
  { key: 'ltv', label: (l) => l.m.ltv, kind: 'money', compareAs: 'ltv', value: s((x) => x.ltv), formula: (r) => `${r('arpa')}/${r('averageMonthlyChurnRate')}` },
  { key: 'orders', label: (l) => l.m.orders, kind: 'count', compareAs: 'orders', value: (m) => m.orders?.orders ?? null },
  { key: 'revenue', label: (l) => l.m.revenue, kind: 'money', compareAs: 'revenue', value: (m) => m.orders?.revenue ?? null },
  { key: 'averageTicket', label: (l) => l.m.averageTicket, kind: 'money', compareAs: 'averageTicket', value: (m) => m.orders?.averageTicket ?? null, formula: (r) => `${r('revenue')}/${r('orders')}` },
  { key: 'newCustomers', label: (l) => l.m.newCustomers, kind: 'count', compareAs: 'customers', value: (m) => m.referral?.newCustomers ?? null },
  { key: 'referredCustomers', label: (l) => l.m.referredCustomers, kind: 'count', compareAs: 'customers', value: (m, series) => (m.referral && series.customers.acquisitionChannel ? m.referral.referredCustomers : null) },
  { key: 'referredShare', label: (l) => l.m.referredShare, kind: 'percent', compareAs: 'referredShare', value: (m, series) => (series.customers.acquisitionChannel ? (m.referral?.referredShare ?? null) : null), formula: (r) => `${r('referredCustomers')}/${r('newCustomers')}` },
  { key: 'active', label: (l) => l.m.active, kind: 'count', compareAs: 'customers', value: (m) => m.activity?.active ?? null },
  { key: 'inactive', label: (l) => l.m.inactive, kind: 'count', compareAs: null, value: (m) => m.activity?.inactive ?? null },
  { key: 'inactiveToActiveRatio', label: (l) => l.m.inactiveToActiveRatio, kind: 'percent', compareAs: 'inactiveToActiveRatio', value: (m) => m.activity?.inactiveToActiveRatio ?? null, formula: (r) => `${r('inactive')}/${r('active')}` },
  { key: 'inactiveShare', label: (l) => l.m.inactiveShare, kind: 'percent', compareAs: 'inactiveShare', value: (m) => m.activity?.inactiveShare ?? null, formula: (r) => `${r('inactive')}/(${r('active')}+${r('inactive')})` },
  { key: 'activityNew', label: (l) => l.m.signupNew, kind: 'count', compareAs: 'customers', value: (m) => m.activity?.newCustomers ?? null },
  { key: 'activated', label: (l) => l.m.activated, kind: 'count', compareAs: 'customers', value: (m) => m.activity?.activated ?? null },
  { key: 'activationRate', label: (l) => l.m.activationRate, kind: 'percent', compareAs: 'activationRate', value: (m) => m.activity?.activationRate ?? null, formula: (r) => `${r('activated')}/${r('activityNew')}` },
  { key: 'responses', label: (l) => l.m.responses, kind: 'count', compareAs: null, value: (m) => m.nps?.responses ?? null },
  { key: 'promoters', label: (l) => l.m.promoters, kind: 'count', compareAs: null, value: (m) => m.nps?.promoters ?? null },
  { key: 'detractors', label: (l) => l.m.detractors, kind: 'count', compareAs: null, value: (m) => m.nps?.detractors ?? null },
  { key: 'nps', label: (l) => l.m.nps, kind: 'nps', compareAs: 'nps', value: (m) => m.nps?.nps ?? null, formula: (r) => `(${r('promoters')}-${r('detractors')})/${r('responses')}*100` },
  { key: 'csat', label: (l) => l.m.csat, kind: 'percent', compareAs: 'csat', value: (m) => m.nps?.csat ?? null }
]
