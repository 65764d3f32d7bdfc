/**
 * The event channel of browser mode: one WebSocket that reconnects with exponential backoff and jitter, so a
 * restarted `npm run web` (or a laptop waking up) is picked up again without a reload.
 */

/**
 * The part of a WebSocket we use; both the browser's and the `ws` package's fit. Handler parameters are `never`
 * because the socket calls them with its own event types and we only read `data`.
 */
export interface WebSocketLike {
  onopen: ((event: never) => void) | null;
  onclose: ((event: never) => void) | null;
  onerror: ((event: never) => void) | null;
  onmessage: ((event: never) => void) | null;
  close(): void;
}

export type WebSocketConstructor = new (url: string) => WebSocketLike;

export interface ReconnectPolicy {
  initialDelayMs: number;
  maxDelayMs: number;
}

export const defaultReconnectPolicy: ReconnectPolicy = { initialDelayMs: 500, maxDelayMs: 15_000 };

export interface EventSocketHandlers {
  onEvent(event: string, payload: unknown): void;
  onConnectionChange(connected: boolean): void;
}

/** Delay before reconnect attempt number `attempt` (0-based): doubling, capped, with up to 25% jitter downwards. */
export function reconnectDelay(policy: ReconnectPolicy, attempt: number, random: () => number = Math.random): number {
  const base = Math.min(policy.maxDelayMs, policy.initialDelayMs * 2 ** Math.min(attempt, 30));
  return Math.round(base * (0.75 + 0.25 * random()));
}

/** Parses one message of the protocol, `{ "event": name, "payload": ... }`; anything else is ignored. */
export function parseEventMessage(data: unknown): { event: string; payload: unknown } | null {
  const text = typeof data === 'string' ? data : data instanceof ArrayBuffer ? new TextDecoder().decode(data) : String(data);
  let message: unknown;
  try {
    message = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof message !== 'object' || message === null) return null;
  const { event, payload } = message as { event?: unknown; payload?: unknown };
  return typeof event === 'string' ? { event, payload } : null;
}

export class ReconnectingEventSocket {
  private socket: WebSocketLike | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private failedAttempts = 0;
  private running = false;
  private connectedNow = false;

  constructor(
    private readonly url: string,
    private readonly WebSocketImpl: WebSocketConstructor,
    private readonly handlers: EventSocketHandlers,
    private readonly policy: ReconnectPolicy = defaultReconnectPolicy,
  ) {}

  get connected(): boolean {
    return this.connectedNow;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.open();
  }

  stop(): void {
    this.running = false;
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    const socket = this.socket;
    this.socket = null;
    socket?.close();
    this.setConnected(false);
  }

  private open(): void {
    let socket: WebSocketLike;
    try {
      socket = new this.WebSocketImpl(this.url);
    } catch {
      this.scheduleReconnect();
      return;
    }
    this.socket = socket;
    socket.onopen = () => {
      if (socket !== this.socket) return;
      this.failedAttempts = 0;
      this.setConnected(true);
    };
    socket.onmessage = (event: { data: unknown }) => {
      if (socket !== this.socket) return;
      const message = parseEventMessage(event.data);
      if (message) this.handlers.onEvent(message.event, message.payload);
    };
    // An error is always followed by a close, which is where reconnecting happens.
    socket.onerror = () => {};
    socket.onclose = () => {
      if (socket !== this.socket) return;
      this.socket = null;
      this.setConnected(false);
      this.scheduleReconnect();
    };
  }

  private scheduleReconnect(): void {
    if (!this.running || this.retryTimer !== undefined) return;
    const delay = reconnectDelay(this.policy, this.failedAttempts);
    this.failedAttempts += 1;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      if (this.running) this.open();
    }, delay);
  }

  private setConnected(connected: boolean): void {
    if (connected === this.connectedNow) return;
    this.connectedNow = connected;
    this.handlers.onConnectionChange(connected);
  }
}
