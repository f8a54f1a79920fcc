import { statSync } from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { channelNames } from '../../../src/shared/channels'
import { requestSchemas } from '../../../src/shared/api'
import { createHandlers, dispatch } from '../../../src/main/handlers'
import { headlessHost } from '../../../src/main/host'
import { makeCore } from './coreFixture'

describe('the handler table', () => {
  const fixture = makeCore()
  const table = createHandlers(fixture.core, headlessHost)
  afterAll(() => fixture.dispose())

  it('implements exactly the channels of the contract, each with a request schema', () => {
    expect(Object.keys(table).sort()).toEqual([...channelNames].sort())
    expect(Object.keys(requestSchemas).sort()).toEqual([...channelNames].sort())
    for (const name of channelNames) expect(name).toMatch(/^[a-z]+:[a-zA-Z]+$/)
  })

  it('answers app:info from the core', async () => {
    expect(await dispatch(table, 'app:info', {})).toEqual({
      ok: true,
      value: { name: 'Pulso', version: '9.9.9', platform: 'linux', systemLocale: 'pt-BR', transport: 'http', workspaceFolder: path.join(fixture.configDir, 'workspaces') }
    })
  })

  it('turns an unknown channel into a typed error', async () => {
    const result = await dispatch(table, 'files:delete', {})
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown-channel' } })
  })

  it('turns invalid input into invalid-input naming the field, and changes nothing', async () => {
    const result = await dispatch(table, 'settings:update', { theme: 'purple' })
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.error.code).toBe('invalid-input')
      expect(result.error.message).toContain('theme')
    }
    expect(await dispatch(table, 'settings:get', {})).toEqual({ ok: true, value: { theme: 'system', language: 'system' } })
    expect(await dispatch(table, 'app:info', { extra: 1 })).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    expect(await dispatch(table, 'app:info', 'not an object')).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
  })

  it('saves settings, and a new core over the same folder reads them back', async () => {
    expect(await dispatch(table, 'settings:update', { theme: 'dark', language: 'pt-BR' })).toEqual({ ok: true, value: { theme: 'dark', language: 'pt-BR' } })
    const again = createHandlers(makeCore(fixture.configDir).core, headlessHost)
    expect(await dispatch(again, 'settings:get', {})).toEqual({ ok: true, value: { theme: 'dark', language: 'pt-BR' } })
  })

  it('says plainly that native dialogs exist only in the desktop app', async () => {
    expect(await dispatch(table, 'dialog:openFiles', { purpose: 'spreadsheets' })).toMatchObject({ ok: false, error: { code: 'unsupported' } })
  })
})

describe('the sample workspace', () => {
  const fixture = makeCore()
  const table = createHandlers(fixture.core, headlessHost)
  afterAll(() => fixture.dispose())

  it('is made on first use in the workspaces folder, opened, and opened again later without being remade', async () => {
    const first = await dispatch(table, 'workspace:openSample', {})
    expect(first).toMatchObject({ ok: true, value: { name: 'Amostra Pulso', path: path.join(fixture.configDir, 'workspaces', 'Amostra Pulso.pulso') } })
    const summary = first.ok ? (first.value as { tables: { kind: string; rows: number }[] }) : null
    expect(summary?.tables.map((t) => t.kind).sort()).toEqual(['activity', 'campaign-recipients', 'churn-events', 'customers', 'nps', 'subscriptions'])
    expect(summary?.tables.find((t) => t.kind === 'customers')?.rows).toBe(2000)
    const made = statSync(path.join(fixture.configDir, 'workspaces', 'Amostra Pulso.pulso')).mtimeMs
    expect(await dispatch(table, 'workspace:openSample', {})).toMatchObject({ ok: true })
    expect(statSync(path.join(fixture.configDir, 'workspaces', 'Amostra Pulso.pulso')).mtimeMs).toBe(made)
    expect(await dispatch(table, 'workspace:recent', {})).toEqual({ ok: true, value: [path.join(fixture.configDir, 'workspaces', 'Amostra Pulso.pulso')] })
  }, 60_000)
})

describe('the workspaces folder', () => {
  const fixture = makeCore()
  const table = createHandlers(fixture.core, headlessHost)
  afterAll(() => fixture.dispose())

  it('lists the workspaces saved there, newest first, and a save there needs no dialog', async () => {
    expect(await dispatch(table, 'workspace:list', {})).toEqual({ ok: true, value: [] })
    await dispatch(table, 'workspace:new', {})
    const target = path.join(fixture.configDir, 'workspaces', 'Carteira.pulso')
    expect(await dispatch(table, 'workspace:saveAs', { path: target })).toMatchObject({ ok: true, value: { name: 'Carteira', path: target } })
    expect(await dispatch(table, 'workspace:saveAs', { path: path.join(fixture.configDir, 'elsewhere.pulso') })).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    const listed = await dispatch(table, 'workspace:list', {})
    expect(listed).toMatchObject({ ok: true, value: [{ name: 'Carteira', path: target }] })
  })
})

describe('workspace settings', () => {
  const fixture = makeCore()
  const table = createHandlers(fixture.core, headlessHost)
  afterAll(() => fixture.dispose())

  it('are kept in the workspace file, checked, and read by pulso metrics', async () => {
    expect(await dispatch(table, 'workspace:settings', {})).toEqual({ ok: true, value: null })
    await dispatch(table, 'workspace:new', {})
    const target = path.join(fixture.configDir, 'workspaces', 'Ajustes.pulso')
    await dispatch(table, 'workspace:saveAs', { path: target })
    const defaults = await dispatch(table, 'workspace:settings', {})
    expect(defaults).toMatchObject({ ok: true, value: { currency: 'BRL', fiscalYearStartMonth: 1, settings: { activityWindowDays: 30, inactivityWindowDays: 90 } } })
    const changed = await dispatch(table, 'workspace:updateSettings', { settings: { activityWindowDays: 7 }, currency: 'USD', fiscalYearStartMonth: 4 })
    expect(changed).toMatchObject({ ok: true, value: { currency: 'USD', fiscalYearStartMonth: 4, settings: { activityWindowDays: 7, inactivityWindowDays: 90 } } })
    expect(await dispatch(table, 'workspace:updateSettings', { settings: { activityWindowDays: -3 }, currency: 'USD', fiscalYearStartMonth: 4 })).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    const reopened = makeCore(fixture.configDir)
    const again = createHandlers(reopened.core, headlessHost)
    await dispatch(again, 'workspace:open', { path: target })
    expect(await dispatch(again, 'workspace:settings', {})).toMatchObject({ ok: true, value: { currency: 'USD', settings: { activityWindowDays: 7 } } })
    reopened.core.dispose()
  })
})
