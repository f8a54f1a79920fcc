import { BrowserWindow } from 'electron'
import type { WindowBounds } from './windowState'

/** The workbench's dark background, shown before the first paint so the window never flashes white. */
export const windowBackground = '#1e1e1e'

/** Where the window opens: the remembered bounds when there are some, 1280x800 otherwise. */
export function windowPlacement(bounds: WindowBounds | null): { x?: number; y?: number; width: number; height: number } {
  return bounds ? { x: bounds.x, y: bounds.y, width: bounds.width, height: bounds.height } : { width: 1280, height: 800 }
}

/**
 * Creates the main window, shown once its first frame is ready (maximized again if it
 * was), and loads the workbench from `url`.
 *
 * This call is the one place the main window's options live, written as a literal so
 * that both a reader and `npm run audit:electron` (electronegativity reads the object
 * passed to `new BrowserWindow`) see everything that makes the renderer safe: context
 * isolation, the sandbox, no Node, web security, no `<webview>`, no middle-click
 * windows; the only bridge is the preload's `window.pulso`.
 */
export function createMainWindow(preload: string, url: string, bounds: WindowBounds | null): BrowserWindow {
  const window = new BrowserWindow({
    ...windowPlacement(bounds),
    minWidth: 1024,
    minHeight: 700,
    show: false,
    title: 'Pulso',
    backgroundColor: windowBackground,
    autoHideMenuBar: false,
    webPreferences: {
      preload,
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
      // A middle click opens a link in a new window: refused at the source too.
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false
    }
  })
  window.once('ready-to-show', () => {
    if (bounds?.isMaximized) window.maximize()
    window.show()
  })
  void window.loadURL(url)
  return window
}
