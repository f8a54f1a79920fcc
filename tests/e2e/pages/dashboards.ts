import { expect, type Locator, type Page } from '@playwright/test'
import { WorkbenchPage } from './workbench'

export type DashboardView = 'overview' | 'churn' | 'revenue' | 'nps' | 'cohorts' | 'activation' | 'campaigns'

/** The dashboards as a user sees them: KPI cards, charts, period picker and filter bar. */
export class DashboardsPage {
  readonly workbench: WorkbenchPage

  constructor(readonly page: Page) {
    this.workbench = new WorkbenchPage(page)
  }

  view(kind: DashboardView): Locator {
    return this.page.getByTestId(`dashboard-${kind}`)
  }

  /** Opens the sample company through the palette command; the Overview opens with it. */
  async openSample(): Promise<void> {
    await this.workbench.runCommand('open the sample workspace')
    await expect(this.workbench.tab(0, 'overview')).toHaveAttribute('aria-selected', 'true', { timeout: 30_000 })
    await expect(this.kpiValue('mrr')).not.toHaveText('—', { timeout: 30_000 })
  }

  /** Opens a view from the Dashboards side bar. */
  async openFromSideBar(kind: DashboardView): Promise<void> {
    if (!(await this.page.getByTestId('dashboard-list').isVisible())) await this.page.getByTestId('activity-dashboards').click()
    await this.page.getByTestId(`dashboard-link-${kind}`).click()
    await expect(this.view(kind)).toBeVisible()
  }

  kpiValue(id: string): Locator {
    return this.page.getByTestId(`kpi-value-${id}`)
  }

  async kpiValues(ids: readonly string[]): Promise<Record<string, string>> {
    const values: Record<string, string> = {}
    for (const id of ids) values[id] = ((await this.kpiValue(id).textContent()) ?? '').trim()
    return values
  }

  /** How many pixels of the canvas inside `testId` are not transparent (0 for a blank chart). */
  async inkedPixels(testId: string): Promise<number> {
    const canvas = this.page.getByTestId(testId).locator('canvas').first()
    await expect(canvas).toBeVisible()
    return canvas.evaluate((element) => {
      const canvasElement = element as HTMLCanvasElement
      const context = canvasElement.getContext('2d')
      if (!context || canvasElement.width === 0 || canvasElement.height === 0) return 0
      const { data } = context.getImageData(0, 0, canvasElement.width, canvasElement.height)
      let inked = 0
      for (let i = 3; i < data.length; i += 4) if (data[i] > 0) inked++
      return inked
    })
  }

  /** The sum of the colour channels of a chart's drawn pixels: changes when the chart redraws in other colours. */
  async inkColour(testId: string): Promise<number> {
    return this.page.getByTestId(testId).locator('canvas').first().evaluate((element) => {
      const canvasElement = element as HTMLCanvasElement
      const context = canvasElement.getContext('2d')
      if (!context) return 0
      const { data } = context.getImageData(0, 0, canvasElement.width, canvasElement.height)
      let sum = 0
      for (let i = 0; i < data.length; i += 4) if (data[i + 3] > 0) sum += data[i] + data[i + 1] + data[i + 2]
      return sum
    })
  }

  /** Whether the view fits the editor's width (no horizontal scrolling). */
  async fitsWidth(kind: DashboardView): Promise<boolean> {
    return this.view(kind).evaluate((element) => {
      const body = element.parentElement
      return body !== null && body.scrollWidth <= body.clientWidth + 1
    })
  }

  /** A screenshot of a view scrolled to its top, as a user first sees it. */
  async screenshot(kind: DashboardView, name: string): Promise<string> {
    await this.view(kind).evaluate((element) => element.parentElement?.scrollTo(0, 0))
    return this.workbench.screenshot(name)
  }

  async chooseMonth(month: string): Promise<void> {
    await this.page.getByTestId('period-kind').selectOption('month')
    await this.page.getByTestId('period-value').selectOption(month)
  }

  /** Adds a filter on a column and checks one value. */
  async filter(column: string, value: string): Promise<void> {
    await this.page.getByTestId('filter-add').selectOption(column)
    const chip = this.page.getByTestId(`filter-${column}`)
    await chip.getByLabel(value, { exact: true }).check()
    await this.page.keyboard.press('Escape')
    await expect(chip.locator('fieldset')).toBeHidden()
  }
}
