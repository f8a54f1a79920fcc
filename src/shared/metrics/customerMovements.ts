/**
 * Each customer's revenue movement over a period, by the rules of `movements.ts`: the one
 * definition behind the period's movement totals, the drill-down lists and the report's
 * Data sheet.
 */
import type { Series } from '../model/series'
import { axisRange, type Period } from './periods'
import { productScratch, upsellPart } from './upsell'

/** A customer's movement over a period (or a month), by the rules at the top of this file. */
export const Movement = { none: 0, new: 1, reactivation: 2, expansion: 3, contraction: 4, churn: 5 } as const
export type MovementCode = (typeof Movement)[keyof typeof Movement]

/** Every customer's MRR at the start and end of a period and its movement (dense, index = customer). */
export interface CustomerMovements {
  /** MRR at the end of the month before the period; 0 when there is none. */
  startMrr: Float64Array
  endMrr: Float64Array
  /** A `Movement` code: `none` when MRR is unchanged or 0 at both ends. */
  movement: Uint8Array
  /** The upsell and cross-sell parts of an expansion (0 for other movements); they add up to `endMrr - startMrr`. */
  upsellMrr: Float64Array
  crossSellMrr: Float64Array
}

/**
 * Each customer's movement over a period: MRR at the end of the period against MRR at its
 * start (the end of the month before; 0 for the first month of the axis, so its customers
 * are new). Not filtered: a customer's movement does not depend on who else is selected.
 * Null without subscription data or when the period is off the axis.
 */
export function customerMovements(series: Series, period: Period): CustomerMovements | null {
  const subscriptions = series.subscriptions
  const range = axisRange(series, period)
  if (!subscriptions || !range) return null
  const months = series.months.length
  const count = series.customers.count
  const { mrr, productCount } = subscriptions
  const scratch = productScratch(subscriptions)
  const out: CustomerMovements = { startMrr: new Float64Array(count), endMrr: new Float64Array(count), movement: new Uint8Array(count), upsellMrr: new Float64Array(count), crossSellMrr: new Float64Array(count) }
  for (let c = 0; c < count; c++) {
    const base = c * months
    const before = range.baseline >= 0 ? mrr[base + range.baseline] : 0
    const after = mrr[base + range.last]
    out.startMrr[c] = before
    out.endMrr[c] = after
    if (before > 0) {
      if (after === 0) out.movement[c] = Movement.churn
      else if (after > before) {
        const expansion = after - before
        const upsell = productCount[c] > 1 ? upsellPart(subscriptions, scratch, c, range.baseline, range.last, expansion) : expansion
        out.movement[c] = Movement.expansion
        out.upsellMrr[c] = upsell
        out.crossSellMrr[c] = expansion - upsell
      } else if (after < before) out.movement[c] = Movement.contraction
    } else if (after > 0) {
      let hadMrr = false
      for (let m = 0; m < range.baseline && !hadMrr; m++) hadMrr = mrr[base + m] > 0
      out.movement[c] = hadMrr ? Movement.reactivation : Movement.new
    }
  }
  return out
}

