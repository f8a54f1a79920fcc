import { existsSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/**
 * Where Pulso keeps its own settings outside Electron, the same folder Electron's
 * `userData` uses for an app named Pulso, so the CLI, the bridge and the desktop app
 * share settings and recent workspaces. `PULSO_CONFIG_DIR` overrides it (tests use it).
 */
export function defaultConfigDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.PULSO_CONFIG_DIR) return env.PULSO_CONFIG_DIR
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(os.homedir(), 'AppData', 'Roaming'), 'Pulso')
  if (platform === 'darwin') return path.join(os.homedir(), 'Library', 'Application Support', 'Pulso')
  return path.join(env.XDG_CONFIG_HOME ?? path.join(os.homedir(), '.config'), 'Pulso')
}

/** The operating system's locale as a BCP 47 tag, e.g. `pt-BR`. */
export function systemLocale(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = (env.LC_ALL || env.LC_MESSAGES || env.LANG || '').split('.')[0]
  if (fromEnv && fromEnv !== 'C' && fromEnv !== 'POSIX') return fromEnv.replace('_', '-')
  return Intl.DateTimeFormat().resolvedOptions().locale
}

/** Pulso's folder for workspaces: `PULSO_WORKSPACE_DIR`, else `~/Documents/Pulso` (or `~/Pulso` without a Documents folder). */
export function defaultWorkspaceFolder(env: NodeJS.ProcessEnv = process.env): string {
  if (env.PULSO_WORKSPACE_DIR) return env.PULSO_WORKSPACE_DIR
  const documents = path.join(os.homedir(), 'Documents')
  return existsSync(documents) ? path.join(documents, 'Pulso') : path.join(os.homedir(), 'Pulso')
}
