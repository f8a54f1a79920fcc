// npm run bench dashboard: opening the Overview on a 1M-row workspace in Chromium (issue 5:
// "draws its charts in under about a second"). The workspace (the import benchmark's comma csv
// of 1M revenue lines, 60,000 customers over 36 months, plus a 60,000-row customer table with
// a segment to filter by) is built once into bench/data with its cached series. Then
// `pulso serve` serves it with the built renderer (PULSO_BENCH_RENDERER, default out/renderer:
// run `npx electron-vite build` first), Chromium opens the page (playwright-core,
// /usr/bin/chromium), opens the workspace through the bridge, and times in the page's own clock:
// - first Overview draw: from Enter on the palette's "Overview" until the trend chart and the
//   sparklines have pixels (includes the renderer loading the series, computing and drawing):
//   right after opening the workspace, then in a reloaded page (fresh renderer, core warm);
// - series transfer: `workspace:series` fetched and decoded as the renderer does (median of 3);
// - period month -> year, and a segment filter: from the change until the view stops changing.
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { chromium, type Page } from 'playwright-core'
import { importSpreadsheet } from '../src/main/core/import/importSpreadsheet'
import { cachedSeries } from '../src/main/core/series/seriesCache'
import { Workspace } from '../src/main/core/workspace/workspace'
import { benchDataDir, revenueFile } from './revenueFiles'
import { customerFile } from './customerFile'
import { settledAfter, waitForInk } from './pageTiming'

const root = process.cwd()
const count = process.env.PULSO_BENCH_QUICK ? 100_000 : 1_000_000
const label = count >= 1_000_000 ? '1M' : '100k'

/** The workspace: revenue lines and customers imported, the series cached, saved once. */
async function prepare(): Promise<string> {
  const target = path.join(benchDataDir, `dashboard-revenue-${label.toLowerCase()}.pulso`)
  if (existsSync(target)) return target
  const workspace = await Workspace.create()
  await importSpreadsheet(workspace, await revenueFile('csv', count))
  await importSpreadsheet(workspace, await customerFile(), { kind: 'customers' })
  cachedSeries(workspace)
  workspace.save(target)
  workspace.close()
  return target
}

