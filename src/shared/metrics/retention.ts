/** Revenue retention (METRICS.md section 2): GRR, NRR and the quick ratio, from movement totals. */
import type { MovementTotals } from './movements'
import { ratio } from './ratio'

/** Gross revenue retention: `(start MRR - contraction - churn) / start MRR`; null when the start MRR is 0. */
export function grossRevenueRetention(movements: MovementTotals): number | null {
  return ratio(movements.startMrr - movements.contractionMrr - movements.churnedMrr, movements.startMrr)
}

/**
 * Net revenue retention: `(start MRR + expansion - contraction - churn) / start MRR`, new and
 * reactivation left out; can exceed 1; null when the start MRR is 0.
 */
export function netRevenueRetention(movements: MovementTotals): number | null {
  return ratio(movements.startMrr + movements.expansionMrr - movements.contractionMrr - movements.churnedMrr, movements.startMrr)
}

/** Quick ratio: `(new + expansion + reactivation) / (contraction + churn)`; null when nothing was lost. */
export function quickRatio(movements: MovementTotals): number | null {
  return ratio(movements.newMrr + movements.expansionMrr + movements.reactivationMrr, movements.contractionMrr + movements.churnedMrr)
}
