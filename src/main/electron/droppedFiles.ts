import { ipcMain, type BrowserWindow } from 'electron'
import path from 'node:path'
import { droppedFilesChannel } from '../../shared/channels'
import type { Core } from '../core'
import { isTrustedSender } from './ipc'
import type { RendererSource } from './origin'

const maxDroppedFiles = 100

/**
 * Accepts the paths of files dropped on the main window (sent by the preload), allows the
 * core to read them, and tells the workbench (`files:dropped`). Anything not from the
 * app's own frame, or not a list of absolute paths, is ignored. Answers the unregister function.
 */
export function registerDroppedFiles(core: Core, window: () => BrowserWindow | null, source: RendererSource): () => void {
  const listener = (event: Electron.IpcMainEvent, paths: unknown) => {
    if (!isTrustedSender(event, window(), source)) return
    if (!Array.isArray(paths) || paths.length === 0 || paths.length > maxDroppedFiles) return
    if (!paths.every((p): p is string => typeof p === 'string' && p.length < 4096 && path.isAbsolute(p))) return
    core.grants.grant(...paths)
    core.events.emit('files:dropped', { paths })
  }
  ipcMain.on(droppedFilesChannel, listener)
  return () => ipcMain.removeListener(droppedFilesChannel, listener)
}
