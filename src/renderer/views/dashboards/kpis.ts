/**
 * The Overview's KPI cards as plain models: value, change against the previous period,
 * the formula with its inputs, and a sparkline. Pure, so the numbers and formulas can be
 * tested without mounting the view.
 */
import type { DashboardMetrics } from '../../../shared/metrics/dashboard'
import { compareNamedMetric, type ComparableMetric, type MetricComparison } from '../../../shared/metrics/compare'
import type { ChartConfig, ChartContext, ValueKind } from '../../charts/config'
import { sparklineChart } from '../../charts/sparkline'

/** vue-i18n's `t` as the builders need it. */
export type Translate = (key: string, params?: Record<string, unknown>) => string

export type KpiId = 'mrr' | 'customers' | 'customerChurn' | 'revenueChurn' | 'nrr' | 'nps' | 'averageTicket' | 'inactiveShare'

export interface KpiCardModel {
  id: KpiId
  label: string
  value: string
  change: string
  trend: MetricComparison['trend']
  formula: string
  sparkline: ChartConfig | null
  /** Why there is no value: which file would light the card up; null when it has data. */
  empty: string | null
}

export interface KpiInput {
  current: DashboardMetrics
  previous: DashboardMetrics | null
  trend: DashboardMetrics | null
  inactiveTrend: { months: string[]; values: (number | null)[] }
  /** The period's last month in words ('dezembro de 2025'). */
  lastMonthName: string
  inactivityWindowDays: number
}

interface KpiSpec {
  id: KpiId
  metric: ComparableMetric
  kind: ValueKind | 'nps'
  value: (metrics: DashboardMetrics) => number | null
  monthly: (input: KpiInput) => { months: string[]; values: (number | null)[] }
  formula: (input: KpiInput, t: Translate, context: ChartContext) => string
  empty: (metrics: DashboardMetrics) => string | null
}

const byMonth = (pick: (row: DashboardMetrics['months'][number]) => number | null) => (input: KpiInput) => ({
  months: input.trend?.months.map((row) => row.month) ?? [],
  values: input.trend?.months.map(pick) ?? []
})

const needsSubscriptions = (metrics: DashboardMetrics) => (metrics.summary?.mrr === null || !metrics.summary ? 'dashboards.empty.subscriptions' : null)

