import { useAppStore } from '../stores/app'
import { useCommandsStore, type Command } from '../stores/commands'
import { useLogStore } from '../stores/log'
import { useWorkbenchStore } from '../stores/workbench'

/** The workbench's own commands: layout, editors, preferences, help. */
export function registerWorkbenchCommands(): void {
  const workbench = useWorkbenchStore()
  const app = useAppStore()
  const log = useLogStore()
  const commands: Command[] = [
    { id: 'workbench.commandPalette', titleKey: 'commandPalette', category: 'view', keys: ['Ctrl+Shift+P', 'F1'], run: () => void (workbench.paletteOpen = true) },
    { id: 'workbench.showExplorer', titleKey: 'showExplorer', category: 'view', keys: ['Ctrl+Shift+E'], run: () => workbench.showActivity('explorer') },
    { id: 'workbench.toggleSideBar', titleKey: 'toggleSideBar', category: 'view', keys: ['Ctrl+B'], run: () => workbench.toggleSideBar() },
    { id: 'workbench.togglePanel', titleKey: 'togglePanel', category: 'view', keys: ['Ctrl+J'], run: () => workbench.togglePanel() },
    { id: 'workbench.showProblems', titleKey: 'showProblems', category: 'view', keys: ['Ctrl+Shift+M'], run: () => workbench.showPanel('problems') },
    { id: 'workbench.showOutput', titleKey: 'showOutput', category: 'view', keys: ['Ctrl+Shift+U'], run: () => workbench.showPanel('output') },
    { id: 'workbench.splitEditor', titleKey: 'splitEditor', category: 'view', keys: ['Ctrl+\\'], run: () => workbench.splitEditor() },
    { id: 'workbench.closeEditor', titleKey: 'closeEditor', category: 'view', keys: ['Ctrl+W', 'Ctrl+F4'], run: () => workbench.closeActiveTab() },
    { id: 'workbench.focusFirstGroup', titleKey: 'focusFirstGroup', category: 'view', keys: ['Ctrl+1'], run: () => workbench.focusGroup(0) },
    { id: 'workbench.focusSecondGroup', titleKey: 'focusSecondGroup', category: 'view', keys: ['Ctrl+2'], run: () => workbench.focusGroup(1) },
    { id: 'workbench.nextEditor', titleKey: 'nextEditor', category: 'view', keys: ['Ctrl+PageDown'], run: () => workbench.cycleTab(1) },
    { id: 'workbench.previousEditor', titleKey: 'previousEditor', category: 'view', keys: ['Ctrl+PageUp'], run: () => workbench.cycleTab(-1) },
    { id: 'workbench.openWelcome', titleKey: 'openWelcome', category: 'help', run: () => workbench.openEditor('welcome') },
    { id: 'workbench.openSettings', titleKey: 'openSettings', category: 'preferences', keys: ['Ctrl+,'], run: () => workbench.openEditor('settings') },
    { id: 'help.keyboardShortcuts', titleKey: 'openShortcuts', category: 'help', run: () => workbench.openEditor('shortcuts') },
    { id: 'workbench.toggleTheme', titleKey: 'toggleTheme', category: 'preferences', run: () => app.updateSettings({ theme: app.theme === 'dark' ? 'light' : 'dark' }) },
    { id: 'preferences.themeLight', titleKey: 'themeLight', category: 'preferences', run: () => app.updateSettings({ theme: 'light' }) },
    { id: 'preferences.themeDark', titleKey: 'themeDark', category: 'preferences', run: () => app.updateSettings({ theme: 'dark' }) },
    { id: 'preferences.languagePt', titleKey: 'languagePt', category: 'preferences', run: () => app.updateSettings({ language: 'pt-BR' }) },
    { id: 'preferences.languageEn', titleKey: 'languageEn', category: 'preferences', run: () => app.updateSettings({ language: 'en' }) },
    {
      id: 'help.about',
      titleKey: 'about',
      category: 'help',
      run: () => {
        const info = app.info
        if (info) log.log(`${info.name} ${info.version} (${info.transport}, ${info.platform})`)
        workbench.showPanel('output')
      }
    }
  ]
  useCommandsStore().register(...commands)
}
