/** Upsell vs cross-sell inside one customer's expansion (METRICS.md section 2; docs/METRICS.md for the netting rule). */
import type { SubscriptionSeries } from '../model/series'

export interface ProductScratch {
  before: Float64Array
  after: Float64Array
  seen: Uint8Array
  touched: Int32Array
}

export function productScratch(subscriptions: SubscriptionSeries): ProductScratch {
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
