import { ipcRenderer } from 'electron'
import type { ChannelName, EventName, EventOf, PulsoBridge, RequestOf, ResponseOf } from '../shared/api'
import { isChannelName, isEventName, eventChannel } from '../shared/channels'
import { fail, type Result } from '../shared/model/result'


type Listener = (payload: unknown) => void

/**
 * Builds `window.pulso`: `invoke` calls a channel of the contract, `on` listens to a core
 * event. Names outside the contract are refused here, before anything reaches IPC, and
 * the renderer never sees an IPC event object or `ipcRenderer` itself.
 */
export function createBridge(): PulsoBridge {
  const listeners = new Map<EventName, Set<Listener>>()

  ipcRenderer.on(eventChannel, (_event, message: unknown) => {
    if (typeof message !== 'object' || message === null) return
    const { name, payload } = message as { name?: unknown; payload?: unknown }
    if (!isEventName(name)) return
    for (const listener of listeners.get(name) ?? []) listener(payload)
  })

  return {
    invoke<C extends ChannelName>(channel: C, request: RequestOf<C>): Promise<Result<ResponseOf<C>>> {
      if (!isChannelName(channel)) return Promise.resolve(fail('unknown-channel', `There is no channel named ${JSON.stringify(channel)}.`))
      return ipcRenderer.invoke(channel, request) as Promise<Result<ResponseOf<C>>>
    },
    on<E extends EventName>(event: E, listener: (payload: EventOf<E>) => void): () => void {
      if (!isEventName(event)) throw new TypeError(`There is no event named ${JSON.stringify(event)}.`)
      if (typeof listener !== 'function') throw new TypeError('A listener must be a function.')
      const own: Listener = (payload) => listener(payload as EventOf<E>)
      const set = listeners.get(event) ?? new Set<Listener>()
      set.add(own)
      listeners.set(event, set)
      return () => {
        set.delete(own)
      }
    }
  }
}
