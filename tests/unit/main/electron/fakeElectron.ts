/**
 * A stand-in for the `electron` module, enough of it for the adapter's tests:
 * `vi.mock('electron', () => import('./fakeElectron'))`. Each fake records what the
 * adapter registered so a test can call the listeners itself.
 */
import { EventEmitter } from 'node:events'
import { vi } from 'vitest'

type Handler = (...args: unknown[]) => unknown

/** A frame as `event.senderFrame` shows it. */
export interface FakeFrame {
  processId: number
  frameToken: string
  url: string
}

export class FakeWebContents extends EventEmitter {
  windowOpenHandler: Handler | null = null
  readonly send = vi.fn()
  mainFrame: FakeFrame = { processId: 1, frameToken: 'main-frame', url: 'app://pulso/index.html' }
  setWindowOpenHandler(handler: Handler): void {
    this.windowOpenHandler = handler
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static instances: FakeBrowserWindow[] = []
  static getAllWindows = (): FakeBrowserWindow[] => FakeBrowserWindow.instances.filter((w) => !w.destroyed)
  readonly webContents = new FakeWebContents()
  destroyed = false
  maximized = false
  normalBounds = { x: 10, y: 20, width: 1300, height: 900 }
  readonly loadURL = vi.fn(() => Promise.resolve())
  readonly show = vi.fn()
  readonly focus = vi.fn()
  readonly restore = vi.fn()
  readonly maximize = vi.fn(() => {
    this.maximized = true
  })
  constructor(readonly options: Record<string, unknown>) {
    super()
    FakeBrowserWindow.instances.push(this)
  }
  isDestroyed(): boolean {
    return this.destroyed
  }
  isMaximized(): boolean {
    return this.maximized
  }
  isMinimized(): boolean {
    return false
  }
  getNormalBounds(): { x: number; y: number; width: number; height: number } {
    return this.normalBounds
  }
}

export const BrowserWindow = FakeBrowserWindow

export const ipcMain = {
  handlers: new Map<string, Handler>(),
  handle: vi.fn((channel: string, handler: Handler) => {
    ipcMain.handlers.set(channel, handler)
  }),
  removeHandler: vi.fn((channel: string) => {
    ipcMain.handlers.delete(channel)
  }),
  listeners: new Map<string, Handler>(),
  on: vi.fn((channel: string, listener: Handler) => {
    ipcMain.listeners.set(channel, listener)
  }),
  removeListener: vi.fn((channel: string) => {
    ipcMain.listeners.delete(channel)
  })
}

/** A File from a real drop carries a path; one built by a page has none. */
export const webUtils = { getPathForFile: vi.fn((file: { path?: string }) => file.path ?? '') }

export const ipcRenderer = Object.assign(new EventEmitter(), { invoke: vi.fn((..._args: unknown[]) => Promise.resolve({ ok: true, value: 'from main' })), send: vi.fn() })

export const contextBridge = { exposeInMainWorld: vi.fn() }

export const shell = { openExternal: vi.fn(() => Promise.resolve()) }

/** A session that keeps the handlers it is given. */
export class FakeSession {
  permissionRequestHandler: Handler | null = null
  permissionCheckHandler: Handler | null = null
  headersReceived: Handler | null = null
  readonly webRequest = {
    onHeadersReceived: (listener: Handler) => {
      this.headersReceived = listener
    }
  }
  setPermissionRequestHandler(handler: Handler): void {
    this.permissionRequestHandler = handler
  }
  setPermissionCheckHandler(handler: Handler): void {
    this.permissionCheckHandler = handler
  }
}

export const session = { defaultSession: new FakeSession() }

export const screen = { getAllDisplays: vi.fn(() => [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }]) }

export const dialog = {
  showOpenDialog: vi.fn((..._args: unknown[]) => Promise.resolve({ canceled: false, filePaths: ['/data/crm.xlsx'] })),
  showSaveDialog: vi.fn((..._args: unknown[]) => Promise.resolve({ canceled: false, filePath: '/data/report.xlsx' }))
}

export const Menu = {
  buildFromTemplate: vi.fn((template: unknown) => ({ template })),
  setApplicationMenu: vi.fn()
}

export const protocol = {
  registerSchemesAsPrivileged: vi.fn(),
  handlers: new Map<string, Handler>(),
  handle: vi.fn((scheme: string, handler: Handler) => {
    protocol.handlers.set(scheme, handler)
  })
}

export const app = Object.assign(new EventEmitter(), {
  isPackaged: false,
  name: 'Pulso',
  paths: { userData: '/tmp/pulso-test-user-data' } as Record<string, string>,
  getPath: vi.fn((name: string) => app.paths[name] ?? `/tmp/${name}`),
  getVersion: vi.fn(() => '0.1.0'),
  getLocale: vi.fn(() => 'pt-BR'),
  requestSingleInstanceLock: vi.fn(() => true),
  enableSandbox: vi.fn(),
  quit: vi.fn(),
  whenReady: vi.fn(() => Promise.resolve())
})

/** An event the adapter can prevent, as Electron passes to `will-navigate` and friends. */
export function preventableEvent(url = ''): { url: string; preventDefault: ReturnType<typeof vi.fn>; defaultPrevented: () => boolean } {
  const preventDefault = vi.fn()
  return { url, preventDefault, defaultPrevented: () => preventDefault.mock.calls.length > 0 }
}
