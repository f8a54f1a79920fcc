import { inject, type App, type InjectionKey } from 'vue'
import type { PulsoError } from '../../shared/model/result'
import { ApiError, type PulsoClient } from './client'

/**
 * Choosing files and places, whatever the transport: Electron has native dialogs and
 * real paths; the browser picks files with an `<input type="file">` and uploads them to
 * the bridge, and saves workspaces into Pulso's workspace folder by name. Views and
 * stores only see this interface.
 */
export interface FileAccess {
  /** Spreadsheets to import, as paths the core may read; empty when cancelled. */
  chooseSpreadsheets(): Promise<string[]>
  /** A workspace file to open; null when cancelled. */
  chooseWorkspace(): Promise<string | null>
  /** Where to save the workspace; null when cancelled. */
  chooseSaveLocation(suggestedName: string): Promise<string | null>
  /** Files dropped on the window, as paths the core may read. */
  receiveDropped(files: readonly File[]): Promise<string[]>
  /** True in the browser: there is no save dialog, files are saved by name into Pulso's folder (the page asks the name). */
  readonly savesByName: boolean
  /** Where to write an Excel report: the native dialog in Electron (`name` suggested); in the browser `name` in Pulso's folder. Null when cancelled. */
  chooseReportLocation(name: string): Promise<string | null>
  /** Where to write an exported list as `format`: the native dialog in Electron (`name` suggested); in the browser `name` in Pulso's folder. Null when cancelled. */
  chooseExportLocation(name: string, format: ExportFormat): Promise<string | null>
  /** Hands a file the core wrote to the user: the browser downloads it; in Electron it already is where the user chose. */
  deliver(path: string): void
}

/** What the file access needs from the rest of the app. */
export interface FileAccessHost {
  /** Pulso's own workspaces folder (`app:info`), where the browser saves. */
  workspaceFolder(): string | undefined
  /** Asks the user for a workspace name; null when cancelled. */
  askWorkspaceName(suggested: string, folder: string): Promise<string | null>
}

/** The file formats of exported lists. */
export type ExportFormat = 'xlsx' | 'csv'

const spreadsheetTypes = '.csv,.txt,.tsv,.xlsx,.xlsm'

/**
 * A safe path for a name typed by the user inside `folder`, ending in `.extension`:
 * separators and characters that no file system accepts become `-`, and the extension is
 * added once. Null when nothing usable is left of the name.
 */
export function filePathIn(folder: string, name: string, extension: string): string | null {
  const cleaned = name
    .trim()
    .replace(new RegExp(`\\.${extension}$`, 'i'), '')
    .replace(/[\\/:*?"<>|]+/g, '-')
    .replace(/\p{Cc}+/gu, '')
    .replace(/^[.\s-]+/, '')
    .trim()
    .slice(0, 120)
  if (!cleaned) return null
  const separator = folder.includes('\\') && !folder.includes('/') ? '\\' : '/'
  return `${folder.replace(/[\\/]+$/, '')}${separator}${cleaned}.${extension}`
}

/** A safe `.pulso` path in `folder` for a typed name (see `filePathIn`). */
export function workspacePathIn(folder: string, name: string): string | null {
  return filePathIn(folder, name, 'pulso')
}

/** The bridge's address of a file the core wrote: `GET /download?path=…` sends it as an attachment. */
export function downloadUrl(path: string): string {
  return `/download?path=${encodeURIComponent(path)}`
}

/** Starts the browser's download of a file the bridge sends (the token travels in the page's cookie). */
function download(path: string): void {
  const link = document.createElement('a')
  link.href = downloadUrl(path)
  link.download = path.split(/[\\/]/).pop() ?? ''
  link.hidden = true
  document.body.append(link)
  link.click()
  link.remove()
}

/** Opens the browser's file picker; resolves the chosen files, or none when cancelled. */
function pickLocalFiles(accept: string, multiple: boolean): Promise<File[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = accept
    input.multiple = multiple
    input.hidden = true
    input.dataset.testid = 'file-input'
    const finish = (files: File[]) => {
      input.remove()
      resolve(files)
    }
    input.addEventListener('change', () => finish([...(input.files ?? [])]))
    input.addEventListener('cancel', () => finish([]))
    document.body.append(input)
    input.click()
  })
}

