import { dialog, type BrowserWindow, type FileFilter, type OpenDialogOptions, type SaveDialogOptions } from 'electron'
import type { ParsedRequestOf } from '../../shared/api'
import type { ShellHost } from '../host'
import type { ShellLabels } from './labels'

type OpenPurpose = ParsedRequestOf<'dialog:openFiles'>['purpose']
type SavePurpose = ParsedRequestOf<'dialog:saveFile'>['purpose']

const saveExtensions: Record<SavePurpose, string> = { workspace: 'pulso', report: 'xlsx', csv: 'csv' }

function openFilters(purpose: OpenPurpose, labels: ShellLabels): FileFilter[] {
  return purpose === 'spreadsheets'
    ? [{ name: labels.spreadsheets, extensions: ['xlsx', 'xls', 'csv', 'txt'] }]
    : [{ name: labels.workspace, extensions: ['pulso'] }]
}

/** The name to suggest, with the extension the purpose needs and no folder part. */
function suggestedFileName(purpose: SavePurpose, suggested: string): string | undefined {
  const base = suggested.split(/[\\/]/).pop()?.trim() ?? ''
  if (!base) return undefined
  const extension = `.${saveExtensions[purpose]}`
  return base.toLowerCase().endsWith(extension) ? base : `${base}${extension}`
}

/** Options of the open dialog for a purpose. */
export function openDialogOptions(request: ParsedRequestOf<'dialog:openFiles'>, labels: ShellLabels): OpenDialogOptions {
  return {
    title: request.purpose === 'spreadsheets' ? labels.openSpreadsheetsTitle : labels.openWorkspaceTitle,
    filters: openFilters(request.purpose, labels),
    properties: request.multiple ? ['openFile', 'multiSelections'] : ['openFile']
  }
}

/** Options of the save dialog for a purpose. */
export function saveDialogOptions(request: ParsedRequestOf<'dialog:saveFile'>, labels: ShellLabels): SaveDialogOptions {
  const titles: Record<SavePurpose, string> = { workspace: labels.saveWorkspaceTitle, report: labels.saveReportTitle, csv: labels.saveCsvTitle }
  const names: Record<SavePurpose, string> = { workspace: labels.workspace, report: labels.report, csv: labels.csv }
  const defaultPath = suggestedFileName(request.purpose, request.suggestedName)
  return {
    title: titles[request.purpose],
    filters: [{ name: names[request.purpose], extensions: [saveExtensions[request.purpose]] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
    ...(defaultPath ? { defaultPath } : {})
  }
}

/**
 * The desktop `ShellHost`: native open and save dialogs, modal to the main window when
 * there is one. A cancelled dialog answers no paths (open) or null (save).
 */
export function electronShellHost(window: () => BrowserWindow | null, labels: () => ShellLabels): ShellHost {
  return {
    async openFiles(request) {
      const parent = window()
      const options = openDialogOptions(request, labels())
      const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options)
      return result.canceled ? [] : result.filePaths
    },
    async saveFile(request) {
      const parent = window()
      const options = saveDialogOptions(request, labels())
      const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options)
      return result.canceled || !result.filePath ? null : result.filePath
    }
  }
}
