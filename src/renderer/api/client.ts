import type { ChannelName, EventName, EventOf, PulsoBridge, RequestOf, ResponseOf } from '../../shared/api'
import type { PulsoError } from '../../shared/model/result'
import { createHttpBridge } from './httpBridge'

/** A channel's typed error, thrown by the client so views can `try/await` and show it. */
export class ApiError extends Error {
  constructor(readonly error: PulsoError) {
    super(error.message)
    this.name = 'ApiError'
  }
}

/** Any thrown value as a typed error: the core's own, or `internal` with the message. */
export function toPulsoError(error: unknown): PulsoError {
  if (error instanceof ApiError) return error.error
  return { code: 'internal', message: error instanceof Error ? error.message : String(error) }
}

/** The renderer's one way to reach the core, whatever the transport. */
export interface PulsoClient {
  transport: 'electron' | 'http'
  call<C extends ChannelName>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>>
  on<E extends EventName>(event: E, listener: (payload: EventOf<E>) => void): () => void
}

/** Wraps a bridge (Electron's `window.pulso` or the HTTP one) into the client. */
export function clientOver(bridge: PulsoBridge, transport: PulsoClient['transport']): PulsoClient {
  return {
    transport,
    async call(channel, request) {
      const result = await bridge.invoke(channel, request)
      if (!result.ok) throw new ApiError(result.error)
      return result.value
    },
    on: (event, listener) => bridge.on(event, listener)
  }
}

/** Electron's preload bridge when there is one, the HTTP bridge otherwise. */
export function createClient(): PulsoClient {
  return window.pulso ? clientOver(window.pulso, 'electron') : clientOver(createHttpBridge(), 'http')
}
