import type { CrossdockClient, EventName, InputOf, MethodName, PayloadOf, Result, ResultOf } from './contract-types.js';
import {
  ReconnectingEventSocket,
  defaultReconnectPolicy,
  type ReconnectPolicy,
  type WebSocketConstructor,
} from './event-socket.js';
import { ListenerSet } from './listeners.js';
import { describeError, failure, isResult } from './results.js';

export const SESSION_TOKEN_MESSAGE =
  'The session token is missing or has expired. Open the address printed by `npm run web` again; it carries a new token.';

export interface HttpClientOptions {
  /** scheme, host and port of the browser-mode server, e.g. http://127.0.0.1:5170 */
  origin: string;
  token: string | null;
  /** injectable for tests; defaults to the global fetch */
  fetch?: typeof fetch;
  /** injectable for tests (the `ws` package); without one there are no events */
  WebSocket?: WebSocketConstructor;
  reconnect?: Partial<ReconnectPolicy>;
}

/**
 * Browser transport: `POST /api/<method>` with the session token for calls, one WebSocket at `/events` for events.
 * The socket opens with the first subscription, so a client used only for calls never holds one.
 */
export class HttpClient implements CrossdockClient {
  readonly transport = 'http' as const;
  private readonly fetchImpl: typeof fetch;
  private readonly eventListeners = new Map<string, ListenerSet<unknown>>();
  private readonly connectionListeners = new ListenerSet<boolean>();
  private readonly socket: ReconnectingEventSocket | null;

  constructor(private readonly options: HttpClientOptions) {
    // Called through a wrapper: browsers reject fetch invoked as a method of another object.
    this.fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.socket = options.WebSocket && options.token
      ? new ReconnectingEventSocket(
          eventsUrl(options.origin, options.token),
          options.WebSocket,
          {
            onEvent: (event, payload) => this.eventListeners.get(event)?.notify(payload),
            onConnectionChange: (connected) => this.connectionListeners.notify(connected),
          },
          { ...defaultReconnectPolicy, ...options.reconnect },
        )
      : null;
  }

  async call<K extends MethodName>(method: K, input: InputOf<K>): Promise<Result<ResultOf<K>>> {
    const headers: Record<string, string> = { 'Content-Type': 'application/json', 'X-Crossdock': '1' };
    if (this.options.token) headers.Authorization = `Bearer ${this.options.token}`;
    let response: Response;
    try {
      response = await this.fetchImpl(new URL(`/api/${encodeURIComponent(method)}`, this.options.origin), {
        method: 'POST',
        headers,
        body: JSON.stringify(input ?? {}),
      });
    } catch (error) {
      return failure(
        'unavailable',
        `Cannot reach the Crossdock server at ${this.options.origin} (${describeError(error)}). Is \`npm run web\` still running?`,
      );
    }
    if (response.status === 401) return failure('unavailable', SESSION_TOKEN_MESSAGE);
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      return failure('internal', `${method}: the server answered HTTP ${response.status} without a JSON result`);
    }
    if (isResult(body)) return body as Result<ResultOf<K>>;
    return failure('internal', `${method}: the server answered HTTP ${response.status} with something that is not a result`);
  }

  on<E extends EventName>(event: E, listener: (payload: PayloadOf<E>) => void): () => void {
    let listeners = this.eventListeners.get(event);
    if (!listeners) {
      listeners = new ListenerSet<unknown>();
      this.eventListeners.set(event, listeners);
    }
    const unsubscribe = listeners.add((payload) => listener(payload as PayloadOf<E>));
    this.socket?.start();
    return unsubscribe;
  }

  onConnectionChange(listener: (connected: boolean) => void): () => void {
    listener(this.socket?.connected ?? false);
    const unsubscribe = this.connectionListeners.add(listener);
    this.socket?.start();
    return unsubscribe;
  }

  /** Closes the event socket and stops reconnecting. */
  close(): void {
    this.socket?.stop();
  }
}

export function eventsUrl(origin: string, token: string): string {
  const url = new URL('/events', origin);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  url.searchParams.set('token', token);
  return url.toString();
}
