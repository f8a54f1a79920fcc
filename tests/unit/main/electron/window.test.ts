import type { BrowserWindow } from 'electron'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createMainWindow, mainWindowOptions } from '../../../../src/main/electron/window'
import { FakeBrowserWindow } from './fakeElectron'

vi.mock('electron', () => import('./fakeElectron'))

describe('mainWindowOptions', () => {
  const options = mainWindowOptions('/app/out/preload/index.js', null)

  it('isolates and sandboxes the renderer, with no Node and web security on', () => {
    expect(options.webPreferences).toMatchObject({
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
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false
    })
  })

  it('stays hidden until ready, at least 1024x700, on a dark background', () => {
    expect(options).toMatchObject({ show: false, minWidth: 1024, minHeight: 700, backgroundColor: '#1e1e1e' })
  })

  it('opens at the remembered bounds when there are some', () => {
    const placed = mainWindowOptions('/p.js', { x: 40, y: 30, width: 1400, height: 900, isMaximized: false })
    expect(placed).toMatchObject({ x: 40, y: 30, width: 1400, height: 900 })
  })
})

describe('createMainWindow', () => {
  beforeEach(() => {
    FakeBrowserWindow.instances = []
  })

  it('builds the window from mainWindowOptions and loads the given URL', () => {
    const window = createMainWindow('/p.js', 'app://pulso/index.html', null) as unknown as FakeBrowserWindow
    expect(window.options).toEqual(mainWindowOptions('/p.js', null))
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
