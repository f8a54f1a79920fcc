// Export report in the browser: the sample company, File › Export report (Ctrl+E) with the
// dashboards' month and a comparison with the same month last year, the file downloaded
// through the bridge and read back with exceljs: every sheet, and the Summary's numbers
// equal `pulso metrics --json` for the same period.
import ExcelJS from 'exceljs'
import { execFileSync } from 'node:child_process'
import path from 'node:path'
import { expect, test } from './bridge'
import { DashboardsPage } from './pages/dashboards'

const root = path.resolve(__dirname, '../..')

/** `pulso metrics --json` for one period. */
function cliMetrics(workspace: string, from: string, to: string): { summary: { mrr: number | null; customers: number | null; customerChurnRate: number | null } } {
  const args = [path.join(root, 'bin/pulso.js'), 'metrics', workspace, '--json', '--from', from, '--to', to]
  return JSON.parse(execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })) as ReturnType<typeof cliMetrics>
}

/** The number in column B of the row labelled `label` (a value, or a formula's cached result). */
function valueOf(sheet: ExcelJS.Worksheet, label: string, column = 2): number | null {
  for (let r = 1; r <= sheet.rowCount; r++) {
    if (sheet.getCell(r, 1).value !== label) continue
    const cell = sheet.getCell(r, column)
    const value = cell.formula ? (cell.result as unknown) : cell.value
    return typeof value === 'number' ? value : null
  }
  throw new Error(`No row "${label}" on ${sheet.name}`)
}

test('exports the report through the UI and the browser downloads it', async ({ page, bridge }, testInfo) => {
  test.setTimeout(180_000)
  const dashboards = new DashboardsPage(page)
  const { workbench } = dashboards
  await workbench.open(bridge.url)
  await dashboards.openSample()
  await dashboards.chooseMonth('2025-11')

  // Ctrl+E opens the dialog with the dashboards' month and the interface's language.
  await page.keyboard.press('Control+E')
  const dialog = page.getByTestId('report-dialog')
  await expect(dialog).toBeVisible()
  await expect(page.getByTestId('report-from')).toHaveValue('2025-11')
  await expect(page.getByTestId('report-to')).toHaveValue('2025-11')
  await expect(page.getByTestId('report-lang')).toHaveValue('en')
  await page.getByTestId('report-compare').check()
  await expect(page.getByTestId('report-a')).toHaveValue('2025-11')
  await expect(page.getByTestId('report-b-period')).toHaveText('B is 2025-10.')
  await page.getByTestId('report-b').selectOption('last-year')
  await expect(page.getByTestId('report-b-period')).toHaveText('B is 2024-11.')
  await page.getByTestId('report-a').fill('soon')
  await expect(page.getByTestId('report-problem')).toHaveText('Period A is not a period.')
  await expect(page.getByTestId('report-export')).toBeDisabled()
  await page.getByTestId('report-a').fill('2025-11')
  await expect(page.getByTestId('report-name')).toHaveValue('Pulso report – Amostra Pulso – 2025-11.xlsx')
  await page.getByTestId('report-name').fill('November report')
  await testInfo.attach('report-dialog', { path: await workbench.screenshot('report-dialog'), contentType: 'image/png' })

  // Export: written in Pulso's folder, then downloaded by the browser.
  const downloading = page.waitForEvent('download', { timeout: 120_000 })
  await page.getByTestId('report-export').click()
  const download = await downloading
  expect(download.suggestedFilename()).toBe('November report.xlsx')
  const result = page.getByTestId('report-result')
  await expect(result).toContainText(`Report written to ${path.join(bridge.configDir, 'workspaces', 'November report.xlsx')}`, { timeout: 120_000 })
  await expect(result).toContainText('10 sheets: Summary, Churn, Revenue, NPS, Cohorts, Activation, Campaigns, Comparison, Data, About')
  await testInfo.attach('report-written', { path: await workbench.screenshot('report-written'), contentType: 'image/png' })
  const file = testInfo.outputPath('downloaded.xlsx')
  await download.saveAs(file)

  const book = new ExcelJS.Workbook()
  await book.xlsx.readFile(file)
  expect(book.worksheets.map((sheet) => sheet.name)).toEqual(['Summary', 'Churn', 'Revenue', 'NPS', 'Cohorts', 'Activation', 'Campaigns', 'Comparison', 'Data', 'About'])
  const summary = book.getWorksheet('Summary')
  const comparison = book.getWorksheet('Comparison')
  if (!summary || !comparison) throw new Error('Summary and Comparison are there')
  const workspace = path.join(bridge.configDir, 'workspaces', 'Amostra Pulso.pulso')
  const november = cliMetrics(workspace, '2025-11', '2025-11')
  const lastYear = cliMetrics(workspace, '2024-11', '2024-11')
  expect(valueOf(summary, 'MRR at end')).toBe(november.summary.mrr)
  expect(valueOf(summary, 'Customers at end')).toBe(november.summary.customers)
  expect(valueOf(summary, 'Customer churn rate')).toBe(november.summary.customerChurnRate)
  expect(comparison.getCell(1, 1).value).toBe('Comparison: A 2025-11 · B 2024-11')
  expect(valueOf(comparison, 'MRR at end', 2)).toBe(november.summary.mrr)
  expect(valueOf(comparison, 'MRR at end', 3)).toBe(lastYear.summary.mrr)

  // Closing leaves the workbench as it was; the Output panel has the line.
  await page.getByTestId('report-close').click()
  await expect(dialog).toBeHidden()
})

test('the NPS dashboard’s button exports its own part: NPS and About only', async ({ page, bridge }, testInfo) => {
  test.setTimeout(120_000)
  const dashboards = new DashboardsPage(page)
  await dashboards.workbench.open(bridge.url)
  await dashboards.openSample()
  await dashboards.chooseMonth('2025-11')
  await dashboards.openFromSideBar('nps')
  await page.getByTestId('dashboard-nps').getByTestId('export-part').click()
  await expect(page.getByTestId('report-only-part')).toBeChecked()
  await expect(page.getByTestId('report-from')).toHaveValue('2025-11')
  await expect(page.getByTestId('report-name')).toHaveValue('Pulso report – NPS – Amostra Pulso – 2025-11.xlsx')
  const downloading = page.waitForEvent('download', { timeout: 60_000 })
  await page.getByTestId('report-export').click()
  const download = await downloading
  await expect(page.getByTestId('report-result')).toContainText('2 sheets: NPS, About', { timeout: 60_000 })
  const file = testInfo.outputPath('nps-part.xlsx')
  await download.saveAs(file)
  const book = new ExcelJS.Workbook()
  await book.xlsx.readFile(file)
  expect(book.worksheets.map((sheet) => sheet.name)).toEqual(['NPS', 'About'])
})
