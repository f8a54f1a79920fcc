import { existsSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'electron-vite'

const root = dirname(fileURLToPath(import.meta.url))

/** The import worker, once the core has one: built beside the main entry, as the CLI build puts it beside pulso.js. */
const importWorker = resolve(root, 'src/main/core/importWorker.ts')

/**
 * The desktop build: the main process (out/main), the sandboxed preload (out/preload,
 * one CommonJS file with everything but `electron` inlined: a sandboxed preload can
 * neither be ESM nor require anything else) and the workbench (out/renderer, loaded
 * from `app://pulso/`).
 */
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rolldownOptions: {
        input: { index: resolve(root, 'src/main/index.ts'), ...(existsSync(importWorker) ? { 'import-worker': importWorker } : {}) }
      }
    }
  },
  preload: {
    build: {
      outDir: 'out/preload',
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(root, 'src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].js' }
      }
    }
  },
  renderer: {
    root: 'src/renderer',
    base: './',
    plugins: [vue()],
    build: {
      outDir: 'out/renderer',
      // sql.js's wasm (`sql.js/dist/sql-wasm-browser.wasm?url`) is emitted as a file, never inlined.
      assetsInlineLimit: (file) => (file.endsWith('.wasm') ? false : undefined),
      rolldownOptions: { input: { index: resolve(root, 'src/renderer/index.html') } }
    }
  }
})
