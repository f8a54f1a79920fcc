import ExcelJS from 'exceljs'
import path from 'node:path'
import { expect, test } from './bridge'
import { cliViewMetrics, formatsFor } from './cli'
import { DashboardViewsPage } from './pages/dashboardViews'
import type { DashboardView } from './pages/dashboards'

const sampleName = 'Amostra Pulso.pulso'

test.describe('NPS, cohorts, activation, campaigns, drill-down and metric settings over the sample company', () => {
  test('the welcome page offers the sample company on first start, and one click opens its Overview', async ({ page, bridge }) => {
    await page.setViewportSize({ width: 1024, height: 700 })
    const views = new DashboardViewsPage(page)
    await views.workbench.open(bridge.url)
    const card = page.getByTestId('welcome-sample')
    await expect(card).toContainText('Explore Pulso with a sample company')
    await views.workbench.screenshot('welcome-first-start')
    await card.click()
    await expect(views.workbench.tab(0, 'overview')).toHaveAttribute('aria-selected', 'true', { timeout: 30_000 })
    await expect(views.kpiValue('mrr')).not.toHaveText('—', { timeout: 30_000 })

    // Later the sample is a secondary action beside the recent workspaces.
    await views.workbench.runCommand('open welcome page')
    await expect(page.getByTestId('welcome-sample')).toHaveCount(0)
    await expect(page.getByTestId('welcome-sample-link')).toBeVisible()
  })

  test('each view draws its charts and shows the numbers of pulso metrics; comments search; drill-downs; settings recompute', async ({ page, bridge }, testInfo) => {
    test.setTimeout(240_000)
    await page.setViewportSize({ width: 1024, height: 700 })
    const views = new DashboardViewsPage(page)
    const shot = async (kind: DashboardView, name: string) => testInfo.attach(name, { path: await views.screenshot(kind, name), contentType: 'image/png' })
    const en = formatsFor('en')
    await views.workbench.open(bridge.url)
    await views.openSample()
    const workspace = path.join(bridge.configDir, 'workspaces', sampleName)
    await views.chooseMonth('2025-11')
    const november = cliViewMetrics(workspace, '2025-11', '2025-11')

    // KPI cards open the customers behind them.
    await page.getByTestId('kpi-drill-customers').click()
    expect(await views.dataCount()).toBe(`${en.count(november.summary.customers)} rows`)
    await views.workbench.tab(0, 'overview').click()
    await page.getByTestId('kpi-drill-customerChurn').click()
    expect(await views.dataCount()).toBe(`${en.count(november.summary.churnedCustomers)} rows`)
    await views.workbench.tab(0, 'overview').click()
    await page.getByTestId('kpi-drill-mrr').click()
    expect(await views.dataCount()).toBe(`${en.count(november.summary.customers)} rows`)
    await views.workbench.tab(0, 'overview').click()
    await page.getByTestId('kpi-drill-nrr').click()
    expect(await views.dataCount()).toBe(`${en.count(november.summary.startCustomers)} rows`)
    await views.workbench.tab(0, 'overview').click()
    await page.getByTestId('kpi-drill-nps').click()
    expect(await views.dataCount()).toBe(`${en.count(november.nps?.responses)} rows`)

    // Churn: the last point of the customer-churn line (November) opens the customers lost that month.
    expect(november.summary.churnedCustomers).toBeGreaterThan(0)
    await views.openFromSideBar('churn')
    await views.pickWithKeys('churn-by-month-chart', [])
    await expect(page.getByTestId('data-title')).toHaveText('Customers lost in November 2025')
    expect(await views.dataCount()).toBe(`${en.count(november.summary.churnedCustomers)} rows`)

    // Revenue: November's new-MRR segment of the movements bars (below the net line) opens the new customers of November.
    expect(november.summary.newCustomers).toBeGreaterThan(0)
    await views.openFromSideBar('revenue')
    await views.pickWithKeys('revenue-movements-chart', ['ArrowDown'])
    await expect(page.getByTestId('data-title')).toHaveText('New: customers of November 2025')
    expect(await views.dataCount()).toBe(`${en.count(november.summary.newCustomers)} rows`)

    // NPS: score, margin, groups and CSAT equal the CLI's; four charts drawn.
    await views.openFromSideBar('nps')
    const nps = november.nps
    if (!nps) throw new Error('the sample has NPS answers')
    expect(await views.stat('nps-score')).toBe(en.nps(nps.nps))
    expect(await views.stat('nps-margin')).toBe(`± ${en.decimal(nps.marginOfError)} pts`)
    expect(await views.stat('nps-responses')).toBe(en.count(nps.responses))
    expect([await views.stat('nps-promoters'), await views.stat('nps-passives'), await views.stat('nps-detractors')]).toEqual([nps.promoters, nps.passives, nps.detractors].map(en.count))
    expect(await views.stat('nps-csat')).toBe(en.percent(nps.csat))
    for (const chart of ['nps-groups-chart', 'nps-trend-chart', 'nps-distribution-chart', 'nps-segments-chart']) expect(await views.inkedPixels(chart), chart).toBeGreaterThan(1000)
    expect(await views.fitsWidth('nps')).toBe(true)
    await shot('nps', 'dashboard-nps')

    // The comments search ignores accents: "rapido" finds "rápido".
    await page.getByTestId('nps-comment-search').fill('rapido')
    const comments = page.getByTestId('nps-comment')
    await expect(comments.first()).toBeVisible()
    for (const text of await comments.allTextContents()) expect(text.toLowerCase()).toContain('rápido')
    await page.getByTestId('nps-comment-group').selectOption('detractor')
    await expect(page.getByTestId('nps-comments')).toContainText('No comment matches.')
    await page.getByTestId('nps-comment-group').selectOption('')

    // Drill-down by keyboard on the distribution: the last bar (score 10) opens its answers.
    await views.pickWithKeys('nps-distribution-chart', ['ArrowRight'])
    expect(await views.dataCount()).toBe(`${en.count(nps.distribution[10])} rows`)
    await expect(page.getByTestId('data-title')).toContainText('score 10')

    // Cohorts of 2025: every cell is the CLI's, percent and absolute; cells after the last month are empty.
    await views.openFromSideBar('cohorts')
    await page.getByTestId('period-kind').selectOption('year')
    await page.getByTestId('period-value').selectOption('2025-01')
    const year = cliViewMetrics(workspace, '2025-01', '2025-12')
    const cohorts = year.cohorts
    if (!cohorts) throw new Error('the sample has cohorts')
    const first = cohorts.rows[0]
    const last = cohorts.rows[cohorts.rows.length - 1]
    await expect.poll(() => views.cohortRow(first.cohort)).toEqual(first.logoRetention.map((v) => (v === null ? '' : en.percent(v))))
    expect(last.logoRetention.slice(1).every((v) => v === null)).toBe(true)
    expect((await views.cohortRow(last.cohort)).slice(1).every((text) => text === '')).toBe(true)
    await page.getByTestId('cohort-measure-revenue').check()
    expect(await views.cohortRow(first.cohort)).toEqual((first.revenueRetention ?? []).map((v) => (v === null ? '' : en.percent(v))))
    await page.getByTestId('cohort-measure-logo').check()
    await page.getByTestId('cohort-display-absolute').check()
    expect(await views.cohortRow(first.cohort)).toEqual(first.logoRetention.map((v) => (v === null ? '' : en.count(Math.round(v * first.size)))))
    expect(await views.inkedPixels('cohort-curve-chart')).toBeGreaterThan(1000)
    expect(await views.fitsWidth('cohorts')).toBe(true)
    await shot('cohorts', 'dashboard-cohorts')
    await page.getByTestId(`cohort-cell-${first.cohort}-3`).getByRole('button').click()
    expect(await views.dataCount()).toBe(`${en.count(Math.round((first.logoRetention[3] ?? 0) * first.size))} rows`)

    // Activation of November 2025: both inactivity ratios, activation rate; the inactive customers behind the number.
    await views.openFromSideBar('activation')
    await views.chooseMonth('2025-11')
    const activity = november.activity
    if (!activity) throw new Error('the sample has activity')
    await expect.poll(() => views.stat('activation-inactive')).toBe(en.count(activity.inactive))
    expect(await views.stat('activation-active')).toBe(en.count(activity.active))
    expect(await views.stat('activation-inactive-share')).toBe(en.percent(activity.inactiveShare))
    expect(await views.stat('activation-ratio')).toBe(en.percent(activity.inactiveToActiveRatio))
    expect(await views.stat('activation-rate')).toBe(en.percent(activity.activationRate))
    expect(await views.inkedPixels('activation-trend-chart')).toBeGreaterThan(1000)
    expect(await views.fitsWidth('activation')).toBe(true)
    await shot('activation', 'dashboard-activation')
    await page.getByTestId('activation-inactive-drill').click()
    expect(await views.dataCount()).toBe(`${en.count(activity.inactive)} rows`)
    await testInfo.attach('data-tab', { path: await views.workbench.screenshot('data-tab'), contentType: 'image/png' })
    await page.getByTestId('data-search').fill('Enterprise')
    await expect(page.getByTestId('data-count')).toContainText(`of ${en.count(activity.inactive)} rows`)
    await page.getByTestId('data-search').fill('')

    // A mouse click on the last bar of the chart (active customers of November) opens them.
    await views.openFromSideBar('activation')
    const canvas = page.getByTestId('activation-trend-chart').locator('canvas')
    const box = await canvas.boundingBox()
    if (!box) throw new Error('the chart has a box')
    const slot = (box.width - 50) / 12
    await canvas.click({ position: { x: box.width - slot / 2 - 6, y: box.height * 0.55 } })
    expect(await views.dataCount()).toBe(`${en.count(activity.active)} rows`)
    await expect(page.getByTestId('data-title')).toHaveText('Active customers at the end of November 2025')

    // The active customers: the Data tab keeps only the rows in view in the page, down to the last one.
    await views.openFromSideBar('activation')
    await page.getByTestId('activation-active-drill').click()
    expect(await views.dataCount()).toBe(`${en.count(activity.active)} rows`)
    const rowsInPage = page.getByTestId('data-row')
    expect(await rowsInPage.count()).toBeLessThan(60)
    await page.getByTestId('data-sort-customer').click()
    await page.getByTestId('data-sort-customer').click()
    await page.getByTestId('data-scroller').evaluate((element) => element.scrollTo(0, element.scrollHeight))
    await expect(rowsInPage.last()).toHaveAttribute('aria-rowindex', String(activity.active + 1))
    expect(await rowsInPage.count()).toBeLessThan(60)
    await expect(rowsInPage.last()).toContainText(/^CLI-\d+/)

    // Campaigns: every rate and lift of every group equals the CLI's; the survey list exports as xlsx with the engine's rows.
    await views.openFromSideBar('campaigns')
    const campaigns = november.campaigns
    if (!campaigns) throw new Error('the sample has campaigns')
    for (const [key, group] of Object.entries(campaigns.bySegment)) {
      expect(await views.campaignRates(key), key).toEqual({
        delivery: en.percent(group.deliveryRate), open: en.percent(group.openRate), click: en.percent(group.clickRate), clickToOpen: en.percent(group.clickToOpen), response: en.percent(group.conversionRate),
        lift: key in campaigns.lift ? en.pp(campaigns.lift[key]) : ''
      })
    }
    expect(await views.inkedPixels('campaign-response-chart')).toBeGreaterThan(1000)
    const [emailKey] = Object.entries(campaigns.bySegment).find(([, group]) => group.group.startsWith('E-mail')) ?? ['']
    await page.getByTestId(`campaign-row-${emailKey}`).getByRole('button').click()
    expect(await views.dataCount()).toBe(`${en.count(campaigns.bySegment[emailKey].recipients)} rows`)
    await views.openFromSideBar('campaigns')
    expect(await views.fitsWidth('campaigns')).toBe(true)
    await shot('campaigns', 'dashboard-campaigns')
    const due = Number((await page.getByTestId('survey-show-all').innerText()).replace(/\D/g, ''))
    const download = page.waitForEvent('download')
    await page.getByTestId('survey-export-xlsx').click()
    const file = await (await download).path()
    await expect(page.getByTestId('survey-export-result')).toContainText(`: ${en.count(due)} customers.`)
    const book = new ExcelJS.Workbook()
    await book.xlsx.readFile(file)
    const [list] = book.worksheets
    expect(list.getCell(1, 1).value).toBe('Customer')
    expect(list.actualRowCount - 1).toBe(due)

    // Dark theme: the heatmap's cells and the charts take the theme's colours.
    await views.openFromSideBar('cohorts')
    const novemberCell = page.getByTestId(`cohort-cell-${november.cohorts?.rows[0].cohort}-0`)
    const lightCell = await novemberCell.evaluate((element) => getComputedStyle(element).backgroundColor)
    await views.workbench.runCommand('use the dark theme')
    await expect.poll(() => novemberCell.evaluate((element) => getComputedStyle(element).backgroundColor)).not.toBe(lightCell)
    await shot('cohorts', 'dashboard-cohorts-dark')
    await views.openFromSideBar('nps')
    await shot('nps', 'dashboard-nps-dark')
    await views.workbench.runCommand('use the light theme')

    // Portuguese: labels and 1.234,5-style numbers, still the CLI's.
    await views.workbench.runCommand('mudar idioma para português')
    const pt = formatsFor('pt-BR')
    await views.openFromSideBar('activation')
    await expect(views.view('activation')).toContainText('Razão inativos / ativos (fórmula do artigo)')
    await expect.poll(() => views.stat('activation-active')).toBe(pt.count(activity.active))
    expect(await views.stat('activation-inactive-share')).toBe(pt.percent(activity.inactiveShare))
    await shot('activation', 'dashboard-activation-pt-BR')
    await views.openFromSideBar('nps')
    await expect(views.view('nps')).toContainText('Promotores, neutros e detratores por mês')
    expect(await views.stat('nps-csat')).toBe(pt.percent(nps.csat))
    await shot('nps', 'dashboard-nps-pt-BR')
    await views.openFromSideBar('campaigns')
    await expect(views.view('campaigns')).toContainText('Clientes para pesquisar')
    await shot('campaigns', 'dashboard-campaigns-pt-BR')
    await views.workbench.runCommand('change language to english')

    // Settings: a shorter activity window recomputes the open views (more customers inactive).
    await views.setMetricSetting('activityWindowDays', '7')
    await testInfo.attach('settings', { path: await views.workbench.screenshot('settings-metrics'), contentType: 'image/png' })
    await views.workbench.runCommand('dashboards: activation')
    await expect.poll(() => views.stat('activation-inactive-share')).not.toBe(en.percent(activity.inactiveShare))
    const shorter = Number((await views.stat('activation-inactive')).replace(/,/g, ''))
    expect(shorter).toBeGreaterThan(activity.inactive)
    await shot('activation', 'dashboard-activation-7-days')
    // ...remembered for the workspace after a reload; the currency drives the money format.
    await page.reload()
    await expect(views.workbench.root).toBeVisible()
    await views.workbench.runCommand('open settings')
    await expect(page.getByTestId('setting-activityWindowDays')).toHaveValue('7')
    await page.getByTestId('setting-currency').selectOption('USD')
    await views.workbench.runCommand('dashboards: overview')
    await expect(views.kpiValue('mrr')).toHaveText(/^\$\d/)
  })
})
