import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { buildSync } from 'esbuild'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { importSpreadsheet } from '../../../../src/main/core/import/importSpreadsheet'
import { recoveryFileName, SessionRecovery, sessionMarkerName } from '../../../../src/main/core/recovery'
import { Workspace } from '../../../../src/main/core/workspace/workspace'
import { writePtBrCsv } from '../../../fixtures/csv'

const root = path.resolve(__dirname, '../../../..')
const build = mkdtempSync(path.join(tmpdir(), 'pulso-recovery-build-'))
const child = path.join(build, 'recoveryChild.cjs')
let dir = ''
let config = ''

beforeAll(() => {
  buildSync({ entryPoints: [path.join(__dirname, 'recoveryChild.ts')], outfile: child, bundle: true, platform: 'node', format: 'cjs', packages: 'external', logLevel: 'error', nodePaths: [path.join(root, 'node_modules')] })
  return () => rmSync(build, { recursive: true, force: true })
})
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'pulso-recovery-'))
  config = path.join(dir, 'config')
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

/** An untitled workspace holding the pt-BR customers file. */
async function untitledWithCustomers(): Promise<Workspace> {
  const workspace = await Workspace.create()
  await importSpreadsheet(workspace, await writePtBrCsv(dir))
  return workspace
}

describe('SessionRecovery', () => {
  it('offers nothing after a clean exit, and nothing on a first start', () => {
    expect(new SessionRecovery(config).begin()).toBeNull()
    const session = new SessionRecovery(config)
    session.begin()
    session.end()
    expect(existsSync(path.join(config, sessionMarkerName))).toBe(false)
    expect(new SessionRecovery(config).begin()).toBeNull()
  })

  it('after an abnormal end, restores the autosaved untitled workspace, untitled and unsaved', async () => {
    const crashed = new SessionRecovery(config, () => new Date('2025-03-01T10:00:00Z'))
    crashed.begin()
    const workspace = await untitledWithCustomers()
    crashed.autosave(workspace)
    workspace.close()

    const next = new SessionRecovery(config)
    expect(next.begin()).toEqual({ startedAt: '2025-03-01T10:00:00.000Z', kind: 'untitled', workspacePath: null, autosavedAt: '2025-03-01T10:00:00.000Z' })
    const restored = await next.restore()
    expect(restored.path).toBeNull()
    expect(restored.dirty).toBe(true)
    expect(restored.summary().tables).toEqual([expect.objectContaining({ kind: 'customers', rows: 3 })])
    restored.close()
    expect(next.pendingOffer()).toBeNull()
  })

  it('after an abnormal end with a saved workspace open, offers to reopen it (its imports were saved)', async () => {
    const crashed = new SessionRecovery(config)
    crashed.begin()
    const workspace = await untitledWithCustomers()
    workspace.path = path.join(dir, 'clientes.pulso')
    crashed.autosave(workspace)
    workspace.close()
    expect(existsSync(path.join(config, recoveryFileName))).toBe(false)

    const next = new SessionRecovery(config)
    expect(next.begin()).toMatchObject({ kind: 'workspace', workspacePath: path.join(dir, 'clientes.pulso') })
    const reopened = await next.restore()
    expect(reopened.path).toBe(path.join(dir, 'clientes.pulso'))
    expect(reopened.sourceFiles().map((f) => f.name)).toEqual(['clientes-ptbr.csv'])
    reopened.close()
  })

  it('offers nothing when the session ended abnormally before anything was autosaved', () => {
    new SessionRecovery(config).begin()
    expect(new SessionRecovery(config).begin()).toBeNull()
  })

  it('discarding the offer removes the recovery file', async () => {
    const crashed = new SessionRecovery(config)
    crashed.begin()
    const workspace = await untitledWithCustomers()
    crashed.autosave(workspace)
    workspace.close()
    const next = new SessionRecovery(config)
    expect(next.begin()?.kind).toBe('untitled')
    next.discard()
    expect(existsSync(path.join(config, recoveryFileName))).toBe(false)
    await expect(next.restore()).rejects.toThrow(/nothing to recover/)
  })

  it('ignores a damaged marker and the marker of an instance still running', () => {
    new SessionRecovery(config).begin()
    writeFileSync(path.join(config, sessionMarkerName), '{"pid": "x"')
    expect(new SessionRecovery(config).begin()).toBeNull()
    const running = JSON.stringify({ pid: process.ppid, startedAt: '2025-01-01T00:00:00.000Z', workspacePath: null, autosavedAt: '2025-01-01T00:00:00.000Z' })
    writeFileSync(path.join(config, sessionMarkerName), running)
    writeFileSync(path.join(config, recoveryFileName), 'theirs')
    expect(new SessionRecovery(config).begin()).toBeNull()
    expect(existsSync(path.join(config, recoveryFileName))).toBe(true)
  })

  it('a process killed with SIGKILL after an import leaves an untitled workspace the next start restores', async () => {
    const csv = await writePtBrCsv(dir)
    await new Promise<void>((resolve, reject) => {
      const process_ = spawn(process.execPath, [child, config, csv], { cwd: root, env: { ...process.env, NODE_PATH: path.join(root, 'node_modules') } })
      process_.stdout.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('autosaved')) process_.kill('SIGKILL')
      })
      process_.on('exit', (_code, signal) => (signal === 'SIGKILL' ? resolve() : reject(new Error(`child exited without being killed (${String(signal)})`))))
    })
    const next = new SessionRecovery(config)
    expect(next.begin()?.kind).toBe('untitled')
    const restored = await next.restore()
    expect(restored.summary().tables).toEqual([expect.objectContaining({ kind: 'customers', rows: 3 })])
    restored.close()
  }, 30_000)
})
