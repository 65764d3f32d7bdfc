import type { EventName, PayloadOf } from './api/contract.js';

type Listener = (event: EventName, payload: unknown) => void;

/** The core's outgoing events; each transport subscribes once and forwards to its clients. */
export class EventBus {
  private readonly listeners = new Set<Listener>();

  emit<E extends EventName>(event: E, payload: PayloadOf<E>): void {
    for (const listener of this.listeners) {
      try {
        listener(event, payload);
      } catch {
        // A broken transport must not break the core or the other listeners.
      }
    }
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
