// npm run bench [filter]: runs every bench/*.bench.ts in its own Node process and prints
// what each reports. A case prints one JSON line per result on stdout, for example
// {"case":"csv import 1M rows","ms":2710,"rows":1000000,"rowsPerSec":369000,"peakRssMiB":310}.
// Cases are bundled with esbuild first, so they run the same TypeScript the app runs.
import { build } from 'esbuild'
import { spawnSync } from 'node:child_process'
import { mkdirSync, readdirSync } from 'node:fs'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..')
const filter = process.argv[2] ?? ''
const outDir = path.join(root, 'node_modules/.cache/bench')
mkdirSync(outDir, { recursive: true })

const cases = readdirSync(path.join(root, 'bench'))
  .filter((f) => f.endsWith('.bench.ts') && f.includes(filter))
  .sort()
if (cases.length === 0) {
  console.log(filter ? `No benchmark matches "${filter}".` : 'No benchmark cases in bench/.')
  process.exit(0)
}

const results = []
for (const file of cases) {
  const outfile = path.join(outDir, file.replace(/\.ts$/, '.cjs'))
  await build({
    entryPoints: [path.join(root, 'bench', file)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning'
  })
  console.log(`\n# ${file}`)
  const run = spawnSync(process.execPath, ['--expose-gc', outfile], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 * 1024 * 1024 })
  for (const line of run.stdout.split('\n')) {
    if (!line.trim()) continue
    try {
      const result = JSON.parse(line)
      results.push(result)
      console.log(Object.entries(result).map(([k, v]) => `${k}: ${typeof v === 'number' ? Math.round(v * 100) / 100 : v}`).join('  '))
    } catch {
      console.log(line)
    }
  }
  if (run.status !== 0) {
    console.error(`${file} exited with ${run.status}`)
    process.exitCode = 1
  }
}
console.log(`\n${results.length} results on Node ${process.version}, ${process.platform} ${process.arch}`)
