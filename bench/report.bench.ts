// npm run bench report: the Excel report of a 1M-row workspace (1M revenue lines, 60,000
// customers, 36 months), written by `writeReport` in its own Node process so the peak RSS
// is the export's. The workspace is imported once into bench/data and reused. Prints wall
// time (open + series + report), the report part alone, and peak RSS.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { importSpreadsheet } from '../src/main/core/import/importSpreadsheet'
import { writeReport } from '../src/main/core/report/writeReport'
import { workspaceSeries } from '../src/main/core/series/workspaceSeries'
import { Workspace } from '../src/main/core/workspace/workspace'
import { benchDataDir, revenueFile } from './revenueFiles'

async function prepare(count: number): Promise<string> {
  const target = path.join(benchDataDir, `report-revenue-${count / 1_000_000}m.pulso`)
  if (existsSync(target)) return target
  const workspace = await Workspace.create()
  await importSpreadsheet(workspace, await revenueFile('csv', count))
  workspace.save(target)
  workspace.close()
  return target
}

async function measure(file: string, label: string): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pulso-bench-report-'))
  const start = performance.now()
  const workspace = await Workspace.open(file)
  const series = workspaceSeries(workspace)
  const built = performance.now()
  const seriesPeakMiB = process.resourceUsage().maxRSS / 1024
  const result = await writeReport({ series, sources: workspace.sourceFiles(), name: workspace.name }, { file: path.join(dir, 'report.xlsx'), lang: 'pt-BR' })
  const ms = performance.now() - start
  workspace.close()
  const peakRssMiB = process.resourceUsage().maxRSS / 1024
  console.log(JSON.stringify({ case: label, ms: Math.round(ms), seriesMs: Math.round(built - start), reportMs: Math.round(ms - (built - start)), dataRows: result.dataRows, charts: result.charts, sheets: result.sheets.length, reportMiB: Math.round((statSync(result.file).size / 1048576) * 10) / 10, seriesPeakRssMiB: Math.round(seriesPeakMiB), peakRssMiB: Math.round(peakRssMiB) }))
  rmSync(dir, { recursive: true, force: true })
}

async function main(): Promise<void> {
  if (process.argv[2] === 'measure') return measure(process.argv[3], process.argv[4])
  const count = process.env.PULSO_BENCH_QUICK ? 100_000 : 1_000_000
  const file = await prepare(count)
  const label = `report of a ${count >= 1_000_000 ? '1M' : '100k'}-row workspace (60k customers x 36 months)`
  const run = spawnSync(process.execPath, [process.argv[1], 'measure', file, label], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] })
  process.stdout.write(run.stdout)
  if (run.status !== 0) process.exitCode = 1
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
