import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { Core } from '../../../src/main/core'
import { createHandlers, dispatch } from '../../../src/main/handlers'
import { headlessHost } from '../../../src/main/host'
import { writeUglyCsv } from '../../fixtures/uglyWorkbook'

const configDir = mkdtempSync(path.join(os.tmpdir(), 'pulso-recovery-'))
afterAll(() => rmSync(configDir, { recursive: true, force: true }))

function desktopCore(): Core {
  return new Core({ configDir, version: '9.9.9', platform: 'linux', systemLocale: 'pt-BR', transport: 'electron', restrictPaths: false, recoverSessions: true, workspaceFolder: path.join(configDir, 'workspaces') })
}

describe('restoring after a crash, through the channels', () => {
  it('an untitled workspace with an import survives a session that never ended, and the next start offers it back', async () => {
    const first = desktopCore()
    expect(first.recovery?.begin()).toBeNull()
    const table = createHandlers(first, headlessHost)
    await dispatch(table, 'workspace:new', {})
    const imported = await dispatch(table, 'import:run', { importId: 'i1', files: [{ path: writeUglyCsv(configDir) }] })
    expect(imported).toMatchObject({ ok: true, value: [{ error: null }] })
    // The process dies here: no end(), no save.

    const second = desktopCore()
    const offer = second.recovery?.begin()
    expect(offer).toMatchObject({ kind: 'untitled', workspacePath: null })
    const next = createHandlers(second, headlessHost)
    expect(await dispatch(next, 'recovery:check', {})).toMatchObject({ ok: true, value: { kind: 'untitled' } })
    const restored = await dispatch(next, 'recovery:restore', { accept: true })
    expect(restored).toMatchObject({ ok: true, value: { path: null, dirty: true, files: [{ name: 'vendas-2024.csv' }], tables: [{ kind: 'revenue', rows: 6 }] } })
    expect(await dispatch(next, 'recovery:check', {})).toEqual({ ok: true, value: null })
    second.recovery?.end()
    second.dispose()
    first.dispose()

    const third = desktopCore()
    expect(third.recovery?.begin()).toBeNull()
    expect(await dispatch(createHandlers(third, headlessHost), 'recovery:check', {})).toEqual({ ok: true, value: null })
    third.dispose()
  })

  it('declining forgets it; the CLI and the bridge never offer anything', async () => {
    const crashed = desktopCore()
    crashed.recovery?.begin()
    const table = createHandlers(crashed, headlessHost)
    await dispatch(table, 'workspace:new', {})
    await dispatch(table, 'import:run', { importId: 'i2', files: [{ path: writeUglyCsv(configDir) }] })

    const next = desktopCore()
    next.recovery?.begin()
    const handlers = createHandlers(next, headlessHost)
    expect(await dispatch(handlers, 'recovery:restore', { accept: false })).toEqual({ ok: true, value: null })
    expect(await dispatch(handlers, 'recovery:check', {})).toEqual({ ok: true, value: null })
    const bridgeCore = new Core({ configDir, version: '9.9.9', platform: 'linux', systemLocale: 'pt-BR', transport: 'http', restrictPaths: true, workspaceFolder: configDir })
    expect(await dispatch(createHandlers(bridgeCore, headlessHost), 'recovery:check', {})).toEqual({ ok: true, value: null })
    for (const core of [crashed, next, bridgeCore]) core.dispose()
  })
})
