import { readFileSync } from 'node:fs'
import path from 'node:path'
import { expect, type Locator, type Page } from '@playwright/test'

/** The import editor and the ways files reach it: the file picker and a drop on the window. */
export class ImportEditorPage {
  readonly root: Locator
  readonly proposals: Locator
  readonly runButton: Locator
  readonly cancelButton: Locator
  readonly progress: Locator
  readonly summary: Locator
  readonly replaceConfirm: Locator

  constructor(readonly page: Page) {
    this.root = page.getByTestId('import-editor')
    this.proposals = page.getByTestId('sheet-proposal')
    this.runButton = page.getByTestId('import-run')
    this.cancelButton = page.getByTestId('import-cancel')
    this.progress = page.getByTestId('import-progress')
    this.summary = page.getByTestId('import-summary')
    this.replaceConfirm = page.getByTestId('replace-confirm')
  }

  /** Runs an action that opens the file picker, and picks `files` in it (the file input's setInputFiles). */
  async pickFiles(open: () => Promise<void>, files: string[]): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser')
    await open()
    await (await chooser).setFiles(files)
  }

  /** Drops files on the workbench the way a file manager does: a DataTransfer of Files. */
  async dropFiles(files: string[]): Promise<void> {
    const payload = files.map((file) => ({ name: path.basename(file), base64: readFileSync(file).toString('base64') }))
    await this.page.evaluate((items) => {
      const transfer = new DataTransfer()
      for (const item of items) {
        const bytes = Uint8Array.from(atob(item.base64), (c) => c.charCodeAt(0))
        transfer.items.add(new File([bytes], item.name))
      }
      const target = document.querySelector('[data-testid="workbench"]') as HTMLElement
      for (const type of ['dragenter', 'dragover', 'drop']) target.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }))
    }, payload)
  }

  proposal(file: string): Locator {
    return this.page.locator(`[data-testid="sheet-proposal"][data-file="${file}"]`)
  }

  /** The column select of a field in a file's proposal. */
  fieldSelect(file: string, field: string): Locator {
    return this.proposal(file).getByTestId(`map-${field}`)
  }

  summarySheet(file: string): Locator {
    return this.page.locator(`[data-testid="summary-sheet"][data-file="${file}"]`)
  }

  async importAll(): Promise<void> {
    await expect(this.runButton).toBeEnabled()
    await this.runButton.click()
  }
}
