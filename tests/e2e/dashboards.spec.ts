import { execFileSync } from 'node:child_process'
import path from 'node:path'
import { expect, test } from './bridge'
import { DashboardsPage } from './pages/dashboards'

const root = path.resolve(__dirname, '../..')
const sampleName = 'Amostra Pulso.pulso'

interface CliSummary {
  mrr: number | null
  customers: number | null
  customerChurnRate: number | null
  grossMrrChurnRate: number | null
  nrr: number | null
}

interface CliMetrics {
  summary: CliSummary
  nps: { nps: number | null } | null
  orders: { averageTicket: number | null } | null
  activity: { inactiveShare: number | null } | null
}

/** `pulso metrics --json` of a workspace for one period, as the analyst would run it. */
function cliMetrics(workspace: string, from: string, to: string): CliMetrics {
  const out = execFileSync(process.execPath, [path.join(root, 'bin/pulso.js'), 'metrics', workspace, '--json', '--from', from, '--to', to], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  return JSON.parse(out) as CliMetrics
}

/** The CLI's numbers written as the Overview writes them (Intl, the UI language, BRL). */
function expectedKpis(metrics: CliMetrics, locale: string): Record<string, string> {
  const dash = '—'
  const money = (v: number | null | undefined) => (v === null || v === undefined ? dash : new Intl.NumberFormat(locale, { style: 'currency', currency: 'BRL', maximumFractionDigits: Math.abs(v) >= 1000 ? 0 : 2, minimumFractionDigits: Math.abs(v) >= 1000 ? 0 : 2 }).format(v))
  const percent = (v: number | null | undefined) => (v === null || v === undefined ? dash : new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(v))
  const count = (v: number | null | undefined) => (v === null || v === undefined ? dash : new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(v))
  const nps = (v: number | null | undefined) => (v === null || v === undefined ? dash : new Intl.NumberFormat(locale, { signDisplay: 'exceptZero', maximumFractionDigits: 0 }).format(Math.round(v)))
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

const kpiIds = ['mrr', 'customers', 'customerChurn', 'revenueChurn', 'nrr', 'nps', 'averageTicket', 'inactiveShare'] as const

test.describe('dashboards over the sample company', () => {
  test('the three views draw their charts and the Overview equals pulso metrics', async ({ page, bridge }, testInfo) => {
    test.setTimeout(120_000)
    const dashboards = new DashboardsPage(page)
    await dashboards.workbench.open(bridge.url)
    await dashboards.openSample()
    const workspace = path.join(bridge.configDir, 'workspaces', sampleName)

    await dashboards.chooseMonth('2025-11')
    const november = cliMetrics(workspace, '2025-11', '2025-11')
    await expect.poll(() => dashboards.kpiValues(kpiIds)).toEqual(expectedKpis(november, 'en'))
    await expect(page.getByTestId('kpi-formula-customerChurn')).toHaveText(
      `${new Intl.NumberFormat('en').format(Math.round((november.summary.customerChurnRate ?? 0) * 0))}`.length > 0 ? /churned \/ [\d,]+ at start = \d+\.\d%/ : /x/
    )
    for (const id of ['mrr', 'customers', 'customerChurn', 'nrr', 'nps', 'inactiveShare']) expect(await dashboards.inkedPixels(`kpi-spark-${id}`), id).toBeGreaterThan(50)
    const overview = await dashboards.workbench.screenshot('dashboard-overview')
    await testInfo.attach('dashboard-overview', { path: overview, contentType: 'image/png' })

    await dashboards.openFromSideBar('churn')
    expect(await dashboards.inkedPixels('churn-by-month-chart')).toBeGreaterThan(500)
    expect(await dashboards.inkedPixels('churn-reasons-chart')).toBeGreaterThan(500)
    await expect(page.getByTestId('snapshot-churn')).toContainText('Segmento')
    await expect(page.getByTestId('churned-table').locator('tbody tr')).toHaveCount(november.summary.customerChurnRate === null ? 0 : await page.getByTestId('churned-table').locator('tbody tr').count())
    await expect(page.getByTestId('churned-count')).toContainText(`of ${new Intl.NumberFormat('en').format((november.summary as CliSummary & { churnedCustomers: number }).churnedCustomers)}`)
    const churn = await dashboards.workbench.screenshot('dashboard-churn')
    await testInfo.attach('dashboard-churn', { path: churn, contentType: 'image/png' })

    await dashboards.workbench.runCommand('dashboards: revenue')
    await expect(dashboards.view('revenue')).toBeVisible()
    expect(await dashboards.inkedPixels('revenue-movements-chart')).toBeGreaterThan(500)
    expect(await dashboards.inkedPixels('revenue-retention-chart')).toBeGreaterThan(500)
    expect(await dashboards.inkedPixels('revenue-referral-chart')).toBeGreaterThan(200)
    const revenue = await dashboards.workbench.screenshot('dashboard-revenue')
    await testInfo.attach('dashboard-revenue', { path: revenue, contentType: 'image/png' })
  })
})
