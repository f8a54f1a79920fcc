import path from 'node:path'
import { app, BrowserWindow, session } from 'electron'
import { Core } from '../core'
import { createHandlers, type HandlerTable } from '../handlers'
import { electronShellHost } from './dialogs'
import { registerDroppedFiles } from './droppedFiles'
import { forwardEvents, registerIpc } from './ipc'
import { labelsFor } from './labels'
import { installApplicationMenu } from './menu'
import { rendererSource } from './origin'
import { registerAppScheme, serveRenderer } from './protocol'
import { secureSession, secureWebContents } from './security'
import { createMainWindow } from './window'
import { loadWindowBounds, rememberWindowBounds } from './windowState'

/**
 * Starts the desktop app: one instance, one window, every renderer sandboxed. The core
 * is the same one the CLI and the bridge use; this only wires it to Electron.
 */
export function startApp(): void {
  if (!app.requestSingleInstanceLock()) {
    app.quit()
    return
  }
  app.enableSandbox()
  registerAppScheme()
  const source = rendererSource(app.isPackaged, process.env.ELECTRON_RENDERER_URL)
  app.on('web-contents-created', (_event, contents) => secureWebContents(contents, source))

  let mainWindow: BrowserWindow | null = null
  const focusMainWindow = (): void => {
    if (!mainWindow) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
  }
  app.on('second-instance', focusMainWindow)
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })

  void app.whenReady().then(() => {
    secureSession(session.defaultSession)
    serveRenderer(path.join(__dirname, '../renderer'))
    const core = new Core({
      configDir: app.getPath('userData'),
      version: app.getVersion(),
      platform: process.platform,
      systemLocale: app.getLocale(),
      transport: 'electron',
      restrictPaths: true,
      recoverSessions: true,
      workspaceFolder: path.join(app.getPath('documents'), 'Pulso'),
      importWorkerFile: path.join(__dirname, 'import-worker.js')
    })
    // A session marker a clean quit removes: after a crash the next start offers a restore.
    core.recovery?.begin()
    app.on('will-quit', () => {
      core.recovery?.end()
      core.dispose()
    })
    const labels = () => labelsFor(core.settings.get().language, app.getLocale())
    const installMenu = (): void =>
      installApplicationMenu({
        platform: process.platform,
        isPackaged: app.isPackaged,
        appName: app.name,
        labels: labels(),
        run: (command) => core.events.emit('app:command', { command })
      })
    const shared = createHandlers(core, electronShellHost(() => mainWindow, labels))
    const handlers: HandlerTable = {
      ...shared,
      'settings:update': async (change) => {
        const settings = await shared['settings:update'](change)
        installMenu()
        return settings
      }
    }
    registerIpc(handlers, () => mainWindow, source)
    registerDroppedFiles(core, () => mainWindow, source)
    installMenu()

    const openMainWindow = (): void => {
      if (mainWindow) return focusMainWindow()
      const window = createMainWindow(path.join(__dirname, '../preload/index.js'), source.url, loadWindowBounds())
      rememberWindowBounds(window)
      forwardEvents(core.events, window)
      window.on('closed', () => {
        mainWindow = null
      })
      mainWindow = window
    }
    openMainWindow()
    app.on('activate', openMainWindow)
  })
}
