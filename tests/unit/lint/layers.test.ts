import path from 'node:path'
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const root = path.resolve(__dirname, '../../..')
const eslint = new ESLint({ cwd: root })

/** Lints a snippet as if it were the given file of src, with the project's real config. */
async function layerErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) })
  return result.messages.filter((m) => m.ruleId === 'pulso/layers').map((m) => m.message)
}

describe('the layer rule of npm run lint', () => {
  it('refuses electron, node:* and Vue in src/shared', async () => {
    expect(await layerErrors('src/shared/metrics/x.ts', "import { app } from 'electron'\nexport const a = app\n")).toHaveLength(1)
    expect(await layerErrors('src/shared/x.ts', "import fs from 'node:fs'\nexport const a = fs\n")).toHaveLength(1)
    expect(await layerErrors('src/shared/x.ts', "import { ref } from 'vue'\nexport const a = ref\n")).toHaveLength(1)
  })

  it('refuses an import from src/shared that leaves src/shared', async () => {
    const errors = await layerErrors('src/shared/model/x.ts', "import { Core } from '../../main/core'\nexport type A = Core\n")
    expect(errors).toEqual(["The shared layer may not import '../../main/core' (src/main/core)."])
    expect(await layerErrors('src/shared/model/x.ts', "import { ok } from './result'\nexport const a = ok\n")).toEqual([])
  })

  it('refuses src/main, electron and node:* in src/renderer', async () => {
    expect(await layerErrors('src/renderer/stores/x.ts', "import { Core } from '../../main/core'\nexport type A = Core\n")).toHaveLength(1)
    expect(await layerErrors('src/renderer/x.ts', "import { ipcRenderer } from 'electron'\nexport const a = ipcRenderer\n")).toHaveLength(1)
    expect(await layerErrors('src/renderer/x.ts', "export const a = import('node:path')\n")).toHaveLength(1)
    expect(await layerErrors('src/renderer/x.ts', "import { ok } from '../shared/model/result'\nexport const a = ok\n")).toEqual([])
  })

  it('refuses electron in src/main/core, and allows it in the Electron adapter', async () => {
    expect(await layerErrors('src/main/core/x.ts', "import { dialog } from 'electron'\nexport const a = dialog\n")).toHaveLength(1)
    expect(await layerErrors('src/main/core/x.ts', "import { BrowserWindow } from '../electron/window'\nexport const a = BrowserWindow\n")).toHaveLength(1)
    expect(await layerErrors('src/main/electron/x.ts', "import { dialog } from 'electron'\nexport const a = dialog\n")).toEqual([])
  })

  it('finds no violation in the real tree', async () => {
    const results = await eslint.lintFiles(['src/**/*.ts', 'src/**/*.vue'])
    const violations = results.flatMap((r) => r.messages.filter((m) => m.ruleId === 'pulso/layers').map((m) => `${path.relative(root, r.filePath)}: ${m.message}`))
    expect(violations).toEqual([])
  })
})
