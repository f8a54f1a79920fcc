import { spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { buildSync } from 'esbuild'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { importSpreadsheet } from '../../../../src/main/core/import/importSpreadsheet'
import { queryRows, Workspace } from '../../../../src/main/core/workspace/workspace'
import { writeCsv } from '../../../fixtures/csv'

const dir = mkdtempSync(path.join(os.tmpdir(), 'pulso-crash-'))
const child = path.join(dir, 'saveLoop.cjs')
const root = path.resolve(__dirname, '../../../..')

beforeAll(() => {
  buildSync({ entryPoints: [path.join(root, 'tests/fixtures/saveLoop.ts')], outfile: child, bundle: true, platform: 'node', format: 'cjs', packages: 'external', logLevel: 'error', nodePaths: [path.join(root, 'node_modules')] })
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** Runs the child until it has printed `until` lines (or exited), then kills it after `delayMs`; returns what it printed. */
function runAndKill(args: string[], until: (printed: string) => boolean, delayMs: number): Promise<string> {
  return new Promise((resolve) => {
    const process_ = spawn(process.execPath, [child, ...args], { cwd: root, env: { ...process.env, NODE_PATH: path.join(root, 'node_modules') } })
    let printed = ''
    let armed = false
    process_.stdout.on('data', (chunk: Buffer) => {
      printed += chunk.toString()
      if (!armed && until(printed)) {
        armed = true
        setTimeout(() => process_.kill('SIGKILL'), delayMs)
      }
    })
    process_.on('exit', () => resolve(printed))
  })
}

async function counterOf(file: string): Promise<number> {
  const workspace = await Workspace.open(file)
  const integrity = queryRows(workspace.db, 'PRAGMA integrity_check')[0]
  const counter = Number(workspace.setting('counter', 0))
  workspace.close()
  expect(Object.values(integrity)).toEqual(['ok'])
  return counter
}

describe('a workspace survives its process being killed', () => {
  it('killed at random moments while saving, 50 times, the file always opens with the old or the new content', async () => {
    const file = path.join(dir, 'loop.pulso')
    const workspace = await Workspace.create()
    workspace.save(file)
    workspace.close()
    let seed = 7
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648)
    for (let kill = 0; kill < 50; kill++) {
      const before = await counterOf(file)
      const printed = await runAndKill([file, 'save'], (text) => text.includes('\n'), Math.floor(random() * 40))
      const saved = printed.trim().split('\n').filter(Boolean).map(Number)
      const lastConfirmed = saved.length ? saved[saved.length - 1] : before
      const after = await counterOf(file)
      expect(after === lastConfirmed || after === lastConfirmed + 1, `kill ${kill}: on disk ${after}, last confirmed save ${lastConfirmed}`).toBe(true)
    }
    expect(readdirSync(dir).filter((f) => f.startsWith('loop.pulso.tmp')).length).toBeLessThanOrEqual(50)
  }, 120_000)

  it('killed in the middle of an import, the workspace on disk is still the previous one', async () => {
    const rows = [['Código do Cliente', 'Data', 'Valor'], ...Array.from({ length: 150_000 }, (_, i) => [`C${i % 5000}`, '15/03/2024', `${i},50`])]
    const big = await writeCsv(dir, 'grande.csv', rows, { delimiter: ';' })
    const small = await writeCsv(dir, 'pequeno.csv', rows.slice(0, 4), { delimiter: ';' })
    const file = path.join(dir, 'import.pulso')
    const workspace = await Workspace.create()
    await importSpreadsheet(workspace, small)
    workspace.save(file)
    workspace.close()
    const printed = await runAndKill([file, 'import', big], (text) => text.includes('importing'), 150)
    expect(printed).not.toContain('saved')
    const reopened = await Workspace.open(file)
    expect(reopened.summary().files.map((f) => f.name)).toEqual(['pequeno.csv'])
    expect(reopened.summary().tables).toEqual([expect.objectContaining({ kind: 'revenue', rows: 3 })])
    reopened.close()
  }, 60_000)
})
