import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import type { PulsoBridge } from '../../../../src/shared/api'
import { contextBridge, ipcRenderer } from './fakeElectron'

vi.mock('electron', () => import('./fakeElectron'))

let pulso: PulsoBridge
const dropListeners: ((event: unknown) => void)[] = []

beforeAll(async () => {
  // The page's window, as far as the preload uses it: it listens for drops.
  Object.assign(globalThis, { addEventListener: (type: string, listener: (event: unknown) => void) => type === 'drop' && dropListeners.push(listener) })
  await import('../../../../src/preload/index')
  expect(contextBridge.exposeInMainWorld).toHaveBeenCalledOnce()
  const [key, api] = contextBridge.exposeInMainWorld.mock.calls[0] as [string, PulsoBridge]
  expect(key).toBe('pulso')
  pulso = api
})

beforeEach(() => ipcRenderer.invoke.mockClear())

/** Loosens the bridge's types to call it as a hostile or buggy page could. */
function untyped(): { invoke(channel: string, request: unknown): Promise<unknown>; on(event: string, listener: unknown): () => void } {
  return pulso as unknown as ReturnType<typeof untyped>
}

describe('the preload', () => {
  it('exposes window.pulso with invoke and on, and nothing else', () => {
    expect(Object.keys(pulso).sort()).toEqual(['invoke', 'on'])
    expect(Object.values(pulso).every((value) => typeof value === 'function')).toBe(true)
  })

  it('passes a channel of the contract to ipcRenderer.invoke', async () => {
    expect(await pulso.invoke('settings:update', { theme: 'dark' })).toEqual({ ok: true, value: 'from main' })
    expect(ipcRenderer.invoke).toHaveBeenCalledWith('settings:update', { theme: 'dark' })
  })

  it('refuses any other channel name before it reaches IPC', async () => {
    for (const name of ['shell:openExternal', 'app:info ', '__proto__', '']) {
      expect(await untyped().invoke(name, {})).toMatchObject({ ok: false, error: { code: 'unknown-channel' } })
    }
    expect(ipcRenderer.invoke).not.toHaveBeenCalled()
  })

  it('refuses to listen to an event outside the contract', () => {
    expect(() => untyped().on('ipc:raw', () => {})).toThrow(TypeError)
    expect(() => untyped().on('app:command', 'not a function')).toThrow(TypeError)
  })

  it('delivers only the payload of the events listened to, until unsubscribed', () => {
    const commands: unknown[] = []
    const changes: unknown[] = []
    const stop = pulso.on('app:command', (payload) => commands.push(payload))
    pulso.on('workspace:changed', (payload) => changes.push(payload))
    const sender = {}
    ipcRenderer.emit('pulso:event', sender, { name: 'app:command', payload: { command: 'file.save' } })
    ipcRenderer.emit('pulso:event', sender, { name: 'not:an-event', payload: 1 })
    ipcRenderer.emit('pulso:event', sender, 'garbage')
    ipcRenderer.emit('pulso:event', sender, null)
    expect(commands).toEqual([{ command: 'file.save' }])
    stop()
    ipcRenderer.emit('pulso:event', sender, { name: 'app:command', payload: { command: 'file.saveAs' } })
    expect(commands).toHaveLength(1)
    expect(changes).toEqual([])
  })
})

describe('files dropped on the window', () => {
  it('sends the paths of real dropped files to the main process, and nothing for files without a path', () => {
    expect(dropListeners).toHaveLength(1)
    dropListeners[0]({ dataTransfer: { files: [{ path: '/home/ana/vendas.xlsx' }, { name: 'made-by-script.csv' }] } })
    expect(ipcRenderer.send).toHaveBeenCalledWith('pulso:dropped', ['/home/ana/vendas.xlsx'])
    ipcRenderer.send.mockClear()
    dropListeners[0]({ dataTransfer: { files: [{ name: 'made-by-script.csv' }] } })
    dropListeners[0]({ dataTransfer: null })
    expect(ipcRenderer.send).not.toHaveBeenCalled()
  })
})
