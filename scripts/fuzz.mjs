#!/usr/bin/env node
/**
 * `npm run fuzz [-- runs]`: the property-based tests of tests/unit/main/fuzz with many
 * more cases than `npm test` runs. It sets PULSO_FUZZ_RUNS (default 100000), which each
 * test divides by its cost (a file import costs more than a value parse), and runs
 * Vitest on those files. PULSO_FUZZ_SEED replays a failure fast-check reported.
 */
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const runs = process.argv[2] ?? process.env.PULSO_FUZZ_RUNS ?? '100000'
if (!/^\d+$/.test(runs)) {
  console.error(`usage: npm run fuzz [-- <runs>]  (got "${runs}")`)
  process.exit(2)
}
const vitest = path.join(path.dirname(createRequire(import.meta.url).resolve('vitest/package.json')), 'vitest.mjs')
console.log(`Fuzzing with PULSO_FUZZ_RUNS=${runs}`)
const result = spawnSync(process.execPath, [vitest, 'run', 'tests/unit/main/fuzz', '--project', 'node'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, PULSO_FUZZ_RUNS: runs }
})
process.exit(result.status ?? 1)
