/**
 * The period summary and the month-by-month table of a dashboard: every customer and
 * revenue number of one period (or month), built from the metric modules.
 */
import type { MonthKey, Series } from '../model/series'
import type { ActiveCustomers } from './activeCustomers'
import { customerChurn, grossMrrChurnRate, monthlyCustomers, netMrrChurnRate, type MonthlyCustomers } from './churn'
import { movementsOfMonth, periodMovements, type MonthlyMovements, type MovementTotals } from './movements'
import type { AxisRange, Period } from './periods'
import { ratio } from './ratio'
import { grossRevenueRetention, netRevenueRetention, quickRatio } from './retention'
import type { CustomerSelection } from './selection'
import type { MetricSettings } from './settings'
import { arpa, averageMonthlyChurnRate, averageTicket, lifetimeValue, monthlyOrders } from './ticket'

/** Revenue-movement numbers of a month or a period; all null without subscription data. */
export interface RevenueNumbers {
  mrr: number | null
  startMrr: number | null
  newMrr: number | null
  expansionMrr: number | null
  upsellMrr: number | null
  crossSellMrr: number | null
  contractionMrr: number | null
  churnedMrr: number | null
  reactivationMrr: number | null
  newCustomers: number | null
  reactivatedCustomers: number | null
  grossMrrChurnRate: number | null
  netMrrChurnRate: number | null
  nrr: number | null
  grr: number | null
  quickRatio: number | null
  arpa: number | null
}

/** One row of the months table (the CLI's `months[]`). */
export interface MonthMetrics extends RevenueNumbers {
  month: MonthKey
  /** Customers at the end of the month (paying, buying within the window, or not churned). */
  customers: number | null
  startCustomers: number | null
  churnedCustomers: number | null
  customerChurnRate: number | null
  orders: number | null
  revenue: number | null
  averageTicket: number | null
}

/** The numbers of a whole period. */
export interface PeriodSummary extends RevenueNumbers {
  customers: number | null
  startCustomers: number | null
  churnedCustomers: number | null
  customerChurnRate: number | null
  /** Mean monthly customer churn over the LTV months ending with the period. */
  averageMonthlyChurnRate: number | null
  ltv: number | null
}

function revenueNumbers(totals: MovementTotals | null): RevenueNumbers {
  if (!totals) {
    return { mrr: null, startMrr: null, newMrr: null, expansionMrr: null, upsellMrr: null, crossSellMrr: null, contractionMrr: null, churnedMrr: null, reactivationMrr: null, newCustomers: null, reactivatedCustomers: null, grossMrrChurnRate: null, netMrrChurnRate: null, nrr: null, grr: null, quickRatio: null, arpa: null }
  }
  return {
    mrr: totals.endMrr,
    startMrr: totals.startMrr,
    newMrr: totals.newMrr,
    expansionMrr: totals.expansionMrr,
    upsellMrr: totals.upsellMrr,
    crossSellMrr: totals.crossSellMrr,
    contractionMrr: totals.contractionMrr,
    churnedMrr: totals.churnedMrr,
    reactivationMrr: totals.reactivationMrr,
    newCustomers: totals.newCustomers,
    reactivatedCustomers: totals.reactivatedCustomers,
    grossMrrChurnRate: grossMrrChurnRate(totals),
    netMrrChurnRate: netMrrChurnRate(totals),
    nrr: netRevenueRetention(totals),
    grr: grossRevenueRetention(totals),
    quickRatio: quickRatio(totals),
    arpa: arpa(totals.endMrr, totals.endCustomers)
  }
}

/** The months table of the period's months, for the selected customers. */
export function monthTable(series: Series, movements: MonthlyMovements | null, customers: MonthlyCustomers | null, range: AxisRange, selection: CustomerSelection): MonthMetrics[] {
  const orders = monthlyOrders(series, selection)
  const rows: MonthMetrics[] = []
  for (let m = range.first; m <= range.last; m++) {
    const hasStart = customers !== null && m > 0
    rows.push({
      month: series.months[m],
      ...revenueNumbers(movements ? movementsOfMonth(movements, m) : null),
      customers: customers ? customers.customers[m] : null,
      startCustomers: hasStart ? customers.startCustomers[m] : null,
      churnedCustomers: hasStart ? customers.churnedCustomers[m] : null,
      customerChurnRate: hasStart ? ratio(customers.churnedCustomers[m], customers.startCustomers[m]) : null,
      orders: orders ? orders.orders[m] : null,
      revenue: orders ? orders.revenue[m] : null,
      averageTicket: orders ? averageTicket(orders.revenue[m], orders.orders[m]) : null
    })
  }
  return rows
}

/**
 * Monthly customer counts, or null without an active-customer basis. On the subscription
 * basis they are the paying customers of the monthly movements, so no second pass.
 */
export function customersByMonth(series: Series, active: ActiveCustomers | null, movements: MonthlyMovements | null, selection: CustomerSelection): MonthlyCustomers | null {
  if (!active) return null
  if (active.basis === 'subscriptions' && movements) {
    return { customers: movements.endCustomers, startCustomers: movements.startCustomers, churnedCustomers: movements.churnedCustomers }
  }
  return monthlyCustomers(series, active, selection)
}

/** The summary of one period for the selected customers. */
export function periodSummary(series: Series, active: ActiveCustomers | null, customers: MonthlyCustomers | null, period: Period, range: AxisRange, selection: CustomerSelection, settings: MetricSettings): PeriodSummary {
  const revenue = revenueNumbers(periodMovements(series, period, selection))
  const churn = active ? customerChurn(series, active, period, selection) : null
  const averageChurn = customers ? averageMonthlyChurnRate(customers, range.last, settings.ltvChurnMonths) : null
  return {
    ...revenue,
    customers: customers ? customers.customers[range.last] : null,
    startCustomers: churn && range.baseline >= 0 ? churn.startCustomers : null,
    churnedCustomers: churn && range.baseline >= 0 ? churn.churnedCustomers : null,
    customerChurnRate: churn ? churn.churnRate : null,
    averageMonthlyChurnRate: averageChurn,
    ltv: lifetimeValue(revenue.arpa, averageChurn)
  }
}
