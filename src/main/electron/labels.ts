import { languageForLocale, type Language } from '../../shared/model/settings'

/**
 * The words of the native shell (menu, dialogs) in the interface's languages. The
 * renderer's texts live in its own i18n; these are the few the main process shows.
 */
export const shellLabels = {
  en: {
    file: 'File',
    openSpreadsheets: 'Open Spreadsheets…',
    openWorkspace: 'Open Workspace…',
    save: 'Save',
    saveAs: 'Save As…',
    exportReport: 'Export Report…',
    edit: 'Edit',
    view: 'View',
    commandPalette: 'Command Palette…',
    toggleSideBar: 'Toggle Side Bar',
    togglePanel: 'Toggle Panel',
    splitEditor: 'Split Editor',
    toggleTheme: 'Toggle Light/Dark Theme',
    window: 'Window',
    help: 'Help',
    about: 'About Pulso',
    keyboardShortcuts: 'Keyboard Shortcuts',
    spreadsheets: 'Spreadsheets',
    workspace: 'Pulso workspace',
    report: 'Excel report',
    csv: 'CSV file',
    openSpreadsheetsTitle: 'Open spreadsheets',
    openWorkspaceTitle: 'Open workspace',
    saveWorkspaceTitle: 'Save workspace',
    saveReportTitle: 'Export report',
    saveCsvTitle: 'Export CSV'
  },
  'pt-BR': {
    file: 'Arquivo',
    openSpreadsheets: 'Abrir planilhas…',
    openWorkspace: 'Abrir espaço de trabalho…',
    save: 'Salvar',
    saveAs: 'Salvar como…',
    exportReport: 'Exportar relatório…',
    edit: 'Editar',
    view: 'Exibir',
    commandPalette: 'Paleta de comandos…',
    toggleSideBar: 'Alternar barra lateral',
    togglePanel: 'Alternar painel',
    splitEditor: 'Dividir editor',
    toggleTheme: 'Alternar tema claro/escuro',
    window: 'Janela',
    help: 'Ajuda',
    about: 'Sobre o Pulso',
    keyboardShortcuts: 'Atalhos de teclado',
    spreadsheets: 'Planilhas',
    workspace: 'Espaço de trabalho do Pulso',
    report: 'Relatório Excel',
    csv: 'Arquivo CSV',
    openSpreadsheetsTitle: 'Abrir planilhas',
    openWorkspaceTitle: 'Abrir espaço de trabalho',
    saveWorkspaceTitle: 'Salvar espaço de trabalho',
    saveReportTitle: 'Exportar relatório',
    saveCsvTitle: 'Exportar CSV'
  }
} satisfies Record<Language, Record<string, string>>

/** The shell's words in one language. */
export type ShellLabels = (typeof shellLabels)['en']

/** The shell's words for the chosen interface language; 'system' follows the OS locale. */
export function labelsFor(language: Language | 'system', systemLocale: string): ShellLabels {
  return shellLabels[language === 'system' ? languageForLocale(systemLocale) : language]
}
