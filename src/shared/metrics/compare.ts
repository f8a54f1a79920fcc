/** Comparing periods (METRICS.md section 8): a metric over a current and a reference period, side by side. */

/** How a metric's difference is shown: p.p. for rates, points for NPS, money for amounts, plain for counts and ratios. */
export type MetricKind = 'rate' | 'nps' | 'money' | 'count' | 'ratio'

/** Which way is good: lower churn is good, higher NRR is good. */
export type GoodDirection = 'higher' | 'lower'

export interface MetricComparison {
  current: number | null
  reference: number | null
  /**
   * `current - reference` in the unit of `unit`: percentage points for rates (0.057 vs
   * 0.050 -> 0.7), points for NPS, the amount for money, plain for counts and ratios.
   * Null when either value is null.
   */
  difference: number | null
  unit: 'p.p.' | 'points' | 'money' | 'count' | 'ratio'
  /** `(current - reference) / |reference|`; null when the reference is 0 or null. */
  relativeChange: number | null
  /** Whether the change is good, by the metric's direction; 'same' when equal; null when a value is missing. */
  trend: 'better' | 'worse' | 'same' | null
}

const units = { rate: 'p.p.', nps: 'points', money: 'money', count: 'count', ratio: 'ratio' } as const

/** Compares one metric's value in the current period with the reference period. */
export function compareMetric(current: number | null, reference: number | null, kind: MetricKind, good: GoodDirection): MetricComparison {
  const unit = units[kind]
  if (current === null || reference === null) return { current, reference, difference: null, unit, relativeChange: null, trend: null }
  const change = current - reference
  return {
    current,
    reference,
    difference: kind === 'rate' ? change * 100 : change,
    unit,
    relativeChange: reference === 0 ? null : change / Math.abs(reference),
    trend: change === 0 ? 'same' : (change > 0) === (good === 'higher') ? 'better' : 'worse'
  }
}

/** Kind and good direction of every metric the dashboards compare, by its name in the metric results. */
export const metricCatalogue = {
  customers: { kind: 'count', good: 'higher' },
  newCustomers: { kind: 'count', good: 'higher' },
  churnedCustomers: { kind: 'count', good: 'lower' },
  averageMonthlyChurnRate: { kind: 'rate', good: 'lower' },
  churnRate: { kind: 'rate', good: 'lower' },
  customerChurnRate: { kind: 'rate', good: 'lower' },
  revenueChurnRate: { kind: 'rate', good: 'lower' },
  grossMrrChurnRate: { kind: 'rate', good: 'lower' },
  netMrrChurnRate: { kind: 'rate', good: 'lower' },
  mrr: { kind: 'money', good: 'higher' },
  newMrr: { kind: 'money', good: 'higher' },
  expansionMrr: { kind: 'money', good: 'higher' },
  upsellMrr: { kind: 'money', good: 'higher' },
  crossSellMrr: { kind: 'money', good: 'higher' },
  reactivationMrr: { kind: 'money', good: 'higher' },
  contractionMrr: { kind: 'money', good: 'lower' },
  churnedMrr: { kind: 'money', good: 'lower' },
  grr: { kind: 'rate', good: 'higher' },
  nrr: { kind: 'rate', good: 'higher' },
  quickRatio: { kind: 'ratio', good: 'higher' },
  arpa: { kind: 'money', good: 'higher' },
  ltv: { kind: 'money', good: 'higher' },
  averageTicket: { kind: 'money', good: 'higher' },
  revenue: { kind: 'money', good: 'higher' },
  orders: { kind: 'count', good: 'higher' },
  inactiveToActiveRatio: { kind: 'rate', good: 'lower' },
  inactiveShare: { kind: 'rate', good: 'lower' },
  activationRate: { kind: 'rate', good: 'higher' },
  nps: { kind: 'nps', good: 'higher' },
  csat: { kind: 'rate', good: 'higher' },
  referredShare: { kind: 'rate', good: 'higher' },
  referredCustomers: { kind: 'count', good: 'higher' },
  referredMrr: { kind: 'money', good: 'higher' },
  active: { kind: 'count', good: 'higher' },
  inactive: { kind: 'count', good: 'lower' },
  responses: { kind: 'count', good: 'higher' },
  responseRate: { kind: 'rate', good: 'higher' },
  openRate: { kind: 'rate', good: 'higher' },
  clickRate: { kind: 'rate', good: 'higher' },
  clickToOpen: { kind: 'rate', good: 'higher' },
  conversionRate: { kind: 'rate', good: 'higher' },
  deliveryRate: { kind: 'rate', good: 'higher' }
} as const satisfies Record<string, { kind: MetricKind; good: GoodDirection }>

export type ComparableMetric = keyof typeof metricCatalogue

/** Compares a metric of the catalogue by its name. */
export function compareNamedMetric(name: ComparableMetric, current: number | null, reference: number | null): MetricComparison {
  const { kind, good } = metricCatalogue[name]
  return compareMetric(current, reference, kind, good)
}

/** Every metric of the catalogue that both objects hold as a number or null, compared. */
export function compareSummaries(current: Partial<Record<string, unknown>>, reference: Partial<Record<string, unknown>>): Partial<Record<ComparableMetric, MetricComparison>> {
  const out: Partial<Record<ComparableMetric, MetricComparison>> = {}
  for (const name of Object.keys(metricCatalogue) as ComparableMetric[]) {
    const a = current[name]
    const b = reference[name]
    const isValue = (value: unknown): value is number | null => value === null || typeof value === 'number'
    if (isValue(a) && isValue(b) && (name in current || name in reference)) out[name] = compareNamedMetric(name, a, b)
  }
  return out
}
