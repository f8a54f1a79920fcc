import type { EventName, EventOf } from '../../shared/api'

/** One event as it travels to a transport. */
export interface CoreEvent<E extends EventName = EventName> {
  name: E
  payload: EventOf<E>
}

type Listener = (event: CoreEvent) => void

/**
 * The events the core pushes (import progress, workspace changed). Each transport
 * subscribes once and forwards to its windows or browser tabs; the returned function
 * unsubscribes, so whoever subscribes owns the subscription.
 */
export class CoreEvents {
  private readonly listeners = new Set<Listener>()

  emit<E extends EventName>(name: E, payload: EventOf<E>): void {
    for (const listener of this.listeners) listener({ name, payload } as CoreEvent)
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }
}
