import { expect, type Locator, type Page } from '@playwright/test'
import { mkdirSync } from 'node:fs'
import path from 'node:path'

/** Where screenshots are kept as test artifacts (git-ignored; CI uploads the folder). */
export const screenshotDir = path.resolve(__dirname, '../../../artifacts/screenshots')

/** The workbench as a user sees it: the parts a spec clicks and reads. */
export class WorkbenchPage {
  readonly root: Locator
  readonly palette: Locator
  readonly paletteInput: Locator
  readonly sideBar: Locator
  readonly statusBar: Locator
  readonly panel: Locator

  constructor(readonly page: Page) {
    this.root = page.getByTestId('workbench')
    this.palette = page.getByTestId('command-palette')
    this.paletteInput = page.getByTestId('palette-input')
    this.sideBar = page.getByTestId('side-bar')
    this.statusBar = page.getByTestId('status-bar')
    this.panel = page.getByTestId('panel')
  }

  async open(url: string): Promise<void> {
    await this.page.goto(url)
    await expect(this.root).toBeVisible()
    await expect(this.tab(0, 'welcome')).toBeVisible()
  }

  group(index: number): Locator {
    return this.page.getByTestId(`editor-group-${index}`)
  }

  tab(group: number, kind: string): Locator {
    return this.group(group).getByTestId(`tab-${kind}`)
  }

  async openPalette(): Promise<void> {
    await this.page.keyboard.press('ControlOrMeta+Shift+P')
    await expect(this.palette).toBeVisible()
  }

  /** Runs a command the way a user does: palette, type, Enter. */
  async runCommand(text: string): Promise<void> {
    await this.openPalette()
    await this.paletteInput.fill(text)
    await this.page.keyboard.press('Enter')
    await expect(this.palette).toBeHidden()
  }

  async screenshot(name: string): Promise<string> {
    mkdirSync(screenshotDir, { recursive: true })
    const file = path.join(screenshotDir, `${name}.png`)
    await this.page.screenshot({ path: file })
    return file
  }
}
