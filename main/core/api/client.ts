/**
 * The one client interface the UI uses, whatever carries the calls (Electron IPC or HTTP + WebSocket).
 * Type-only dependencies on the contract, so the renderer can import this file.
 */
import type { EventName, InputOf, MethodName, PayloadOf, ResultOf } from './contract.js';
import type { Result } from './result.js';

export interface CrossdockClient {
  readonly transport: 'ipc' | 'http' | 'direct';
  call<K extends MethodName>(method: K, input: InputOf<K>): Promise<Result<ResultOf<K>>>;
  /** returns an unsubscribe function */
  on<E extends EventName>(event: E, listener: (payload: PayloadOf<E>) => void): () => void;
  /** connection state of the transport (HTTP mode: the WebSocket); IPC is always connected */
  onConnectionChange(listener: (connected: boolean) => void): () => void;
}

/** What the preload exposes as window.crossdock: one function per method name, plus event subscription. */
export type PreloadApi = {
  readonly methods: { readonly [K in MethodName]: (input: InputOf<K>) => Promise<Result<ResultOf<K>>> };
  on(event: EventName, listener: (payload: unknown) => void): () => void;
};
