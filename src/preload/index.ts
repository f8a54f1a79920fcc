/**
 * The preload of the main window (sandboxed, so electron-vite bundles it as one CommonJS
 * file). It puts `window.pulso` on the page and nothing else.
 */
import { contextBridge } from 'electron'
import { createBridge } from './bridge'

contextBridge.exposeInMainWorld('pulso', createBridge())
