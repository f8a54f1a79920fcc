// npm run bench import: imports generated revenue files (100k and 1M rows x 6 columns; comma
// csv, pt-BR csv, xlsx) into a new workspace and saves it, each in its own Node process so
// the peak RSS is its own. Prints wall time (import + save), rows/s and peak RSS.
import { spawnSync } from 'node:child_process'
import { buildSync } from 'esbuild'
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { importSpreadsheet } from '../src/main/core/import/importSpreadsheet'
import { Workspace } from '../src/main/core/workspace/workspace'
import { revenueFile } from './revenueFiles'

/** The import worker, bundled as the app bundles it, so the benchmark measures the pipelined import. */
function buildWorker(): string {
  const outfile = path.resolve('node_modules/.cache/bench/import-worker.cjs')
  buildSync({ entryPoints: [path.resolve('src/main/core/importWorker.ts')], outfile, bundle: true, platform: 'node', format: 'cjs', target: 'node20', packages: 'external', logLevel: 'warning' })
  return outfile
}

async function measure(file: string, label: string, workerFile: string): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pulso-bench-'))
  const target = path.join(dir, 'bench.pulso')
  const start = performance.now()
  const workspace = await Workspace.create()
  const [sheet] = await importSpreadsheet(workspace, file, { workerFile: workerFile === '-' ? undefined : workerFile })
  const imported = performance.now()
  workspace.save(target)
  const ms = performance.now() - start
  const peakRssMiB = process.resourceUsage().maxRSS / 1024
  console.log(JSON.stringify({ case: label, ms: Math.round(ms), importMs: Math.round(imported - start), saveMs: Math.round(ms - (imported - start)), rows: sheet.rowsImported, problems: sheet.problemCount, rowsPerSec: Math.round((sheet.rowsImported / ms) * 1000), workspaceMiB: Math.round(statSync(target).size / 1048576), peakRssMiB: Math.round(peakRssMiB) }))
  workspace.close()
  rmSync(dir, { recursive: true, force: true })
}

async function main(): Promise<void> {
  if (process.argv[2] === 'measure') return measure(process.argv[3], process.argv[4], process.argv[5])
  const workerFile = buildWorker()
  const sizes = process.env.PULSO_BENCH_QUICK ? [100_000] : [100_000, 1_000_000]
  for (const count of sizes) {
    for (const format of ['csv', 'csv-ptbr', 'xlsx'] as const) {
      const file = await revenueFile(format, count)
      const label = `import ${format} ${count >= 1_000_000 ? '1M' : '100k'} x 6 to saved workspace`
      const run = spawnSync(process.execPath, [process.argv[1], 'measure', file, label, workerFile], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] })
      process.stdout.write(run.stdout)
      if (run.status !== 0) process.exitCode = 1
    }
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
