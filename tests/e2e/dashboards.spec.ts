import { execFileSync } from 'node:child_process'
import path from 'node:path'
import { expect, test } from './bridge'
import { DashboardsPage, type DashboardView } from './pages/dashboards'

const root = path.resolve(__dirname, '../..')
const sampleName = 'Amostra Pulso.pulso'
const kpiIds = ['mrr', 'customers', 'customerChurn', 'revenueChurn', 'nrr', 'nps', 'averageTicket', 'inactiveShare'] as const

interface CliMetrics {
  summary: { mrr: number | null; customers: number | null; customerChurnRate: number | null; grossMrrChurnRate: number | null; nrr: number | null; churnedCustomers: number | null; startCustomers: number | null }
  nps: { nps: number | null } | null
  orders: { averageTicket: number | null } | null
  activity: { inactiveShare: number | null } | null
}

/** `pulso metrics --json` of a workspace for one period, as an analyst would run it. */
function cliMetrics(workspace: string, from: string, to: string, segments: string[] = []): CliMetrics {
  const args = [path.join(root, 'bin/pulso.js'), 'metrics', workspace, '--json', '--from', from, '--to', to, ...segments.flatMap((segment) => ['--segment', segment])]
  return JSON.parse(execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })) as CliMetrics
}

/** The CLI's numbers written as the Overview shows them (Intl in the UI language, BRL). */
function expectedKpis(metrics: CliMetrics, locale: string): Record<string, string> {
  const dash = '—'
  const number = (options: Intl.NumberFormatOptions) => (v: number | null | undefined) => (v === null || v === undefined ? dash : new Intl.NumberFormat(locale, options).format(v))
  const money = (v: number | null | undefined) => number({ style: 'currency', currency: 'BRL', maximumFractionDigits: v !== null && v !== undefined && Math.abs(v) >= 1000 ? 0 : 2, minimumFractionDigits: v !== null && v !== undefined && Math.abs(v) >= 1000 ? 0 : 2 })(v)
  const percent = number({ style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 })
  const count = number({ maximumFractionDigits: 0 })
  const nps = (v: number | null | undefined) => number({ signDisplay: 'exceptZero', maximumFractionDigits: 0 })(v === null || v === undefined ? v : Math.round(v))
  return {
    mrr: money(metrics.summary.mrr),
    customers: count(metrics.summary.customers),
    customerChurn: percent(metrics.summary.customerChurnRate),
    revenueChurn: percent(metrics.summary.grossMrrChurnRate),
    nrr: percent(metrics.summary.nrr),
    nps: nps(metrics.nps?.nps),
    averageTicket: money(metrics.orders?.averageTicket),
    inactiveShare: percent(metrics.activity?.inactiveShare)
  }
}

