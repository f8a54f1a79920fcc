import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { shellLabels } from '../../../../src/main/electron/labels'
import { installApplicationMenu, menuTemplate, type MenuCommand, type MenuContext } from '../../../../src/main/electron/menu'
import { Menu } from './fakeElectron'

vi.mock('electron', () => import('./fakeElectron'))

function context(change: Partial<MenuContext> = {}): MenuContext {
  return { platform: 'linux', isPackaged: true, appName: 'Pulso', labels: shellLabels.en, run: vi.fn(), ...change }
}

function items(menu: MenuItemConstructorOptions): MenuItemConstructorOptions[] {
  return Array.isArray(menu.submenu) ? menu.submenu : []
}

function find(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions {
  const menu = template.find((m) => m.label === label)
  if (!menu) throw new Error(`no ${label} menu`)
  return menu
}

/** Clicks an item as Electron would; the adapter's click ignores its arguments. */
function click(item: MenuItemConstructorOptions): void {
  const handler = item.click as (() => void) | undefined
  handler?.()
}

describe('menuTemplate', () => {
  it('has File, Edit, View and Help on Windows and Linux', () => {
    expect(menuTemplate(context()).map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Help'])
  })

  it('adds the app menu and Window on macOS', () => {
    const template = menuTemplate(context({ platform: 'darwin' }))
    expect(template.map((m) => m.label)).toEqual(['Pulso', 'File', 'Edit', 'View', 'Window', 'Help'])
    expect(items(template[0]).map((i) => i.role ?? i.id)).toContain('quit')
  })

  it('sends each workbench command of the File, View and Help menus', () => {
    const run = vi.fn()
    const template = menuTemplate(context({ run }))
    const expected: Record<string, MenuCommand[]> = {
      File: ['file.openSpreadsheets', 'file.openWorkspace', 'file.save', 'file.saveAs', 'file.exportReport'],
      View: ['workbench.commandPalette', 'workbench.toggleSideBar', 'workbench.togglePanel', 'workbench.splitEditor', 'workbench.toggleTheme'],
      Help: ['help.keyboardShortcuts', 'help.about']
    }
    for (const [menu, commands] of Object.entries(expected)) {
      const commandItems = items(find(template, menu)).filter((i) => i.click)
      expect(commandItems.map((i) => i.id)).toEqual(commands)
      for (const item of commandItems) {
        run.mockClear()
        click(item)
        expect(run).toHaveBeenCalledWith(item.id)
      }
    }
  })

  it('ends File with Quit', () => {
    expect(items(find(menuTemplate(context()), 'File')).at(-1)).toEqual({ role: 'quit' })
  })

  it('uses Electron’s roles for editing', () => {
    const roles = items(find(menuTemplate(context()), 'Edit')).map((i) => i.role).filter(Boolean)
    expect(roles).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll'])
  })

  it('shows the palette shortcut without registering it, so the workbench gets the key once', () => {
    const palette = items(find(menuTemplate(context()), 'View')).find((i) => i.id === 'workbench.commandPalette')
    expect(palette).toMatchObject({ accelerator: 'CmdOrCtrl+Shift+P', registerAccelerator: false })
  })

  it('offers developer tools only in an unpackaged build', () => {
    const roles = (packaged: boolean) => items(find(menuTemplate(context({ isPackaged: packaged })), 'View')).map((i) => i.role)
    expect(roles(true)).not.toContain('toggleDevTools')
    expect(roles(false)).toContain('toggleDevTools')
    expect(roles(true)).toEqual(expect.arrayContaining(['resetZoom', 'zoomIn', 'zoomOut']))
  })

  it('speaks Portuguese when the interface does', () => {
    expect(menuTemplate(context({ labels: shellLabels['pt-BR'] })).map((m) => m.label)).toEqual(['Arquivo', 'Editar', 'Exibir', 'Ajuda'])
  })
})

describe('installApplicationMenu', () => {
  it('sets the built template as the application menu', () => {
    installApplicationMenu(context())
    const [template] = Menu.buildFromTemplate.mock.calls[0] as [MenuItemConstructorOptions[]]
    expect(template.map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Help'])
    expect(Menu.setApplicationMenu).toHaveBeenCalledOnce()
  })
})
