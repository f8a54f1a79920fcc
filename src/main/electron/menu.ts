import { Menu, type MenuItemConstructorOptions } from 'electron'
import type { ShellLabels } from './labels'

/** The workbench commands the native menu can run, as the renderer's command registry names them. */
export type MenuCommand =
  | 'file.openSpreadsheets'
  | 'file.openWorkspace'
  | 'file.save'
  | 'file.saveAs'
  | 'file.exportReport'
  | 'workbench.commandPalette'
  | 'workbench.toggleSideBar'
  | 'workbench.togglePanel'
  | 'workbench.splitEditor'
  | 'workbench.toggleTheme'
  | 'help.about'
  | 'help.keyboardShortcuts'

/**
 * The shortcuts the menu shows beside its commands. The renderer owns the keybindings
 * (its palette lists them), so the menu displays them without registering them:
 * a key press reaches the workbench once, never twice.
 */
export const menuShortcuts: Partial<Record<MenuCommand, string>> = {
  'file.openSpreadsheets': 'CmdOrCtrl+O',
  'file.openWorkspace': 'CmdOrCtrl+Shift+O',
  'file.save': 'CmdOrCtrl+S',
  'file.saveAs': 'CmdOrCtrl+Shift+S',
  'file.exportReport': 'CmdOrCtrl+E',
  'workbench.commandPalette': 'CmdOrCtrl+Shift+P',
  'workbench.toggleSideBar': 'CmdOrCtrl+B',
  'workbench.togglePanel': 'CmdOrCtrl+J',
  'workbench.splitEditor': 'CmdOrCtrl+\\'
}

/** What the menu template depends on, passed in so a test builds it without Electron. */
export interface MenuContext {
  platform: NodeJS.Platform
  isPackaged: boolean
  appName: string
  labels: ShellLabels
  /** Runs a workbench command in the main window (the `app:command` event). */
  run: (command: MenuCommand) => void
}

/**
 * The application menu: File, Edit, View, Help (plus the app and Window menus on macOS).
 * Workbench items send their command to the renderer; editing, zoom and quit use
 * Electron's roles; developer tools exist only in an unpackaged build.
 */
export function menuTemplate(context: MenuContext): MenuItemConstructorOptions[] {
  const { labels, run } = context
  const isMac = context.platform === 'darwin'
  const command = (id: MenuCommand, label: string): MenuItemConstructorOptions => {
    const shortcut = menuShortcuts[id]
    return { id, label, click: () => run(id), ...(shortcut ? { accelerator: shortcut, registerAccelerator: false } : {}) }
  }
  const separator: MenuItemConstructorOptions = { type: 'separator' }

  const appMenu: MenuItemConstructorOptions = {
    label: context.appName,
    submenu: [command('help.about', labels.about), separator, { role: 'services' }, separator, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, separator, { role: 'quit' }]
  }
  const fileMenu: MenuItemConstructorOptions = {
    label: labels.file,
    submenu: [
      command('file.openSpreadsheets', labels.openSpreadsheets),
      command('file.openWorkspace', labels.openWorkspace),
      separator,
      command('file.save', labels.save),
      command('file.saveAs', labels.saveAs),
      separator,
      command('file.exportReport', labels.exportReport),
      separator,
      isMac ? { role: 'close' } : { role: 'quit' }
    ]
  }
  const editMenu: MenuItemConstructorOptions = {
    label: labels.edit,
    submenu: [{ role: 'undo' }, { role: 'redo' }, separator, { role: 'cut' }, { role: 'copy' }, { role: 'paste' }, separator, { role: 'selectAll' }]
  }
  const viewMenu: MenuItemConstructorOptions = {
    label: labels.view,
    submenu: [
      command('workbench.commandPalette', labels.commandPalette),
      separator,
      command('workbench.toggleSideBar', labels.toggleSideBar),
      command('workbench.togglePanel', labels.togglePanel),
      command('workbench.splitEditor', labels.splitEditor),
      command('workbench.toggleTheme', labels.toggleTheme),
      separator,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
      ...(context.isPackaged ? [] : [separator, { role: 'toggleDevTools' } satisfies MenuItemConstructorOptions])
    ]
  }
  const windowMenu: MenuItemConstructorOptions = { label: labels.window, role: 'windowMenu' }
  const helpMenu: MenuItemConstructorOptions = {
    label: labels.help,
    role: 'help',
    submenu: [command('help.keyboardShortcuts', labels.keyboardShortcuts), ...(isMac ? [] : [separator, command('help.about', labels.about)])]
  }
  return isMac ? [appMenu, fileMenu, editMenu, viewMenu, windowMenu, helpMenu] : [fileMenu, editMenu, viewMenu, helpMenu]
}

/** Builds the menu from the template and makes it the application menu. */
export function installApplicationMenu(context: MenuContext): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(context)))
}
