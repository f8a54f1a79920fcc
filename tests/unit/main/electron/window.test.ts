import type { BrowserWindow } from 'electron'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createMainWindow, windowPlacement } from '../../../../src/main/electron/window'
import { FakeBrowserWindow } from './fakeElectron'

vi.mock('electron', () => import('./fakeElectron'))

/** The options `createMainWindow` handed to `new BrowserWindow`. */
function optionsOf(bounds: Parameters<typeof createMainWindow>[2] = null): Record<string, unknown> {
  const window = createMainWindow('/app/out/preload/index.js', 'app://pulso/index.html', bounds) as unknown as FakeBrowserWindow
  return window.options
}

describe('createMainWindow options', () => {
  beforeEach(() => {
    FakeBrowserWindow.instances = []
  })

  it('isolates and sandboxes the renderer, with no Node and web security on', () => {
    expect(optionsOf().webPreferences).toEqual({
      preload: '/app/out/preload/index.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false
    })
  })

  it('stays hidden until ready, at least 1024x700, on a dark background', () => {
    expect(optionsOf()).toMatchObject({ show: false, minWidth: 1024, minHeight: 700, width: 1280, height: 800, backgroundColor: '#1e1e1e' })
  })

  it('opens at the remembered bounds when there are some', () => {
    const bounds = { x: 40, y: 30, width: 1400, height: 900, isMaximized: false }
    expect(optionsOf(bounds)).toMatchObject({ x: 40, y: 30, width: 1400, height: 900 })
    expect(windowPlacement(bounds)).toEqual({ x: 40, y: 30, width: 1400, height: 900 })
  })
})

describe('createMainWindow', () => {
  beforeEach(() => {
    FakeBrowserWindow.instances = []
  })

  it('builds one window and loads the given URL, shown only once ready', () => {
    const window = createMainWindow('/p.js', 'app://pulso/index.html', null) as unknown as FakeBrowserWindow
    expect(FakeBrowserWindow.instances).toEqual([window])
    expect(window.loadURL).toHaveBeenCalledWith('app://pulso/index.html')
    expect(window.show).not.toHaveBeenCalled()
    window.emit('ready-to-show')
    expect(window.show).toHaveBeenCalledOnce()
    expect(window.maximize).not.toHaveBeenCalled()
  })

  it('maximizes again a window that was maximized', () => {
    const window: BrowserWindow = createMainWindow('/p.js', 'app://pulso/index.html', { x: 0, y: 0, width: 1300, height: 800, isMaximized: true })
    window.emit('ready-to-show')
    expect((window as unknown as FakeBrowserWindow).maximize).toHaveBeenCalledOnce()
  })
})
