/** Cohort comparison: the average retention curve of the cohorts starting in period A against those starting in B. */
import type { CohortBasis, CohortTable } from './cohorts'
import { ratio } from './ratio'

/** The average retention of a period's cohorts, by months since their start (index 0 = their first month). */
export interface RetentionCurve {
  basis: CohortBasis
  /** Cohorts starting in the period (months with at least one new customer). */
  cohorts: number
  /** Customers in those cohorts. */
  customers: number
  /**
   * Month k: `sum of size x logo retention / sum of size` over the cohorts that have month k
   * inside the period; the share of their customers still active k months after starting.
   * Null when no cohort reaches month k.
   */
  logoRetention: (number | null)[]
  /**
   * Month k: the cohorts' revenue retention averaged with their sizes as weights (a cohort's
   * own cell is its MRR or revenue in month k / in its first month, so it can exceed 1).
   * Null per month when no cohort with revenue reaches it; null as a whole on the signup basis.
   */
  revenueRetention: (number | null)[] | null
  /** Month k: how many cohorts have a value there (the later months rest on fewer cohorts). */
  cohortsAt: number[]
}

export interface CohortComparison {
  /** Null when side A has no cohort basis or its period is off the data. */
  a: RetentionCurve | null
  b: RetentionCurve | null
}

/** Size-weighted mean of cell k of each row, over the rows where it is not null. */
function weightedCells(rows: readonly { size: number; cells: readonly (number | null)[] }[], width: number): { means: (number | null)[]; counts: number[] } {
  const sums = new Float64Array(width)
  const weights = new Float64Array(width)
  const counts = new Array<number>(width).fill(0)
  for (const row of rows) {
    for (let k = 0; k < width; k++) {
      const cell = row.cells[k]
      if (cell === null || cell === undefined) continue
      sums[k] += cell * row.size
      weights[k] += row.size
      counts[k]++
    }
  }
  return { means: Array.from(sums, (sum, k) => ratio(sum, weights[k])), counts }
}

/**
 * The average retention curve of a cohort table: cell k is the size-weighted mean of the
 * cohorts' cells k months after their start (for logo retention this is the share of all
 * their customers, `sum retained / sum size`). The curve is as long as the period (its
 * first cohort can be followed that far); months no cohort reaches are null, never 0.
 * Null for a missing table; a table without cohorts gives empty lists and 0 cohorts.
 */
export function retentionCurve(table: CohortTable | null): RetentionCurve | null {
  if (!table) return null
  const width = table.rows[0]?.logoRetention.length ?? 0
  const logo = weightedCells(table.rows.map((row) => ({ size: row.size, cells: row.logoRetention })), width)
  const hasRevenue = table.rows.length > 0 ? table.rows.every((row) => row.revenueRetention !== null) : table.basis !== 'signup'
  const revenue = hasRevenue ? weightedCells(table.rows.map((row) => ({ size: row.size, cells: row.revenueRetention ?? [] })), width).means : null
  return {
    basis: table.basis,
    cohorts: table.rows.length,
    customers: table.rows.reduce((sum, row) => sum + row.size, 0),
    logoRetention: logo.means,
    revenueRetention: revenue,
    cohortsAt: logo.counts
  }
}

/** The two periods' average retention curves, to draw on one axis of months since start. */
export function compareCohorts(a: CohortTable | null, b: CohortTable | null): CohortComparison {
  return { a: retentionCurve(a), b: retentionCurve(b) }
}
