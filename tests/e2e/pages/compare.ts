import { expect, type Locator, type Page } from '@playwright/test'
import { WorkbenchPage } from './workbench'

export type Side = 'a' | 'b'

/** A row of the comparison table as shown. */
export interface ShownRow {
  a: string
  b: string
  difference: string
  change: string
  direction: string
}

/** The Compare editor and the split comparison as a user sees them. */
export class ComparePage {
  readonly workbench: WorkbenchPage
  readonly editor: Locator
  readonly table: Locator

  constructor(readonly page: Page) {
    this.workbench = new WorkbenchPage(page)
    this.editor = page.getByTestId('compare-editor')
    this.table = page.getByTestId('comparison-table')
  }

  side(side: Side): Locator {
    return this.page.getByTestId(`compare-side-${side}`)
  }

  /** B relative to A ('previous', 'last-year') or B's own period ('chosen'). */
  async preset(value: 'previous' | 'last-year' | 'chosen'): Promise<void> {
    await this.side('b').getByTestId('compare-preset').selectOption(value)
  }

  /** Chooses a side's month, quarter or year by the value of the period select (its first month). */
  async choose(side: Side, kind: 'month' | 'quarter' | 'year', firstMonth: string): Promise<void> {
    await this.side(side).getByTestId('period-kind').selectOption(kind)
    await this.side(side).getByTestId('period-value').selectOption(firstMonth)
  }

  /** Adds a filter on one side and checks one value. */
  async filter(side: Side, column: string, value: string): Promise<void> {
    const picker = this.side(side)
    await picker.getByTestId('filter-add').selectOption(column)
    const chip = picker.getByTestId(`filter-${column}`)
    await chip.getByLabel(value, { exact: true }).check()
    await this.page.keyboard.press('Escape')
    await expect(chip.locator('fieldset')).toBeHidden()
  }

  /** Every row of the table, by metric. */
  async rows(): Promise<Record<string, ShownRow>> {
    return this.table.locator('tr[data-testid^="compare-row-"]').evaluateAll((rows) => {
      const shown: Record<string, { a: string; b: string; difference: string; change: string; direction: string }> = {}
      for (const row of rows) {
        const cell = (name: string) => (row.querySelector(`[data-cell="${name}"]`)?.textContent ?? '').trim()
        shown[(row.getAttribute('data-testid') ?? '').replace('compare-row-', '')] = { a: cell('a'), b: cell('b'), difference: cell('difference'), change: cell('change'), direction: cell('direction') }
      }
      return shown
    })
  }

  /** The drawn value axis' maximum of a chart in an editor group (the chart wrapper's data-value-max). */
  async valueMax(group: number, chartTestId: string): Promise<number> {
    const wrapper = this.workbench.group(group).getByTestId(chartTestId)
    await expect(wrapper).toHaveAttribute('data-value-max', /.+/)
    return Number(await wrapper.getAttribute('data-value-max'))
  }
}