/** Sends one file to the bridge (`POST /upload`); answers the server path it was saved to. */
async function uploadFile(file: File): Promise<string> {
  const response = await fetch(`/upload?name=${encodeURIComponent(file.name)}`, { method: 'POST', body: file, credentials: 'same-origin' })
  if (!response.ok) throw new ApiError({ code: response.status === 413 ? 'bad-file' : 'internal', message: await response.text(), details: { file: file.name } })
  const answer = (await response.json()) as { path?: unknown }
  if (typeof answer.path !== 'string') throw new ApiError({ code: 'internal', message: 'The bridge did not say where it saved the upload.', details: { file: file.name } })
  return answer.path
}

function unsupported(message: string): ApiError {
  const error: PulsoError = { code: 'unsupported', message }
  return new ApiError(error)
}

/**
 * In the desktop app the preload reports the real paths of dropped files to the core,
 * which allows them and answers `files:dropped`; files without a path (made by a page,
 * or dragged from a browser) never arrive, and after a few seconds the drop is refused.
 */
function droppedPaths(client: PulsoClient, waitMs = 3000): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      stop()
      reject(unsupported('The dropped items are not files on this computer: drop spreadsheets from your file manager.'))
    }, waitMs)
    const stop = client.on('files:dropped', ({ paths }) => {
      clearTimeout(timer)
      stop()
      resolve(paths)
    })
  })
}

/** The file access for this client's transport. */
export function createFileAccess(client: PulsoClient, host: FileAccessHost): FileAccess {
  if (client.transport === 'electron') {
    return {
      chooseSpreadsheets: () => client.call('dialog:openFiles', { purpose: 'spreadsheets', multiple: true }),
      chooseWorkspace: async () => (await client.call('dialog:openFiles', { purpose: 'workspace', multiple: false }))[0] ?? null,
      chooseSaveLocation: (suggestedName) => client.call('dialog:saveFile', { purpose: 'workspace', suggestedName }),
      receiveDropped: (dropped) => (dropped.length === 0 ? Promise.resolve([]) : droppedPaths(client)),
      savesByName: false,
      chooseReportLocation: (name) => client.call('dialog:saveFile', { purpose: 'report', suggestedName: name }),
      // The core's save dialog has no purpose of its own for a workbook that is not the report: 'report' filters .xlsx.
      chooseExportLocation: (name, format) => client.call('dialog:saveFile', { purpose: format === 'csv' ? 'csv' : 'report', suggestedName: name }),
      deliver: () => undefined
    }
  }
  const folderOf = () => {
    const folder = host.workspaceFolder()
    if (!folder) throw unsupported('Pulso’s workspace folder is unknown.')
    return folder
  }
  const uploadAll = (files: readonly File[]) => Promise.all(files.map(uploadFile))
  return {
    chooseSpreadsheets: async () => uploadAll(await pickLocalFiles(spreadsheetTypes, true)),
    chooseWorkspace: async () => {
      const [file] = await pickLocalFiles('.pulso', false)
      return file ? uploadFile(file) : null
    },
    chooseSaveLocation: async (suggestedName) => {
      const folder = folderOf()
      const name = await host.askWorkspaceName(suggestedName, folder)
      return name === null ? null : workspacePathIn(folder, name)
    },
    receiveDropped: uploadAll,
    savesByName: true,
    chooseReportLocation: async (name) => filePathIn(folderOf(), name, 'xlsx'),
    chooseExportLocation: async (name, format) => filePathIn(folderOf(), name, format),
    deliver: download
  }
}

const fileAccessKey: InjectionKey<FileAccess> = Symbol('pulso-file-access')

/** Makes the file access available to every store and component of the app. */
export function provideFileAccess(app: App, files: FileAccess): void {
  app.provide(fileAccessKey, files)
}

export function useFileAccess(): FileAccess {
  const files = inject(fileAccessKey)
  if (!files) throw new Error('The file access was not provided to this app.')
  return files
}