/** `pulso serve FILE` with its own config folder; resolves with the URL it prints. */
async function serve(file: string, configDir: string): Promise<{ url: string; child: ChildProcess }> {
  const renderer = process.env.PULSO_BENCH_RENDERER ?? path.join(root, 'out/renderer')
  if (!existsSync(path.join(renderer, 'index.html'))) throw new Error(`No built renderer in ${renderer}: run \`npx electron-vite build\` first.`)
  const child = spawn(process.execPath, [path.join(root, 'bin/pulso.js'), 'serve', file, '--renderer', renderer], {
    env: { ...process.env, PULSO_CONFIG_DIR: configDir, PULSO_WORKSPACE_DIR: path.join(configDir, 'workspaces'), LANG: 'en_US.UTF-8' },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  const url = await new Promise<string>((resolve, reject) => {
    let printed = ''
    const timer = setTimeout(() => reject(new Error(`pulso serve printed no URL in 60 s:\n${printed}`)), 60_000)
    const read = (chunk: Buffer): void => {
      printed += chunk.toString()
      const match = /http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+/.exec(printed)
      if (match) {
        clearTimeout(timer)
        resolve(match[0])
      }
    }
    child.stdout?.on('data', read)
    child.stderr?.on('data', read)
    child.once('exit', (code) => reject(new Error(`pulso serve exited with ${code}:\n${printed}`)))
  })
  return { url, child }
}

/** Calls a channel from the page, as the renderer's client does (the cookie rides along). */
async function call(page: Page, channel: string, input: unknown): Promise<unknown> {
  return page.evaluate(async ({ channel, input }) => {
    const response = await fetch(`/api/${channel}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(input) })
    return (await response.json()) as unknown
  }, { channel, input })
}

/** Fetches and decodes `workspace:series` in the page (typed arrays from base64, as `fromWireJson`); ms and bytes. */
async function seriesTransfer(page: Page): Promise<{ ms: number; mb: number }> {
  return page.evaluate(async () => {
    const start = performance.now()
    const response = await fetch('/api/workspace:series', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })
    const text = await response.text()
    JSON.parse(text, (_key, value: unknown) => {
      if (!value || typeof value !== 'object' || !('$typed' in value) || !('base64' in value)) return value
      const binary = atob(String(value.base64))
      const bytes = new Uint8Array(binary.length)
      for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
      return bytes
    })
    return { ms: performance.now() - start, mb: text.length / 1048576 }
  })
}

/** A screenshot kept as an artifact (artifacts/bench, git-ignored), to see what was timed. */
async function shot(page: Page, name: string): Promise<void> {
  const dir = path.join(root, 'artifacts/bench')
  mkdirSync(dir, { recursive: true })
  await page.screenshot({ path: path.join(dir, `dashboard-${name}.png`) })
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

function report(name: string, ms: number, extra: Record<string, number | string> = {}): void {
  console.log(JSON.stringify({ case: `${name}, ${label} revenue lines`, ms: Math.round(ms), ...extra }))
}

async function main(): Promise<void> {
  const file = await prepare()
  const configDir = mkdtempSync(path.join(os.tmpdir(), 'pulso-bench-dashboard-'))
  const { url, child } = await serve(file, configDir)
  const browser = await chromium.launch({ executablePath: process.env.PULSO_BENCH_CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] })
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
    await page.goto(url)
    await page.getByTestId('workbench').waitFor()
    const opened = await call(page, 'workspace:open', { path: file })
    if (!(opened as { ok?: boolean }).ok) throw new Error(`workspace:open failed: ${JSON.stringify(opened)}`)

    const overview = '[data-testid="dashboard-overview"]'
    const draws: number[] = []
    for (let round = 0; round < 3; round++) {
      if (round > 0) {
        await page.evaluate(() => (globalThis as unknown as { localStorage: { clear(): void } }).localStorage.clear())
        await page.reload()
        await page.getByTestId('workbench').waitFor()
      }
      await page.keyboard.press('ControlOrMeta+Shift+P')
      await page.getByTestId('palette-input').fill('Overview')
      draws.push(await waitForInk(page, overview, ['overview-trend-chart', 'kpi-spark-customers'], () => page.keyboard.press('Enter')))
    }
    report('first Overview draw (palette Enter -> charts drawn, series load included), right after opening', draws[0])
    report('first Overview draw in a reloaded page, median of 2', median(draws.slice(1)))
    await shot(page, 'overview-month')

    const transfers: { ms: number; mb: number }[] = []
    for (let i = 0; i < 3; i++) transfers.push(await seriesTransfer(page))
    report('series transfer (workspace:series, fetch + decode), median of 3', median(transfers.map((t) => t.ms)), { mb: Math.round(transfers[0].mb * 10) / 10 })

    await page.getByTestId('period-kind').selectOption('month')
    await page.waitForTimeout(500)
    const before = await page.getByTestId('kpi-value-customers').textContent()
    const year = await settledAfter(page, overview, () => page.getByTestId('period-kind').selectOption('year'))
    report('period month -> year (change -> view settled)', year, { customersBefore: before ?? '', customersAfter: (await page.getByTestId('kpi-value-customers').textContent()) ?? '' })
    await shot(page, 'overview-year')

    await page.getByTestId('filter-add').selectOption('segment')
    const filtered = await settledAfter(page, overview, () => page.getByTestId('filter-segment').getByLabel('Enterprise', { exact: true }).check())
    report('filter segment = Enterprise (check -> view settled)', filtered, { customersAfter: (await page.getByTestId('kpi-value-customers').textContent()) ?? '' })
    await page.keyboard.press('Escape')
    await shot(page, 'overview-enterprise')
    console.log(JSON.stringify({ case: 'machine', loadAverage: os.loadavg().map((n) => Math.round(n * 100) / 100).join(' '), cpus: os.cpus().length, chromium: browser.version() }))
  } finally {
    await browser.close()
    child.kill('SIGTERM')
    rmSync(configDir, { recursive: true, force: true })
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
