import type { Locator, Page } from '@playwright/test'

/** The explorer side bar: its buttons, the open workspace's files and tables, and recent workspaces. */
export class ExplorerPage {
  readonly root: Locator
  readonly files: Locator
  readonly tables: Locator
  readonly recent: Locator
  readonly newButton: Locator
  readonly openButton: Locator
  readonly importButton: Locator

  constructor(readonly page: Page) {
    this.root = page.getByTestId('explorer')
    this.files = page.getByTestId('explorer-files')
    this.tables = page.getByTestId('explorer-tables')
    this.recent = page.getByTestId('explorer-recent')
    this.newButton = page.getByTestId('explorer-file.newWorkspace')
    this.openButton = page.getByTestId('explorer-file.openWorkspace')
    this.importButton = page.getByTestId('explorer-file.openSpreadsheets')
  }

  recentEntry(name: string): Locator {
    return this.recent.getByRole('button', { name: new RegExp(name) })
  }
}
