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
import type { Series, SubscriptionSeries } from '../model/series'
import { axisRange, type Period } from './periods'
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
 * The movements of a period: each selected customer's MRR at the end of the period against
 * its MRR at the start. Null without subscription data or when the period is off the axis.
 */
export function periodMovements(series: Series, period: Period, selection: CustomerSelection): MovementTotals | null {
  const subscriptions = series.subscriptions
  const range = axisRange(series, period)
  if (!subscriptions || !range) return null
  const months = series.months.length
  const { mrr, productCount } = subscriptions
  const scratch = productScratch(subscriptions)
  const out = emptyMovements()
  for (let c = 0; c < series.customers.count; c++) {
    if (selection && !selection[c]) continue
    const base = c * months
    const before = range.baseline >= 0 ? mrr[base + range.baseline] : 0
    const after = mrr[base + range.last]
    if (after > 0) {
      out.endMrr += after
      out.endCustomers++
    }
    if (before > 0) {
      out.startMrr += before
      out.startCustomers++
      if (after === 0) {
        out.churnedMrr += before
        out.churnedCustomers++
      } else if (after > before) {
        const expansion = after - before
        const upsell = productCount[c] > 1 ? upsellPart(subscriptions, scratch, c, range.baseline, range.last, expansion) : expansion
        out.expansionMrr += expansion
        out.upsellMrr += upsell
        out.crossSellMrr += expansion - upsell
        out.expandedCustomers++
      } else if (after < before) {
        out.contractionMrr += before - after
        out.contractedCustomers++
      }
    } else if (after > 0) {
      let hadMrr = false
      for (let m = 0; m < range.baseline && !hadMrr; m++) hadMrr = mrr[base + m] > 0
      if (hadMrr) {
        out.reactivationMrr += after
        out.reactivatedCustomers++
      } else {
        out.newMrr += after
        out.newCustomers++
      }
    }
  }
  return out
}

export interface ProductScratch {
  before: Float64Array
  after: Float64Array
  seen: Uint8Array
  touched: Int32Array
}

function productScratch(subscriptions: SubscriptionSeries): ProductScratch {
  const count = subscriptions.products.length
  return { before: new Float64Array(count), after: new Float64Array(count), seen: new Uint8Array(count), touched: new Int32Array(count) }
}

/**
 * The upsell part of one customer's expansion between two months. Per product: growth of
 * products it had before is upsell, MRR of products it did not have is cross-sell; the
 * customer's losses on other products are netted against upsell first, then cross-sell:
 * upsell = clamp(growth - losses, 0, expansion), cross-sell = expansion - upsell.
 */
export function upsellPart(subscriptions: SubscriptionSeries, scratch: ProductScratch, customer: number, before: number, after: number, expansion: number): number {
  const { start, product, firstMonth, endMonth, mrr } = subscriptions.spans
  let touchedCount = 0
  for (let s = start[customer]; s < start[customer + 1]; s++) {
    const p = product[s]
    if (!scratch.seen[p]) {
      scratch.seen[p] = 1
      scratch.touched[touchedCount++] = p
    }
    if (before >= 0 && firstMonth[s] <= before && before < endMonth[s]) scratch.before[p] += mrr[s]
    if (firstMonth[s] <= after && after < endMonth[s]) scratch.after[p] += mrr[s]
  }
  let growth = 0
  let losses = 0
  for (let i = 0; i < touchedCount; i++) {
    const p = scratch.touched[i]
    const had = scratch.before[p] > 0 ? scratch.before[p] : 0
    const has = scratch.after[p] > 0 ? scratch.after[p] : 0
    if (had > 0 && has > had) growth += has - had
    else if (has < had) losses += had - has
    scratch.before[p] = 0
    scratch.after[p] = 0
    scratch.seen[p] = 0
  }
  const upsell = growth - losses
  return upsell <= 0 ? 0 : upsell >= expansion ? expansion : upsell
}
