import type { ChannelName, EventName, EventOf, PulsoBridge, RequestOf, ResponseOf } from '../../shared/api'
import { eventNames } from '../../shared/channels'
import type { Result } from '../../shared/model/result'
import { fromWireJson } from './wire'

/**
 * `window.pulso` over the loopback HTTP bridge (`pulso serve`): channels are POSTs to
 * `/api/<channel>`, events arrive as server-sent events. The bridge's token travels in
 * a same-site cookie it set when this page was first opened.
 */
export function createHttpBridge(baseUrl = ''): PulsoBridge {
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>()
  let source: EventSource | null = null

  function connect(): void {
    if (source || typeof EventSource === 'undefined') return
    source = new EventSource(`${baseUrl}/api/events`)
    for (const name of eventNames) {
      source.addEventListener(name, (message) => {
        const payload: unknown = JSON.parse((message as MessageEvent<string>).data)
        for (const listener of listeners.get(name) ?? []) listener(payload)
      })
    }
  }

  return {
    async invoke<C extends ChannelName>(channel: C, request: RequestOf<C>): Promise<Result<ResponseOf<C>>> {
      let response: Response
      try {
        response = await fetch(`${baseUrl}/api/${channel}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          credentials: 'same-origin',
          body: JSON.stringify(request)
        })
      } catch (error) {
        return { ok: false, error: { code: 'internal', message: `Pulso's bridge is not reachable: ${String(error)}` } }
      }
      if (response.status === 401 || response.status === 403) {
        return { ok: false, error: { code: 'forbidden', message: await response.text() } }
      }
      if (!response.headers.get('Content-Type')?.includes('application/json')) {
        return { ok: false, error: { code: 'internal', message: `The bridge answered ${response.status}: ${await response.text()}` } }
      }
      return fromWireJson(await response.text()) as Result<ResponseOf<C>>
    },
    on<E extends EventName>(event: E, listener: (payload: EventOf<E>) => void): () => void {
      connect()
      const set = listeners.get(event) ?? new Set()
      const untyped = listener as (payload: unknown) => void
      set.add(untyped)
      listeners.set(event, set)
      return () => set.delete(untyped)
    }
  }
}
