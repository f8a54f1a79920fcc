import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Core } from '../../../src/main/core'

/** A real core over a config folder (a fresh temporary one by default); `dispose` removes the folder. */
export function makeCore(configDir = mkdtempSync(path.join(os.tmpdir(), 'pulso-core-')), restrictPaths = true): { core: Core; configDir: string; dispose: () => void } {
  const core = new Core({ configDir, version: '9.9.9', platform: 'linux', systemLocale: 'pt-BR', transport: 'http', restrictPaths, workspaceFolder: path.join(configDir, 'workspaces') })
  return {
    core,
    configDir,
    dispose: () => {
      core.dispose()
      rmSync(configDir, { recursive: true, force: true })
    }
  }
}
