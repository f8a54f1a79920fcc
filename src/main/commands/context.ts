import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { CoreOptions } from '../core'
import { defaultConfigDir, defaultWorkspaceFolder, systemLocale } from '../configDir'

/** The checkout or installed app folder: the nearest folder above this file with Pulso's package.json. */
export function appRoot(start: string = __dirname): string {
  let dir = start
  for (;;) {
    const manifest = path.join(dir, 'package.json')
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'pulso') return dir
    const parent = path.dirname(dir)
    if (parent === dir) return process.cwd()
    dir = parent
  }
}

/** Pulso's version, from its package.json. */
export function appVersion(): string {
  const manifest = JSON.parse(readFileSync(path.join(appRoot(), 'package.json'), 'utf8')) as { version?: string }
  return manifest.version ?? '0.0.0'
}

/** The core's options outside Electron. */
export function cliCoreOptions(transport: CoreOptions['transport']): CoreOptions {
  return { configDir: defaultConfigDir(), version: appVersion(), platform: process.platform, systemLocale: systemLocale(), transport, restrictPaths: transport === 'http', workspaceFolder: defaultWorkspaceFolder(), importWorkerFile: bundledImportWorker() }
}

/** The import worker bundled beside this entry (out/cli/import-worker.js), if the build made one. */
export function bundledImportWorker(): string | undefined {
  const file = path.join(__dirname, 'import-worker.js')
  return existsSync(file) ? file : undefined
}
