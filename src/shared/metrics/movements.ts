/**
 * Revenue movements (METRICS.md section 2). Per customer, MRR(after) is compared with
 * MRR(before); a customer is in one movement:
 *
 *   new           before = 0, after > 0, never had MRR before
 *   reactivation  before = 0, after > 0, had MRR before
 *   expansion     after > before > 0   (split into upsell and cross-sell)
 *   contraction   0 < after < before
 *   churn         before > 0, after = 0
 *
 * so that `MRR(after) = MRR(before) + new + reactivation + expansion - contraction - churn`.
 * Monthly movements compare each month with the one before; a period's movements compare
 * the end of the period with its start (the end of the month before it), so a customer who
 * arrives and leaves inside the period, or leaves and comes back, is in no movement.
 * The first month of the axis has no month before it: its customers are new.
 */
import type { Series } from '../model/series'
import { customerMovements, Movement } from './customerMovements'
import { productScratch, upsellPart } from './upsell'
import type { Period } from './periods'
import type { CustomerSelection } from './selection'

/** Sums of one month's (or one period's) movements, MRR and customers. */
export interface MovementTotals {
  /** MRR at the start (the end of the month before); 0 when there is no month before. */
  startMrr: number
  endMrr: number
  newMrr: number
  reactivationMrr: number
  expansionMrr: number
  /** Growth of products the customer already had (net of the customer's losses: see docs/METRICS.md). */
  upsellMrr: number
  /** MRR of products the customer did not have before; upsell + cross-sell = expansion. */
  crossSellMrr: number
  contractionMrr: number
  churnedMrr: number
  startCustomers: number
  endCustomers: number
  newCustomers: number
  reactivatedCustomers: number
  expandedCustomers: number
  contractedCustomers: number
  churnedCustomers: number
}

const movementFields = [
  'startMrr', 'endMrr', 'newMrr', 'reactivationMrr', 'expansionMrr', 'upsellMrr', 'crossSellMrr', 'contractionMrr', 'churnedMrr',
  'startCustomers', 'endCustomers', 'newCustomers', 'reactivatedCustomers', 'expandedCustomers', 'contractedCustomers', 'churnedCustomers'
] as const satisfies readonly (keyof MovementTotals)[]

export { customerMovements, Movement, type CustomerMovements, type MovementCode } from './customerMovements'

/** Every movement field per month of the axis (index = month). */
export type MonthlyMovements = { [K in keyof MovementTotals]: Float64Array }

/** Movement totals of zero. */
export function emptyMovements(): MovementTotals {
  return Object.fromEntries(movementFields.map((field) => [field, 0])) as unknown as MovementTotals
}

/** The movements of every month of the axis for the selected customers; null without subscription data. */
export function monthlyMovements(series: Series, selection: CustomerSelection): MonthlyMovements | null {
  const subscriptions = series.subscriptions
  if (!subscriptions) return null
  const months = series.months.length
  const out = Object.fromEntries(movementFields.map((field) => [field, new Float64Array(months)])) as unknown as MonthlyMovements
  const { mrr, productCount } = subscriptions
  const scratch = productScratch(subscriptions)
  // Local references: this loop runs over every customer-month.
  const { startMrr, startCustomers, churnedMrr, churnedCustomers, expansionMrr, upsellMrr, crossSellMrr, expandedCustomers } = out
  const { contractionMrr, contractedCustomers, reactivationMrr, reactivatedCustomers, newMrr, newCustomers, endMrr, endCustomers } = out
  for (let c = 0; c < series.customers.count; c++) {
    if (selection && !selection[c]) continue
    const base = c * months
    let before = 0
    let hadMrr = false
    for (let m = 0; m < months; m++) {
      const after = mrr[base + m]
      if (before > 0) {
        startMrr[m] += before
        startCustomers[m]++
        if (after === 0) {
          churnedMrr[m] += before
          churnedCustomers[m]++
        } else if (after > before) {
          const expansion = after - before
          const upsell = productCount[c] > 1 ? upsellPart(subscriptions, scratch, c, m - 1, m, expansion) : expansion
          expansionMrr[m] += expansion
          upsellMrr[m] += upsell
          crossSellMrr[m] += expansion - upsell
          expandedCustomers[m]++
        } else if (after < before) {
          contractionMrr[m] += before - after
          contractedCustomers[m]++
        }
      } else if (after > 0) {
        if (hadMrr) {
          reactivationMrr[m] += after
          reactivatedCustomers[m]++
        } else {
          newMrr[m] += after
          newCustomers[m]++
        }
      }
      if (after > 0) {
        endMrr[m] += after
        endCustomers[m]++
        hadMrr = true
      }
      before = after
    }
  }
  return out
}

/** The totals of one month of monthly movements. */
export function movementsOfMonth(monthly: MonthlyMovements, month: number): MovementTotals {
  return Object.fromEntries(movementFields.map((field) => [field, monthly[field][month]])) as unknown as MovementTotals
}

/**
 * The movements of a period: the sums of the selected customers' `customerMovements`
 * (their MRR at the end of the period against their MRR at the start). Null without
 * subscription data or when the period is off the axis.
 */
export function periodMovements(series: Series, period: Period, selection: CustomerSelection): MovementTotals | null {
  const each = customerMovements(series, period)
  if (!each) return null
  const out = emptyMovements()
  for (let c = 0; c < series.customers.count; c++) {
    if (selection && !selection[c]) continue
    const before = each.startMrr[c]
    const after = each.endMrr[c]
    if (after > 0) {
      out.endMrr += after
      out.endCustomers++
    }
    if (before > 0) {
      out.startMrr += before
      out.startCustomers++
    }
    switch (each.movement[c]) {
      case Movement.churn:
        out.churnedMrr += before
        out.churnedCustomers++
        break
      case Movement.expansion:
        out.expansionMrr += after - before
        out.upsellMrr += each.upsellMrr[c]
        out.crossSellMrr += each.crossSellMrr[c]
        out.expandedCustomers++
        break
      case Movement.contraction:
        out.contractionMrr += before - after
        out.contractedCustomers++
        break
      case Movement.reactivation:
        out.reactivationMrr += after
        out.reactivatedCustomers++
        break
      case Movement.new:
        out.newMrr += after
        out.newCustomers++
        break
    }
  }
  return out
}
