/** Average ticket, ARPA, lifetime value and the retention what-if (METRICS.md section 3). */
import type { Series } from '../model/series'
import type { MonthlyCustomers } from './churn'
import { axisRange, type Period } from './periods'
import { meanOf, ratio } from './ratio'
import type { CustomerSelection } from './selection'

/** Average ticket (ticket médio): `revenue / distinct orders`; null without orders. */
export function averageTicket(revenue: number, orders: number): number | null {
  return ratio(revenue, orders)
}

/** Orders, revenue and average ticket of a period. */
export interface OrderTotals {
  orders: number
  revenue: number
  averageTicket: number | null
}

/**
 * Orders of the selected customers in the period (transaction data). Lines without a
 * customer count only when no customer filter applies. Orders are counted distinct per
 * customer and month. Null without transaction data or when the period is off the axis.
 */
export function orderTotals(series: Series, period: Period, selection: CustomerSelection): OrderTotals | null {
  const transactions = series.transactions
  const range = axisRange(series, period)
  if (!transactions || !range) return null
  const months = series.months.length
  let orders = 0
  let revenue = 0
  for (let c = 0; c < series.customers.count; c++) {
    if (selection && !selection[c]) continue
    const base = c * months
    for (let m = range.first; m <= range.last; m++) {
      orders += transactions.orders[base + m]
      revenue += transactions.revenue[base + m]
    }
  }
  if (!selection) {
    for (let m = range.first; m <= range.last; m++) {
      orders += transactions.unassignedOrders[m]
      revenue += transactions.unassignedRevenue[m]
    }
  }
  return { orders, revenue, averageTicket: averageTicket(revenue, orders) }
}

/** ARPA: `MRR at the end of the period / active customers at its end`; null without customers. */
export function arpa(endMrr: number, endCustomers: number): number | null {
  return ratio(endMrr, endCustomers)
}

/**
 * The average monthly customer churn rate over the `months` months ending with `lastMonth`
 * (axis indexes): the mean of those months' rates that exist (a month with no customers
 * at its start has none). Null when none exists.
 */
export function averageMonthlyChurnRate(monthly: MonthlyCustomers, lastMonth: number, months: number): number | null {
  const rates: (number | null)[] = []
  for (let m = Math.max(0, lastMonth - months + 1); m <= lastMonth; m++) rates.push(ratio(monthly.churnedCustomers[m], monthly.startCustomers[m]))
  return meanOf(rates)
}

/** LTV: `ARPA / average monthly customer churn rate`; null when either is missing or the churn is 0. */
export function lifetimeValue(arpaValue: number | null, averageChurn: number | null): number | null {
  if (arpaValue === null || averageChurn === null) return null
  return ratio(arpaValue, averageChurn)
}

/** Inputs of the retention what-if panel. */
export interface RetentionWhatIfInput {
  customers: number
  mrr: number
  /** Current monthly customer churn rate (fraction). */
  monthlyChurnRate: number | null
  /** How much the churn rate falls, as a fraction (0.01 = 1 p.p.). */
  churnReduction: number
  arpa: number | null
  /** Acquisition cost / retention cost; 7 by default (the seed). */
  costRatio: number
  /** What winning one customer costs, when the user knows it. */
  acquisitionCost?: number | null
}

/** What the retention what-if shows; every value is null when the current churn rate is unknown. */
export interface RetentionWhatIf {
  churnRateAfter: number | null
  customersKeptPerMonth: number | null
  /** `MRR x (churn now - churn after)`. */
  mrrKeptPerMonth: number | null
  /** Twelve months of that, without compounding. */
  mrrKeptPerYear: number | null
  ltvNow: number | null
  ltvAfter: number | null
  /** Winning as many new customers as are kept: `kept x acquisition cost`; null without a cost. */
  replacementCostPerMonth: number | null
  /** Keeping them: `kept x acquisition cost / cost ratio`. */
  retentionCostPerMonth: number | null
}

/** The retention what-if: MRR and customers kept per month if churn falls by `churnReduction`. */
export function retentionWhatIf(input: RetentionWhatIfInput): RetentionWhatIf {
  const now = input.monthlyChurnRate
  if (now === null) {
    return { churnRateAfter: null, customersKeptPerMonth: null, mrrKeptPerMonth: null, mrrKeptPerYear: null, ltvNow: null, ltvAfter: null, replacementCostPerMonth: null, retentionCostPerMonth: null }
  }
  const after = Math.max(0, now - input.churnReduction)
  const kept = input.customers * (now - after)
  const mrrKept = input.mrr * (now - after)
  const cost = input.acquisitionCost ?? null
  return {
    churnRateAfter: after,
    customersKeptPerMonth: kept,
    mrrKeptPerMonth: mrrKept,
    mrrKeptPerYear: mrrKept * 12,
    ltvNow: lifetimeValue(input.arpa, now),
    ltvAfter: lifetimeValue(input.arpa, after),
    replacementCostPerMonth: cost === null ? null : kept * cost,
    retentionCostPerMonth: cost === null ? null : ratio(kept * cost, input.costRatio)
  }
}

/** Orders and revenue per month of the axis for the selected customers (unassigned lines only without a filter); null without transaction data. */
export function monthlyOrders(series: Series, selection: CustomerSelection): { orders: Float64Array; revenue: Float64Array } | null {
  const transactions = series.transactions
  if (!transactions) return null
  const months = series.months.length
  const orders = new Float64Array(months)
  const revenue = new Float64Array(months)
  for (let c = 0; c < series.customers.count; c++) {
    if (selection && !selection[c]) continue
    const base = c * months
    for (let m = 0; m < months; m++) {
      orders[m] += transactions.orders[base + m]
      revenue[m] += transactions.revenue[base + m]
    }
  }
  if (!selection) {
    for (let m = 0; m < months; m++) {
      orders[m] += transactions.unassignedOrders[m]
      revenue[m] += transactions.unassignedRevenue[m]
    }
  }
  return { orders, revenue }
}
