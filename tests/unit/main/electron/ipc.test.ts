import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { BrowserWindow } from 'electron'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { channelNames } from '../../../../src/shared/channels'
import type { Result } from '../../../../src/shared/model/result'
import { Core } from '../../../../src/main/core'
import { createHandlers } from '../../../../src/main/handlers'
import { headlessHost } from '../../../../src/main/host'
import { forwardEvents, registerIpc } from '../../../../src/main/electron/ipc'
import { eventChannel } from '../../../../src/shared/channels'
import { rendererSource } from '../../../../src/main/electron/origin'
import { FakeBrowserWindow, FakeWebContents, ipcMain, type FakeFrame } from './fakeElectron'

vi.mock('electron', () => import('./fakeElectron'))

let configDir: string
let core: Core
let window: FakeBrowserWindow
let dispose: () => void

beforeEach(() => {
  configDir = mkdtempSync(path.join(os.tmpdir(), 'pulso-ipc-'))
  core = new Core({ configDir, version: '9.9.9', platform: 'linux', systemLocale: 'pt-BR', transport: 'electron', restrictPaths: true, workspaceFolder: path.join(configDir, 'workspaces') })
  window = new FakeBrowserWindow({})
  dispose = registerIpc(createHandlers(core, headlessHost), () => window as unknown as BrowserWindow, rendererSource(true, undefined))
})

afterEach(() => {
  dispose()
  rmSync(configDir, { recursive: true, force: true })
})

/** Calls a registered channel as Electron would, from `sender` and `senderFrame`. */
function call(channel: string, request: unknown, from: { sender?: FakeWebContents; senderFrame?: FakeFrame | null } = {}): Promise<Result<unknown>> {
  const handler = ipcMain.handlers.get(channel)
  if (!handler) throw new Error(`${channel} is not registered`)
  const sender = from.sender ?? window.webContents
  const senderFrame = from.senderFrame === undefined ? sender.mainFrame : from.senderFrame
  return handler({ sender, senderFrame }, request) as Promise<Result<unknown>>
}

describe('registerIpc', () => {
  it('registers exactly one handler per channel of the contract', () => {
    expect([...ipcMain.handlers.keys()].sort()).toEqual([...channelNames].sort())
  })

  it('answers the app’s own frame through the handler table', async () => {
    expect(await call('app:info', {})).toEqual({
      ok: true,
      value: { name: 'Pulso', version: '9.9.9', platform: 'linux', systemLocale: 'pt-BR', transport: 'electron', workspaceFolder: path.join(configDir, 'workspaces') }
    })
    expect(await call('settings:update', { theme: 'dark' })).toEqual({ ok: true, value: { theme: 'dark', language: 'system' } })
  })

  it('answers an invalid request with invalid-input, not a throw', async () => {
    const result = await call('settings:update', { theme: 'purple', extra: 1 })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error.code).toBe('invalid-input')
  })

  it('keeps the core’s typed error (the headless host has no dialogs)', async () => {
    const result = await call('dialog:openFiles', { purpose: 'spreadsheets' })
    expect(result).toMatchObject({ ok: false, error: { code: 'unsupported' } })
  })

  const forbidden = { ok: false, error: { code: 'forbidden' } }

  it('refuses a subframe of the main window', async () => {
    expect(await call('settings:get', {}, { senderFrame: { processId: 1, frameToken: 'iframe', url: 'app://pulso/index.html' } })).toMatchObject(forbidden)
  })

  it('refuses the main frame once it shows a foreign page', async () => {
    window.webContents.mainFrame = { ...window.webContents.mainFrame, url: 'https://evil.example/' }
    expect(await call('settings:get', {})).toMatchObject(forbidden)
  })

  it('refuses another webContents and a sender without a frame', async () => {
    expect(await call('settings:get', {}, { sender: new FakeWebContents() })).toMatchObject(forbidden)
    expect(await call('settings:get', {}, { senderFrame: null })).toMatchObject(forbidden)
  })

  it('refuses everything once the window is gone, and changes nothing', async () => {
    window.destroyed = true
    expect(await call('settings:update', { theme: 'dark' })).toMatchObject(forbidden)
    expect(core.settings.get().theme).toBe('system')
  })

  it('removes every handler when disposed', () => {
    dispose()
    expect(ipcMain.handlers.size).toBe(0)
  })
})

describe('forwardEvents', () => {
  it('sends core events to the window on the channel the preload listens to, until it closes', () => {
    forwardEvents(core.events, window as unknown as BrowserWindow)
    core.events.emit('app:command', { command: 'workbench.commandPalette' })
    expect(window.webContents.send).toHaveBeenCalledWith(eventChannel, { name: 'app:command', payload: { command: 'workbench.commandPalette' } })
    window.emit('closed')
    core.events.emit('workspace:changed', null)
    expect(window.webContents.send).toHaveBeenCalledTimes(1)
  })

  it('skips a window destroyed before its closed event', () => {
    forwardEvents(core.events, window as unknown as BrowserWindow)
    window.destroyed = true
    core.events.emit('workspace:changed', null)
    expect(window.webContents.send).not.toHaveBeenCalled()
  })
})
