import { afterAll, describe, expect, it } from 'vitest'
import type { PulsoBridge } from '../../../../src/shared/api'
import { ApiError, clientOver } from '../../../../src/renderer/api/client'
import { createHandlers, dispatch } from '../../../../src/main/handlers'
import { headlessHost } from '../../../../src/main/host'
import { makeCore } from '../../main/coreFixture'

/** The renderer's client over the real handler table, as the bridge connects them, minus HTTP. */
const fixture = makeCore()
const table = createHandlers(fixture.core, headlessHost)
const inProcess: PulsoBridge = {
  invoke: (channel, request) => dispatch(table, channel, request) as never,
  on: (event, listener) => fixture.core.events.subscribe((e) => e.name === event && listener(e.payload as never))
}

describe('the renderer client', () => {
  afterAll(() => fixture.dispose())
  const client = clientOver(inProcess, 'http')

  it('returns a channel’s value', async () => {
    expect(await client.call('settings:update', { theme: 'dark' })).toEqual({ theme: 'dark', language: 'system' })
  })

  it('throws a typed ApiError the views can show', async () => {
    const failure = await client.call('dialog:openFiles', { purpose: 'spreadsheets' }).catch((e: unknown) => e)
    expect(failure).toBeInstanceOf(ApiError)
    expect((failure as ApiError).error.code).toBe('unsupported')
  })

  it('delivers pushed events until unsubscribed', () => {
    const seen: string[] = []
    const stop = client.on('app:command', ({ command }) => seen.push(command))
    fixture.core.events.emit('app:command', { command: 'a' })
    stop()
    fixture.core.events.emit('app:command', { command: 'b' })
    expect(seen).toEqual(['a'])
  })
})
