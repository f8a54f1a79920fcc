import { inject, type App, type InjectionKey } from 'vue'
import type { PulsoClient } from './client'

const clientKey: InjectionKey<PulsoClient> = Symbol('pulso-client')

/** Makes the client available to every store and component of the app. */
export function provideClient(app: App, client: PulsoClient): void {
  app.provide(clientKey, client)
}

/** The client the app was started with. */
export function useClient(): PulsoClient {
  const client = inject(clientKey)
  if (!client) throw new Error('The Pulso client was not provided to this app.')
  return client
}
