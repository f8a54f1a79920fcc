import { expect, type Locator, type Page } from '@playwright/test'
import { DashboardsPage } from './dashboards'

/** The NPS, Cohorts, Activation and Campaigns views, the Data tab and the metric settings, as a user sees them. */
export class DashboardViewsPage extends DashboardsPage {
  readonly dataEditor: Locator

  constructor(page: Page) {
    super(page)
    this.dataEditor = page.getByTestId('data-editor')
  }

  /** The number a stat tile shows (without its drill-down button). */
  async stat(testId: string): Promise<string> {
    const number = this.page.getByTestId(testId).locator('.number')
    return ((await number.evaluate((element) => element.firstChild?.textContent ?? '')) ?? '').trim()
  }

  /** The text of each rate cell of a campaign group's row. */
  async campaignRates(key: string): Promise<Record<string, string>> {
    const cells = this.page.getByTestId(`campaign-row-${key}`).locator('td[data-rate]')
    return cells.evaluateAll((elements) => Object.fromEntries(elements.map((element) => [element.getAttribute('data-rate') ?? '', (element.textContent ?? '').trim()])))
  }

  /** The text of each cell of a cohort's row (empty cells give ''). */
  async cohortRow(cohort: string): Promise<string[]> {
    return this.page.getByTestId(`cohort-row-${cohort}`).locator('td.cell').evaluateAll((elements) => elements.map((element) => (element.textContent ?? '').trim()))
  }

  /** The Data tab's row count as it says it, once it is the active tab. */
  async dataCount(): Promise<string> {
    await expect(this.workbench.tab(0, 'data')).toHaveAttribute('aria-selected', 'true')
    return ((await this.page.getByTestId('data-count').textContent()) ?? '').trim()
  }

  /** Picks a chart's point with the keyboard: focus, arrows, Enter (the drill-down's accessible path). */
  async pickWithKeys(testId: string, keys: string[]): Promise<void> {
    const canvas = this.page.getByTestId(testId).locator('canvas')
    await canvas.focus()
    for (const key of keys) await this.page.keyboard.press(key)
    await this.page.keyboard.press('Enter')
  }

  /** Sets a numeric metric setting in the Settings editor. */
  async setMetricSetting(key: string, value: string): Promise<void> {
    await this.workbench.runCommand('open settings')
    const input = this.page.getByTestId(`setting-${key}`)
    await input.fill(value)
    await input.press('Enter')
    await input.blur()
  }
}
