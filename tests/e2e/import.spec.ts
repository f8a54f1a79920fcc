import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { writeCsv } from '../fixtures/csv'
import { writeUglyCsv, writeUglyWorkbook } from '../fixtures/uglyWorkbook'
import { expect, test } from './bridge'
import { ExplorerPage } from './pages/explorer'
import { ImportEditorPage } from './pages/importEditor'
import { WorkbenchPage } from './pages/workbench'

let dir: string

test.beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'pulso-e2e-files-'))
})

test.afterEach(() => rmSync(dir, { recursive: true, force: true }))

test.describe('importing spreadsheets through the workbench', () => {
  test('picks two files, changes a column, imports, sees problems, saves, and reopens from Recent', async ({ page, bridge }, testInfo) => {
    const xlsx = await writeUglyWorkbook(dir)
    const csv = writeUglyCsv(dir)
    const workbench = new WorkbenchPage(page)
    const editor = new ImportEditorPage(page)
    const explorer = new ExplorerPage(page)
    await workbench.open(bridge.url)

    await editor.pickFiles(() => page.locator('[data-command="file.openSpreadsheets"]').click(), [xlsx, csv])
    await expect(editor.proposals).toHaveCount(2)
    const sheet = editor.proposal('vendas-2024.xlsx')
    await expect(sheet).toContainText('vendas-2024.xlsx · Vendas 2024')
    await expect(sheet.getByTestId('kind-select')).toHaveValue('revenue')
    await expect(editor.fieldSelect('vendas-2024.xlsx', 'customer')).toHaveValue('Código do Cliente')
    await expect(editor.fieldSelect('vendas-2024.xlsx', 'date')).toHaveValue('Data da Compra')
    await expect(editor.fieldSelect('vendas-2024.xlsx', 'amount')).toHaveValue('Valor (R$)')
    await expect(sheet.getByTestId('first-rows')).toContainText('C-001')
    await expect(sheet.getByTestId('needs')).toContainText('Every required field has a column.')

    // Unmapping the amount leaves a need in words; the order number becomes the product code.
    await editor.fieldSelect('vendas-2024.xlsx', 'amount').selectOption('')
    await expect(sheet.getByTestId('needs')).toContainText('Still needed: Amount or Quantity + Unit price')
    await expect(editor.runButton).toBeDisabled()
    await editor.fieldSelect('vendas-2024.xlsx', 'amount').selectOption('Valor (R$)')
    await editor.fieldSelect('vendas-2024.xlsx', 'productCode').selectOption('Pedido')
    await expect(editor.fieldSelect('vendas-2024.xlsx', 'orderId')).toHaveValue('')
    const proposalShot = await workbench.screenshot('import-proposal')
    await testInfo.attach('import-proposal', { path: proposalShot, contentType: 'image/png' })

    await editor.importAll()
    const xlsxSummary = editor.summarySheet('vendas-2024.xlsx')
    await expect(xlsxSummary.getByTestId('rows-read')).toHaveText('6')
    await expect(xlsxSummary.getByTestId('rows-imported')).toHaveText('6')
    await expect(xlsxSummary.getByTestId('problem-count')).toHaveText('2')
    await expect(xlsxSummary.getByTestId('summary-mapping')).toContainText('Product code ← Pedido')
    await expect(xlsxSummary.getByTestId('period')).toHaveText('1/5/24 to 3/1/24')
    await expect(editor.summarySheet('vendas-2024.csv').getByTestId('rows-imported')).toHaveText('6')
    await expect(editor.summarySheet('vendas-2024.csv').getByTestId('problem-count')).toHaveText('2')
    // The csv is imported as its proposal showed it, not with the column just remembered from the xlsx.
    await expect(editor.summarySheet('vendas-2024.csv').getByTestId('summary-mapping')).toContainText('Order ← Pedido')
    const summaryShot = await workbench.screenshot('import-summary')
    await testInfo.attach('import-summary', { path: summaryShot, contentType: 'image/png' })

    // The problem count opens the Problems panel, filtered on the file.
    await xlsxSummary.getByTestId('problem-count').click()
    await expect(workbench.panel).toBeVisible()
    await expect(page.getByTestId('problems-filter')).toHaveValue('vendas-2024.xlsx')
    const rows = page.getByTestId('problem-row')
    await expect(rows).toHaveCount(2)
    await expect(rows.nth(0)).toContainText('31/02/2024')
    await expect(rows.nth(0).getByTestId('problem-location')).toHaveText('vendas-2024.xlsx · Vendas 2024 · row 10 · Data da Compra')
    await expect(rows.nth(1).getByTestId('problem-location')).toHaveText('vendas-2024.xlsx · Vendas 2024 · row 11 · Valor (R$)')
    await page.getByTestId('problems-filter').fill('')
    await expect(rows).toHaveCount(4)
    await expect(page.getByTestId('status-problems')).toContainText('4 problems')

    await expect(explorer.files).toContainText('vendas-2024.xlsx')
    await expect(explorer.files).toContainText('Vendas 2024')
    await expect(explorer.tables).toContainText('Revenue lines')
    await expect(explorer.tables).toContainText('12 rows')
    await expect(page.getByTestId('status-dirty')).toBeVisible()

    // Save on a workspace never saved is Save as: a name in Pulso's workspace folder.
    await page.keyboard.press('ControlOrMeta+S')
    await expect(page.getByTestId('quick-input')).toContainText(path.join(bridge.configDir, 'workspaces'))
    await page.getByTestId('quick-input-text').fill('vendas do trimestre')
    await page.keyboard.press('Enter')
    await expect(page.getByTestId('status-workspace')).toContainText('vendas do trimestre')
    await expect(page.getByTestId('status-dirty')).toHaveCount(0)

    // After a reload and a new empty workspace, Recent brings the data back.
    await page.reload()
    await expect(workbench.root).toBeVisible()
    await explorer.newButton.click()
    await expect(explorer.root).toContainText('No files imported yet.')
    await expect(page.getByTestId('status-problems')).toContainText('0 problems')
    await explorer.recentEntry('vendas do trimestre.pulso').click()
    await expect(explorer.files).toContainText('vendas-2024.xlsx')
    await expect(explorer.tables).toContainText('12 rows')
    await expect(page.getByTestId('status-problems')).toContainText('4 problems')
    await expect(page.getByTestId('welcome-recent')).toContainText('vendas do trimestre.pulso')
  })

  test('a dropped file is uploaded and imported; dropping it again asks to replace', async ({ page, bridge }, testInfo) => {
    await page.setViewportSize({ width: 1024, height: 700 })
    const csv = writeUglyCsv(dir)
    const workbench = new WorkbenchPage(page)
    const editor = new ImportEditorPage(page)
    const explorer = new ExplorerPage(page)
    await workbench.open(bridge.url)

    await editor.dropFiles([csv])
    await expect(editor.proposal('vendas-2024.csv')).toBeVisible()
    await expect(editor.fieldSelect('vendas-2024.csv', 'product')).toHaveValue('Produto')
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth)
    expect(overflow).toBeLessThanOrEqual(1024)
    const file = await workbench.screenshot('import-proposal-1024x700')
    await testInfo.attach('import-proposal-1024x700', { path: file, contentType: 'image/png' })
    await editor.importAll()
    await expect(editor.summarySheet('vendas-2024.csv').getByTestId('rows-imported')).toHaveText('6')

    await editor.dropFiles([csv])
    await editor.importAll()
    await expect(editor.replaceConfirm).toContainText('vendas-2024.csv')
    await expect(page.getByTestId('replace-yes')).toBeFocused()
    await page.getByTestId('replace-yes').click()
    await expect(editor.replaceConfirm).toHaveCount(0)
    await expect(editor.summarySheet('vendas-2024.csv').getByTestId('rows-imported')).toHaveText('6')
    await expect(explorer.files.getByRole('treeitem')).toHaveCount(1)
    await expect(explorer.tables).toContainText('6 rows')
    await expect(page.getByTestId('status-problems')).toContainText('2 problems')

    await page.getByTestId('status-language').click()
    const summary = editor.summarySheet('vendas-2024.csv')
    await expect(summary).toContainText('Linhas importadas')
    await expect(summary).toContainText('Linhas de receita')
    await expect(summary.getByTestId('period')).toHaveText('05/01/2024 a 01/03/2024')
    await expect(explorer.tables).toContainText('6 linhas')
  })

  test('cancelling a large import leaves the workspace as it was', async ({ page, bridge }) => {
    const rows: string[][] = [['Cliente', 'Data', 'Valor', 'Produto', 'Pedido']]
    for (let i = 1; i <= 300_000; i++) rows.push([`C-${i % 5000}`, `${String((i % 28) + 1).padStart(2, '0')}/0${(i % 9) + 1}/2024`, `${i % 997},${i % 100}`, `Plano ${i % 7}`, `P-${i}`])
    const big = await writeCsv(dir, 'vendas-grandes.csv', rows, { delimiter: ';' })
    const workbench = new WorkbenchPage(page)
    const editor = new ImportEditorPage(page)
    const explorer = new ExplorerPage(page)
    await workbench.open(bridge.url)
    await explorer.newButton.click()
    await expect(explorer.root).toContainText('No files imported yet.')

    await editor.pickFiles(() => explorer.importButton.click(), [big])
    await expect(editor.proposal('vendas-grandes.csv')).toBeVisible()
    await editor.importAll()
    await expect(editor.progress).toBeVisible()
    await editor.cancelButton.click()
    await expect(page.getByTestId('summary-failed')).toContainText('Cancelled: the workspace is as it was before.')
    await expect(explorer.root).toContainText('No files imported yet.')
    await expect(explorer.tables.getByRole('treeitem')).toHaveCount(0)
  })
})
