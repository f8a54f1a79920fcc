import { execFileSync } from 'node:child_process'
import path from 'node:path'
import { expect, test } from './bridge'
import { ComparePage, type ShownRow } from './pages/compare'
import { DashboardsPage } from './pages/dashboards'

const root = path.resolve(__dirname, '../..')
const sampleName = 'Amostra Pulso.pulso'

interface CliRow {
  metric: string
  unit: 'rate' | 'points' | 'money' | 'count' | 'ratio'
  a: number | null
  b: number | null
  difference: number | null
  relativeChange: number | null
  direction: 'better' | 'worse' | 'same' | null
}

interface CliComparison {
  rows: CliRow[]
  nps: { verdict: 'within-margin' | 'beyond-margin' | null }
}

interface CliMetrics {
  summary: { mrr: number | null; customers: number | null; customerChurnRate: number | null; nrr: number | null }
  nps: { nps: number | null } | null
}

function pulso(args: string[]): string {
  return execFileSync(process.execPath, [path.join(root, 'bin/pulso.js'), ...args], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
}

/** `pulso compare W --a A --b B --json`, with a segment per side. */
function cliCompare(workspace: string, a: string, b: string, segments: { a?: string; b?: string } = {}): CliComparison {
  const extra = [...(segments.a ? ['--a-segment', segments.a] : []), ...(segments.b ? ['--b-segment', segments.b] : [])]
  return JSON.parse(pulso(['compare', workspace, '--a', a, '--b', b, '--json', ...extra])) as CliComparison
}

/** `pulso metrics W --json` over one period. */
function cliMetrics(workspace: string, from: string, to: string): CliMetrics {
  return JSON.parse(pulso(['metrics', workspace, '--json', '--from', from, '--to', to])) as CliMetrics
}

/** The CLI's row written as the Compare table writes it (Intl, English, BRL). */
function expectedRow(row: CliRow, locale = 'en'): ShownRow {
  const dash = '—'
  const intl = (options: Intl.NumberFormatOptions) => (v: number | null) => (v === null ? dash : new Intl.NumberFormat(locale, options).format(v))
  const money = (v: number | null, signed = false) => intl({ style: 'currency', currency: 'BRL', maximumFractionDigits: v !== null && Math.abs(v) >= 1000 ? 0 : 2, minimumFractionDigits: v !== null && Math.abs(v) >= 1000 ? 0 : 2, signDisplay: signed ? 'exceptZero' : 'auto' })(v)
  const percent = intl({ style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 })
  const value = (v: number | null) => {
    if (row.unit === 'rate') return percent(v)
    if (row.unit === 'points') return intl({ signDisplay: 'exceptZero', maximumFractionDigits: 0 })(v === null ? null : Math.round(v))
    if (row.unit === 'money') return money(v)
    if (row.unit === 'ratio') return intl({ maximumFractionDigits: 1 })(v)
    return intl({ maximumFractionDigits: 0 })(v)
  }
  const signedDecimal = intl({ minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' })
  const d = row.difference
  const difference =
    d === null ? dash
      : row.unit === 'rate' ? `${signedDecimal(d)} p.p.`
        : row.unit === 'points' ? `${intl({ signDisplay: 'exceptZero', maximumFractionDigits: 0 })(Math.round(d))} pts`
          : row.unit === 'money' ? intl({ style: 'currency', currency: 'BRL', maximumFractionDigits: 0, minimumFractionDigits: 0, signDisplay: 'exceptZero' })(d)
            : row.unit === 'ratio' ? signedDecimal(d)
              : intl({ maximumFractionDigits: 0, signDisplay: 'exceptZero' })(d)
  const change = row.relativeChange !== null && row.relativeChange > 0 ? `+${percent(row.relativeChange)}` : percent(row.relativeChange)
  const arrow = row.direction === null || row.a === null || row.b === null ? '' : row.direction === 'same' ? '= ' : row.a > row.b ? '▲ ' : '▼ '
  return { a: value(row.a), b: value(row.b), difference, change, direction: row.direction ? `${arrow}${row.direction}` : '' }
}

function expectedRows(comparison: CliComparison): Record<string, ShownRow> {
  return Object.fromEntries(comparison.rows.filter((row) => row.a !== null || row.b !== null).map((row) => [row.metric, expectedRow(row)]))
}

test.describe('comparing two periods', () => {
  test('this quarter vs the same quarter last year equals pulso compare and pulso metrics; a segment per side; the split view aligns the axes', async ({ page, bridge }, testInfo) => {
    test.setTimeout(240_000)
    await page.setViewportSize({ width: 1024, height: 700 })
    const compare = new ComparePage(page)
    const dashboards = new DashboardsPage(page)
    const shot = async (name: string) => testInfo.attach(name, { path: await compare.workbench.screenshot(name), contentType: 'image/png' })
    await compare.workbench.open(bridge.url)
    await compare.workbench.runCommand('open the sample workspace')
    await expect(dashboards.kpiValue('mrr')).not.toHaveText('—', { timeout: 30_000 })
    const workspace = path.join(bridge.configDir, 'workspaces', sampleName)

    // Opened from the dashboards' period bar; Q4 2025 against the same quarter last year.
    await page.getByTestId('open-compare').click()
    await expect(compare.editor).toBeVisible()
    await compare.choose('a', 'quarter', '2025-10')
    await compare.preset('last-year')
    await expect(compare.side('b').getByTestId('compare-period-name')).toHaveText('October 2024 – December 2024')

    const cli = cliCompare(workspace, '2025-Q4', '2024-Q4')
    const expected = expectedRows(cli)
    expect(Object.keys(expected).length).toBeGreaterThan(20)
    await expect.poll(() => compare.rows()).toEqual(expected)

    // Each side equals pulso metrics run for its period alone.
    const metricsA = cliMetrics(workspace, '2025-10', '2025-12')
    const metricsB = cliMetrics(workspace, '2024-10', '2024-12')
    const shown = await compare.rows()
    const pick = (metrics: CliMetrics) => ({ customers: metrics.summary.customers, mrr: metrics.summary.mrr, customerChurnRate: metrics.summary.customerChurnRate, nrr: metrics.summary.nrr, nps: metrics.nps?.nps ?? null })
    for (const [metric, a] of Object.entries(pick(metricsA))) {
      const b = pick(metricsB)[metric as keyof ReturnType<typeof pick>]
      const row = cli.rows.find((r) => r.metric === metric)
      expect(row, metric).toBeDefined()
      if (!row) continue
      expect({ a: row.a, b: row.b }, metric).toEqual({ a, b })
      expect({ a: shown[metric].a, b: shown[metric].b }, metric).toEqual({ a: expectedRow({ ...row, a, b }).a, b: expectedRow({ ...row, a, b }).b })
    }

    // The NPS sentence in plain words.
    const verdictWords = { 'within-margin': 'within the margin of error', 'beyond-margin': 'beyond the margin of error' }
    expect(cli.nps.verdict).not.toBeNull()
    await expect(page.getByTestId('compare-nps-sentence')).toContainText(verdictWords[cli.nps.verdict ?? 'within-margin'])
    for (const chart of ['compare-mrr-chart', 'compare-churn-chart', 'compare-nps-chart', 'compare-cohorts-chart']) expect(await dashboards.inkedPixels(chart), chart).toBeGreaterThan(1000)
    await compare.editor.evaluate((element) => element.parentElement?.scrollTo(0, 0))
    await shot('compare-editor')
    await page.getByTestId('compare-cohorts').scrollIntoViewIfNeeded()
    await shot('compare-editor-charts')

    // A segment per side: Enterprise in A, PME in B, in the same quarter.
    await compare.preset('chosen')
    await compare.choose('b', 'quarter', '2025-10')
    await compare.filter('a', 'Segmento', 'Enterprise')
    await compare.filter('b', 'Segmento', 'PME')
    const segments = expectedRows(cliCompare(workspace, '2025-Q4', '2025-Q4', { a: 'Segmento=Enterprise', b: 'Segmento=PME' }))
    expect(segments.mrr.a).not.toBe(expected.mrr.a)
    await expect.poll(() => compare.rows()).toEqual(segments)
    await compare.editor.evaluate((element) => element.parentElement?.scrollTo(0, 0))
    await shot('compare-editor-segments')

    // Back to Q4 2025 vs Q4 2024, every customer, then the Revenue dashboard side by side.
    await compare.side('a').getByTestId('filter-clear').click()
    await compare.side('b').getByTestId('filter-clear').click()
    await compare.preset('last-year')
    await expect.poll(() => compare.rows()).toEqual(expected)
    await compare.workbench.runCommand('dashboards: revenue')
    await compare.workbench.runCommand('compare side by side')
    await expect(compare.workbench.group(0).getByTestId('tab-revenue-a')).toHaveAttribute('aria-selected', 'true')
    await expect(compare.workbench.group(1).getByTestId('tab-revenue-b')).toHaveAttribute('aria-selected', 'true')
    for (const [group, side] of [[0, 'A'], [1, 'B']] as const) await expect(compare.workbench.group(group).getByTestId('dashboard-side')).toHaveText(side)
    const money = (v: number | null) => new Intl.NumberFormat('en', { style: 'currency', currency: 'BRL', maximumFractionDigits: 0, minimumFractionDigits: 0 }).format(v ?? 0)
    await expect(compare.workbench.group(0).getByTestId('revenue-mrr')).toContainText(money(metricsA.summary.mrr))
    await expect(compare.workbench.group(1).getByTestId('revenue-mrr')).toContainText(money(metricsB.summary.mrr))
    for (const chart of ['revenue-movements-chart', 'revenue-retention-chart']) {
      await expect.poll(async () => (await compare.valueMax(0, chart)) === (await compare.valueMax(1, chart)), chart).toBe(true)
      expect(await dashboards.inkedPixels(chart)).toBeGreaterThan(1000)
    }
    await shot('compare-split-revenue')

    // The split's Churn dashboards share their axes too.
    await compare.workbench.runCommand('dashboards: churn')
    await compare.workbench.runCommand('compare side by side')
    await expect.poll(async () => (await compare.valueMax(0, 'churn-by-month-chart')) === (await compare.valueMax(1, 'churn-by-month-chart'))).toBe(true)
    await shot('compare-split-churn')

    // Remembered for the workspace; Portuguese words and the dark theme.
    await page.reload()
    await expect(compare.workbench.root).toBeVisible()
    await compare.workbench.runCommand('compare periods')
    await expect(compare.side('b').getByTestId('compare-preset')).toHaveValue('last-year')
    await expect.poll(() => compare.rows()).toEqual(expected)
    await compare.workbench.runCommand('use the dark theme')
    await compare.workbench.runCommand('mudar idioma para português')
    const verdictPt = { 'within-margin': 'dentro da margem de erro', 'beyond-margin': 'além da margem de erro' }
    await expect(page.getByTestId('compare-nps-sentence')).toContainText(verdictPt[cli.nps.verdict ?? 'within-margin'])
    await expect(compare.side('b').getByTestId('compare-period-name')).toHaveText('outubro de 2024 – dezembro de 2024')
    const fits = await compare.editor.evaluate((element) => [element, ...element.querySelectorAll('.table-panel')].every((box) => {
      const scroller = box === element ? element.parentElement : box
      return scroller !== null && scroller.scrollWidth <= scroller.clientWidth + 1
    }))
    expect(fits).toBe(true)
    await shot('compare-editor-pt-BR-dark')
  })
})
