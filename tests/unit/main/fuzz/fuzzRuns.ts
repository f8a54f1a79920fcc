/**
 * How many cases a property-based test runs. `npm test` runs the default (thousands in
 * all); `npm run fuzz` sets PULSO_FUZZ_RUNS (e.g. 100000) and each test runs that many,
 * divided by its cost: a case that writes and reads a file costs more than a parse.
 */
export function fuzzRuns(defaultRuns: number, cost = 1): number {
  const asked = Number(process.env.PULSO_FUZZ_RUNS)
  if (!Number.isFinite(asked) || asked <= 0) return defaultRuns
  return Math.max(defaultRuns, Math.floor(asked / cost))
}

/** Per-test timeout: generous under `npm run fuzz`, the usual otherwise. */
export function fuzzTimeout(defaultMs: number): number {
  return process.env.PULSO_FUZZ_RUNS ? 6 * 60 * 60 * 1000 : defaultMs
}

/** The seed fast-check uses, from PULSO_FUZZ_SEED when a failure is being replayed. */
export function fuzzSeed(): number | undefined {
  const seed = Number(process.env.PULSO_FUZZ_SEED)
  return Number.isInteger(seed) ? seed : undefined
}