test.describe('dashboards over the sample company', () => {
  test('the three views draw their charts, the Overview equals pulso metrics, in English and Portuguese, with a filter', async ({ page, bridge }, testInfo) => {
    test.setTimeout(180_000)
    await page.setViewportSize({ width: 1024, height: 700 })
    const dashboards = new DashboardsPage(page)
    const shot = async (kind: DashboardView, name: string) => testInfo.attach(name, { path: await dashboards.screenshot(kind, name), contentType: 'image/png' })
    await dashboards.workbench.open(bridge.url)
    await dashboards.openSample()
    const workspace = path.join(bridge.configDir, 'workspaces', sampleName)

    // The Overview of November 2025 shows the CLI's numbers, formatted, with formulas and sparklines.
    await dashboards.chooseMonth('2025-11')
    const november = cliMetrics(workspace, '2025-11', '2025-11')
    const english = expectedKpis(november, 'en')
    await expect.poll(() => dashboards.kpiValues(kpiIds)).toEqual(english)
    expect(english.customers).toMatch(/^\d,\d{3}$/)
    const { churnedCustomers, startCustomers } = november.summary
    await expect(page.getByTestId('kpi-formula-customerChurn')).toHaveText(`${churnedCustomers} churned / ${new Intl.NumberFormat('en').format(startCustomers ?? 0)} at start = ${english.customerChurn}`)
    await expect(page.getByTestId('compared-with')).toHaveText('compared with October 2025')
    for (const id of ['mrr', 'customers', 'customerChurn', 'revenueChurn', 'nrr', 'nps', 'inactiveShare']) expect(await dashboards.inkedPixels(`kpi-spark-${id}`), id).toBeGreaterThan(50)
    expect(await dashboards.inkedPixels('overview-trend-chart')).toBeGreaterThan(1000)
    await expect(page.getByTestId('kpi-averageTicket')).toContainText('Import an orders file')
    expect(await dashboards.fitsWidth('overview')).toBe(true)
    await shot('overview', 'dashboard-overview')

    // Churn, from the Dashboards side bar.
    await dashboards.openFromSideBar('churn')
    expect(await dashboards.inkedPixels('churn-by-month-chart')).toBeGreaterThan(1000)
    expect(await dashboards.inkedPixels('churn-reasons-chart')).toBeGreaterThan(1000)
    await expect(page.getByTestId('churn-customer-rate')).toContainText(english.customerChurn)
    await expect(page.getByTestId('snapshot-churn')).toContainText('541 churned / 2,000 = 27.1%')
    await expect(page.getByTestId('churned-count')).toHaveText(`Showing ${churnedCustomers} of ${churnedCustomers}.`)
    expect(await dashboards.fitsWidth('churn')).toBe(true)
    await shot('churn', 'dashboard-churn')

    // Revenue, from the palette.
    await dashboards.workbench.runCommand('dashboards: revenue')
    await expect(dashboards.view('revenue')).toBeVisible()
    for (const chart of ['revenue-movements-chart', 'revenue-retention-chart', 'revenue-referral-chart']) expect(await dashboards.inkedPixels(chart), chart).toBeGreaterThan(1000)
    await expect(page.getByTestId('revenue-mrr')).toContainText(english.mrr)
    const keptAtOne = await page.getByTestId('what-if-mrr-month').textContent()
    await page.getByTestId('what-if-slider').fill('2')
    await expect(page.getByTestId('what-if-reduction')).toHaveText('2 p.p.')
    await expect(page.getByTestId('what-if-mrr-month')).not.toHaveText(keptAtOne ?? '')
    expect(await dashboards.fitsWidth('revenue')).toBe(true)
    await shot('revenue', 'dashboard-revenue')

    // Charts follow the theme.
    const lightInk = await dashboards.inkColour('revenue-movements-chart')
    await dashboards.workbench.runCommand('use the dark theme')
    await expect.poll(() => dashboards.inkColour('revenue-movements-chart')).not.toBe(lightInk)
    await shot('revenue', 'dashboard-revenue-dark')
    await dashboards.workbench.runCommand('use the light theme')

    // Portuguese: labels and 1.234,5-style numbers, still the CLI's.
    await dashboards.workbench.runCommand('mudar idioma para português')
    await dashboards.workbench.runCommand('painéis: visão geral')
    await expect(dashboards.view('overview')).toContainText('Churn de clientes')
    await expect(dashboards.view('overview')).toContainText('Parcela de inativos')
    const portuguese = expectedKpis(november, 'pt-BR')
    await expect.poll(() => dashboards.kpiValues(kpiIds)).toEqual(portuguese)
    expect(portuguese.customers).toMatch(/^\d\.\d{3}$/)
    expect(portuguese.mrr).toMatch(/^R\$\s\d{1,3}(\.\d{3})+$/)
    expect(portuguese.customerChurn).toMatch(/^\d+,\d%$/)
    await expect(page.getByTestId('compared-with')).toHaveText('comparado com outubro de 2025')
    await shot('overview', 'dashboard-overview-pt-BR')

    // A filter changes the numbers, to the CLI's numbers for that segment.
    await dashboards.filter('Segmento', 'Enterprise')
    const enterprise = expectedKpis(cliMetrics(workspace, '2025-11', '2025-11', ['Segmento=Enterprise']), 'pt-BR')
    expect(enterprise.mrr).not.toBe(portuguese.mrr)
    await expect.poll(() => dashboards.kpiValues(kpiIds)).toEqual(enterprise)
    await shot('overview', 'dashboard-overview-filtered')
  })

  test('the period and filters are remembered for the workspace', async ({ page, bridge }) => {
    test.setTimeout(120_000)
    const dashboards = new DashboardsPage(page)
    await dashboards.workbench.open(bridge.url)
    await dashboards.openSample()
    await page.getByTestId('period-kind').selectOption('quarter')
    await page.getByTestId('period-value').selectOption('2025-04')
    await dashboards.filter('Plano', 'Essencial')
    const workspace = path.join(bridge.configDir, 'workspaces', sampleName)
    const quarter = expectedKpis(cliMetrics(workspace, '2025-04', '2025-06', ['Plano=Essencial']), 'en')
    await expect.poll(() => dashboards.kpiValues(kpiIds)).toEqual(quarter)

    await page.reload()
    await expect(dashboards.workbench.root).toBeVisible()
    await dashboards.workbench.runCommand('dashboards: overview')
    await expect(page.getByTestId('period-kind')).toHaveValue('quarter')
    await expect(page.getByTestId('filter-Plano')).toContainText('Plano: Essencial')
    await expect.poll(() => dashboards.kpiValues(kpiIds)).toEqual(quarter)
  })
})
