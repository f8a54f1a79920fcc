// npm run bench series: building the series of a 1M-line revenue workspace (the comma csv of
// the import benchmark: 60,000 customers over 36 months), imported once into bench/data and
// reused. Each case runs in its own Node process, so its peak RSS is its own:
// - workspaceSeries: open the workspace, build the series (cold), build it again (warm);
// - cachedSeries cold: open a workspace without a cached series, build and store it;
// - cachedSeries warm: open a workspace saved with its cached series, read it back.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { importSpreadsheet } from '../src/main/core/import/importSpreadsheet'
import { cachedSeries } from '../src/main/core/series/seriesCache'
import { workspaceSeries } from '../src/main/core/series/workspaceSeries'
import { Workspace } from '../src/main/core/workspace/workspace'
import { benchDataDir, revenueFile } from './revenueFiles'

const mib = (bytes: number): number => Math.round(bytes / 1048576)
const peakMiB = (): number => Math.round(process.resourceUsage().maxRSS / 1024)

async function prepare(count: number): Promise<string> {
  const target = path.join(benchDataDir, `series-revenue-${count >= 1_000_000 ? `${count / 1_000_000}m` : `${count / 1000}k`}.pulso`)
  if (existsSync(target)) return target
  const workspace = await Workspace.create()
  await importSpreadsheet(workspace, await revenueFile('csv', count))
  workspace.save(target)
  workspace.close()
  return target
}

async function opened(file: string): Promise<{ workspace: Workspace; openMs: number; openRssMiB: number }> {
  const start = performance.now()
  const workspace = await Workspace.open(file)
  return { workspace, openMs: Math.round(performance.now() - start), openRssMiB: mib(process.memoryUsage().rss) }
}

const cases: Record<string, (file: string, label: string, extra: string) => Promise<void>> = {
  async build(file, label) {
    const { workspace, openMs, openRssMiB } = await opened(file)
    let start = performance.now()
    const series = workspaceSeries(workspace)
    const coldMs = performance.now() - start
    const coldPeak = peakMiB()
    start = performance.now()
    workspaceSeries(workspace)
    const warmMs = performance.now() - start
    console.log(JSON.stringify({ case: `workspaceSeries, ${label}`, ms: Math.round(coldMs), warmMs: Math.round(warmMs), openMs, openRssMiB, peakRssMiB: coldPeak, peakAfterWarmMiB: peakMiB(), customers: series.customers.count, months: series.months.length }))
    workspace.close()
  },
  async cold(file, label, saveTo) {
    const { workspace, openMs, openRssMiB } = await opened(file)
    const start = performance.now()
    cachedSeries(workspace)
    const ms = performance.now() - start
    console.log(JSON.stringify({ case: `cachedSeries cold (build + store), ${label}`, ms: Math.round(ms), openMs, openRssMiB, peakRssMiB: peakMiB() }))
    workspace.save(saveTo)
    workspace.close()
  },
  async warm(file, label) {
    const { workspace, openMs, openRssMiB } = await opened(file)
    const start = performance.now()
    const series = cachedSeries(workspace)
    const ms = performance.now() - start
    console.log(JSON.stringify({ case: `cachedSeries warm (read back), ${label}`, ms: Math.round(ms), openMs, openRssMiB, peakRssMiB: peakMiB(), customers: series.customers.count }))
    workspace.close()
  }
}

function run(name: string, file: string, label: string, extra = ''): void {
  const child = spawnSync(process.execPath, [process.argv[1], name, file, label, extra], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] })
  process.stdout.write(child.stdout)
  if (child.status !== 0) process.exitCode = 1
}

async function main(): Promise<void> {
  const [name, ...args] = process.argv.slice(2)
  if (name && cases[name]) return cases[name](args[0], args[1], args[2] ?? '')
  const count = process.env.PULSO_BENCH_QUICK ? 100_000 : 1_000_000
  const file = await prepare(count)
  const label = `${count >= 1_000_000 ? '1M' : '100k'} revenue lines (60k customers x 36 months)`
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pulso-bench-series-'))
  try {
    run('build', file, label)
    const withCache = path.join(dir, 'with-cache.pulso')
    run('cold', file, label, withCache)
    run('warm', withCache, label)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
