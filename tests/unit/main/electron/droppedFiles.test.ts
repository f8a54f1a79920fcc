import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { BrowserWindow } from 'electron'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { Core } from '../../../../src/main/core'
import { registerDroppedFiles } from '../../../../src/main/electron/droppedFiles'
import { rendererSource } from '../../../../src/main/electron/origin'
import { FakeBrowserWindow, ipcMain } from './fakeElectron'

vi.mock('electron', () => import('./fakeElectron'))

let configDir: string
let core: Core
let window: FakeBrowserWindow
let dispose: () => void

beforeEach(() => {
  configDir = mkdtempSync(path.join(os.tmpdir(), 'pulso-drop-'))
  core = new Core({ configDir, version: '9.9.9', platform: 'linux', systemLocale: 'pt-BR', transport: 'electron', restrictPaths: true, workspaceFolder: path.join(configDir, 'workspaces') })
  window = new FakeBrowserWindow({})
  dispose = registerDroppedFiles(core, () => window as unknown as BrowserWindow, rendererSource(true, undefined))
})

afterEach(() => {
  dispose()
  core.dispose()
  rmSync(configDir, { recursive: true, force: true })
})

function drop(paths: unknown, from: { sender?: unknown; senderFrame?: unknown } = {}): void {
  const listener = ipcMain.listeners.get('pulso:dropped') as (event: unknown, paths: unknown) => void
  listener({ sender: from.sender ?? window.webContents, senderFrame: from.senderFrame === undefined ? window.webContents.mainFrame : from.senderFrame }, paths)
}

describe('files dropped on the desktop window', () => {
  it('allows the core to read them and tells the workbench', () => {
    const seen: unknown[] = []
    core.events.subscribe((event) => seen.push(event))
    const file = path.join(configDir, 'vendas.csv')
    expect(() => core.grants.check(file)).toThrow(/only files you chose/)
    drop([file])
    expect(core.grants.check(file)).toBe(file)
    expect(seen).toEqual([{ name: 'files:dropped', payload: { paths: [file] } }])
  })

  it('ignores a message from a foreign frame, or anything but absolute paths', () => {
    const seen: unknown[] = []
    core.events.subscribe((event) => seen.push(event))
    const file = path.join(configDir, 'segredo.csv')
    drop([file], { senderFrame: { processId: 1, frameToken: 'iframe', url: 'app://pulso/index.html' } })
    drop(['relative/file.csv'])
    drop('not a list')
    drop([])
    expect(seen).toEqual([])
    expect(() => core.grants.check(file)).toThrow(/only files you chose/)
  })
})
