import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { channelNames } from '../../../../src/shared/channels'
import { startApp } from '../../../../src/main/electron/app'
import { app, FakeBrowserWindow, FakeWebContents, ipcMain, Menu, preventableEvent, protocol, session } from './fakeElectron'

vi.mock('electron', () => import('./fakeElectron'))

let userData: string

beforeEach(() => {
  userData = mkdtempSync(path.join(os.tmpdir(), 'pulso-app-'))
  app.paths.userData = userData
  app.removeAllListeners()
  app.requestSingleInstanceLock.mockReturnValue(true)
  vi.clearAllMocks()
  ipcMain.handlers.clear()
  FakeBrowserWindow.instances = []
  vi.stubEnv('ELECTRON_RENDERER_URL', '')
})

afterEach(() => {
  vi.unstubAllEnvs()
  rmSync(userData, { recursive: true, force: true })
})

async function started(): Promise<FakeBrowserWindow> {
  startApp()
  await vi.waitFor(() => expect(FakeBrowserWindow.instances).toHaveLength(1))
  return FakeBrowserWindow.instances[0]
}

describe('startApp', () => {
  it('quits at once when another instance holds the lock', () => {
    app.requestSingleInstanceLock.mockReturnValue(false)
    startApp()
    expect(app.quit).toHaveBeenCalledOnce()
    expect(app.enableSandbox).not.toHaveBeenCalled()
  })

  it('sandboxes every renderer and registers app:// before ready', () => {
    startApp()
    expect(app.enableSandbox).toHaveBeenCalledOnce()
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledOnce()
  })

  it('secures any webContents the app creates', () => {
    startApp()
    const contents = new FakeWebContents()
    app.emit('web-contents-created', {}, contents)
    const event = preventableEvent('https://evil.example/')
    contents.emit('will-navigate', event)
    expect(event.defaultPrevented()).toBe(true)
    expect(contents.windowOpenHandler?.({ url: 'https://x.example/' })).toEqual({ action: 'deny' })
  })

  it('opens one sandboxed window on the app’s own page, with the IPC, menu, session and protocol in place', async () => {
    const window = await started()
    expect(window.options).toMatchObject({ webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false } })
    expect(String((window.options.webPreferences as { preload: string }).preload)).toMatch(/preload[\\/]index\.js$/)
    expect(window.loadURL).toHaveBeenCalledWith('app://pulso/index.html')
    expect([...ipcMain.handlers.keys()].sort()).toEqual([...channelNames].sort())
    expect(Menu.setApplicationMenu).toHaveBeenCalled()
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function))
    expect(session.defaultSession.permissionRequestHandler).not.toBeNull()
  })

  it('runs the core with Electron’s userData, version and locale', async () => {
    const window = await started()
    const info = await ipcMain.handlers.get('app:info')?.({ sender: window.webContents, senderFrame: window.webContents.mainFrame }, {})
    expect(info).toEqual({ ok: true, value: { name: 'Pulso', version: '0.1.0', platform: process.platform, systemLocale: 'pt-BR', transport: 'electron', workspaceFolder: '/tmp/documents/Pulso' } })
  })

  it('sends a menu command to the window as an app:command event', async () => {
    const window = await started()
    const template = Menu.buildFromTemplate.mock.calls.at(-1)?.[0] as { submenu?: { id?: string; click?: () => void }[] }[]
    const palette = template.flatMap((menu) => menu.submenu ?? []).find((item) => item.id === 'workbench.commandPalette')
    palette?.click?.()
    expect(window.webContents.send).toHaveBeenCalledWith('pulso:event', { name: 'app:command', payload: { command: 'workbench.commandPalette' } })
  })

  it('rebuilds the menu in the language the user picks', async () => {
    const window = await started()
    const labels = () => (Menu.buildFromTemplate.mock.calls.at(-1)?.[0] as { label?: string }[]).map((m) => m.label)
    expect(labels()).toContain('Arquivo')
    await ipcMain.handlers.get('settings:update')?.({ sender: window.webContents, senderFrame: window.webContents.mainFrame }, { language: 'en' })
    expect(labels()).toContain('File')
  })

  it('keeps a single window: a second instance focuses it, a closed one is reopened on activate', async () => {
    const window = await started()
    app.emit('second-instance')
    expect(window.focus).toHaveBeenCalledOnce()
    window.emit('closed')
    app.emit('activate')
    expect(FakeBrowserWindow.instances).toHaveLength(2)
  })

  it('quits when every window is closed, except on macOS', async () => {
    await started()
    app.emit('window-all-closed')
    expect(app.quit).toHaveBeenCalledTimes(process.platform === 'darwin' ? 0 : 1)
  })
})
