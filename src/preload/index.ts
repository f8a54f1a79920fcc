/**
 * The preload of the main window (sandboxed, so electron-vite bundles it as one CommonJS
 * file). It puts `window.pulso` on the page and nothing else, and reports files dropped on the window.
 */
import { contextBridge } from 'electron'
import { createBridge } from './bridge'
import { forwardDroppedFiles, type DropTarget } from './dropped'

contextBridge.exposeInMainWorld('pulso', createBridge())
forwardDroppedFiles(globalThis as unknown as DropTarget)