const specs: KpiSpec[] = [
  {
    id: 'mrr', metric: 'mrr', kind: 'money', value: (m) => m.summary?.mrr ?? null, monthly: byMonth((row) => row.mrr), empty: needsSubscriptions,
    formula: (input, t, { format }) => `${t('dashboards.formula.mrr', { month: input.lastMonthName, mrr: format.money(input.current.summary?.mrr) })}. ${t('dashboards.formula.mrrRule')}`
  },
  {
    id: 'customers', metric: 'customers', kind: 'count', value: (m) => m.summary?.customers ?? null, monthly: byMonth((row) => row.customers),
    empty: (m) => (m.summary?.customers === null || !m.summary ? 'dashboards.empty.subscriptions' : null),
    formula: (input, t, { format }) => {
      const basis = input.current.basis === 'transactions' ? 'customersTransactions' : input.current.basis === 'dates' ? 'customersDates' : 'customersSubscriptions'
      return t(`dashboards.formula.${basis}`, { month: input.lastMonthName, days: input.inactivityWindowDays, customers: format.count(input.current.summary?.customers) })
    }
  },
  {
    id: 'customerChurn', metric: 'customerChurnRate', kind: 'percent', value: (m) => m.summary?.customerChurnRate ?? null, monthly: byMonth((row) => row.customerChurnRate),
    empty: (m) => (!m.summary || m.summary.customers === null ? 'dashboards.empty.subscriptions' : null),
    formula: (input, t, { format }) => {
      const s = input.current.summary
      if (!s || s.startCustomers === null) return t('dashboards.formula.noStart')
      return t('dashboards.formula.customerChurn', { churned: format.count(s.churnedCustomers), start: format.count(s.startCustomers), rate: format.percent(s.customerChurnRate) })
    }
  },
  {
    id: 'revenueChurn', metric: 'grossMrrChurnRate', kind: 'percent', value: (m) => m.summary?.grossMrrChurnRate ?? null, monthly: byMonth((row) => row.grossMrrChurnRate), empty: needsSubscriptions,
    formula: (input, t, { format }) => {
      const s = input.current.summary
      if (!s || !s.startMrr) return t('dashboards.formula.noStart')
      return t('dashboards.formula.revenueChurn', { churned: format.money(s.churnedMrr), contraction: format.money(s.contractionMrr), start: format.money(s.startMrr), rate: format.percent(s.grossMrrChurnRate) })
    }
  },
  {
    id: 'nrr', metric: 'nrr', kind: 'percent', value: (m) => m.summary?.nrr ?? null, monthly: byMonth((row) => row.nrr), empty: needsSubscriptions,
    formula: (input, t, { format }) => {
      const s = input.current.summary
      if (!s || !s.startMrr) return t('dashboards.formula.noStart')
      return t('dashboards.formula.nrr', { start: format.money(s.startMrr), expansion: format.money(s.expansionMrr), contraction: format.money(s.contractionMrr), churned: format.money(s.churnedMrr), rate: format.percent(s.nrr) })
    }
  },
  {
    id: 'nps', metric: 'nps', kind: 'nps', value: (m) => m.nps?.nps ?? null,
    monthly: (input) => {
      const months = input.trend?.months.map((row) => row.month) ?? []
      const scores = new Map(input.trend?.nps?.byMonth.map((row) => [row.month, row.nps]) ?? [])
      return { months, values: months.map((month) => scores.get(month) ?? null) }
    },
    empty: (m) => (m.nps ? null : 'dashboards.empty.nps'),
    formula: (input, t, { format }) => {
      const n = input.current.nps
      if (!n || n.responses === 0) return t('dashboards.empty.nps')
      const text = t('dashboards.formula.nps', { promoters: format.percent(n.promoters / n.responses), detractors: format.percent(n.detractors / n.responses), nps: format.nps(n.nps), responses: format.count(n.responses), margin: format.decimal(n.marginOfError) })
      return n.smallSample ? `${text} ${t('dashboards.formula.npsSmall')}` : text
    }
  },
  {
    id: 'averageTicket', metric: 'averageTicket', kind: 'money', value: (m) => m.orders?.averageTicket ?? null, monthly: byMonth((row) => row.averageTicket),
    empty: (m) => (m.orders ? null : 'dashboards.empty.orders'),
    formula: (input, t, { format }) => {
      const o = input.current.orders
      if (!o) return t('dashboards.empty.orders')
      return t('dashboards.formula.averageTicket', { revenue: format.money(o.revenue), orders: format.count(o.orders), ticket: format.money(o.averageTicket) })
    }
  },
  {
    id: 'inactiveShare', metric: 'inactiveShare', kind: 'percent', value: (m) => m.activity?.inactiveShare ?? null, monthly: (input) => input.inactiveTrend,
    empty: (m) => (m.activity ? null : 'dashboards.empty.activity'),
    formula: (input, t, { format }) => {
      const a = input.current.activity
      if (!a) return t('dashboards.empty.activity')
      return t('dashboards.formula.inactiveShare', { inactive: format.count(a.inactive), active: format.count(a.active), share: format.percent(a.inactiveShare), ratio: format.percent(a.inactiveToActiveRatio) })
    }
  }
]

/** The eight KPI cards of the Overview. */
export function overviewKpis(input: KpiInput, t: Translate, context: ChartContext): KpiCardModel[] {
  const { format } = context
  const units = { percentagePoints: t('dashboards.units.pp'), points: t('dashboards.units.points') }
  return specs.map((spec) => {
    const value = spec.value(input.current)
    const comparison = input.previous ? compareNamedMetric(spec.metric, value, spec.value(input.previous)) : null
    const monthly = spec.monthly(input)
    const label = t(`dashboards.kpi.${spec.id}`)
    const sparkKind: ValueKind = spec.kind === 'nps' ? 'count' : spec.kind
    const hasTrend = monthly.values.filter((v) => v !== null).length >= 2
    const emptyKey = spec.empty(input.current)
    return {
      id: spec.id,
      label,
      value: spec.kind === 'nps' ? format.nps(value) : spec.kind === 'money' ? format.money(value) : spec.kind === 'percent' ? format.percent(value) : format.count(value),
      change: comparison && comparison.difference !== null ? format.change(comparison, units) : t('dashboards.kpi.noPrevious'),
      trend: comparison?.trend ?? null,
      formula: spec.formula(input, t, context),
      sparkline: hasTrend ? sparklineChart(label, monthly.months, monthly.values, sparkKind, context) : null,
      empty: emptyKey && value === null ? t(emptyKey) : null
    }
  })
}
