/** The Electron main process entry (electron-vite builds it to out/main/index.js). */
import { startApp } from './electron/app'

startApp()
