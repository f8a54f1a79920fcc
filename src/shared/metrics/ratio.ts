/**
 * `numerator / denominator`, or null when the denominator is 0 (or either side is not a
 * finite number): METRICS.md's rule that an empty denominator gives "—", never 0, NaN or
 * Infinity. Every rate of the engine goes through here.
 */
export function ratio(numerator: number, denominator: number): number | null {
  if (denominator === 0 || !Number.isFinite(numerator) || !Number.isFinite(denominator)) return null
  return numerator / denominator
}

/** The mean of the non-null values, or null when there are none. */
export function meanOf(values: readonly (number | null)[]): number | null {
  let sum = 0
  let count = 0
  for (const value of values) {
    if (value === null) continue
    sum += value
    count++
  }
  return ratio(sum, count)
}
