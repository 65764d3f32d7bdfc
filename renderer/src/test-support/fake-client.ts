/**
 * An in-memory CrossdockClient for store and component tests: per-method handlers, events emitted on demand,
 * a connection state the test flips. Every call is recorded.
 */
import type { CrossdockClient, EventName, InputOf, MethodName, PayloadOf, Result, ResultOf, Settings } from '../api/contract-types.js';
import { ListenerSet } from '../api/listeners.js';

type Handler<K extends MethodName> = (input: InputOf<K>) => Result<ResultOf<K>> | Promise<Result<ResultOf<K>>>;

export class FakeClient implements CrossdockClient {
  readonly calls: { method: MethodName; input: unknown }[] = [];
  private readonly handlers = new Map<MethodName, Handler<MethodName>>();
  private readonly events = new Map<string, ListenerSet<unknown>>();
  private readonly connection = new ListenerSet<boolean>();
  private connectedNow: boolean;

  constructor(
    readonly transport: CrossdockClient['transport'] = 'http',
    connected = false,
  ) {
    this.connectedNow = connected;
  }

  handle<K extends MethodName>(method: K, handler: Handler<K>): this {
    this.handlers.set(method, handler as unknown as Handler<MethodName>);
    return this;
  }

  async call<K extends MethodName>(method: K, input: InputOf<K>): Promise<Result<ResultOf<K>>> {
    this.calls.push({ method, input });
    const handler = this.handlers.get(method) as Handler<K> | undefined;
    if (!handler) return { ok: false, error: { code: 'unknown-method', message: `no fake handler for ${method}` } };
    return handler(input);
  }

  callsTo(method: MethodName): unknown[] {
    return this.calls.filter((call) => call.method === method).map((call) => call.input);
  }

  on<E extends EventName>(event: E, listener: (payload: PayloadOf<E>) => void): () => void {
    let set = this.events.get(event);
    if (!set) this.events.set(event, (set = new ListenerSet<unknown>()));
    return set.add((payload) => listener(payload as PayloadOf<E>));
  }

  emit<E extends EventName>(event: E, payload: PayloadOf<E>): void {
    this.events.get(event)?.notify(payload);
  }

  listenerCount(event: EventName): number {
    return this.events.get(event)?.size ?? 0;
  }

  onConnectionChange(listener: (connected: boolean) => void): () => void {
    listener(this.connectedNow);
    return this.connection.add(listener);
  }

  setConnected(connected: boolean): void {
    this.connectedNow = connected;
    this.connection.notify(connected);
  }
}

export const sampleSettings = (): Settings => ({
  theme: 'system',
  company: { name: 'Northwind Supply', x12Ids: [{ qualifier: 'ZZ', id: 'NORTHWIND' }], edifactIds: [], glns: ['0614141000005'] },
  ackOverdueHours: 24,
});

/** A client whose core knows the basics: app and workspace info, status, settings that validate like the core. */
export function basicFakeClient(transport: CrossdockClient['transport'] = 'http'): FakeClient & { settings: Settings } {
  const client = new FakeClient(transport) as FakeClient & { settings: Settings };
  client.settings = sampleSettings();
  return client
    .handle('app.info', () => ({ ok: true, value: { name: 'Crossdock', version: '9.8.7', schemaVersion: 3, mode: 'browser' } }))
    .handle('workspace.info', () => ({
      ok: true,
      value: {
        path: '/home/ana/.crossdock/default',
        id: 'ws-1',
        schemaVersion: 3,
        createdAt: '2026-01-01T00:00:00Z',
        createdByVersion: '9.8.7',
        folders: { archive: '/home/ana/.crossdock/default/archive', inbox: '/home/ana/.crossdock/default/inbox', outbox: '/home/ana/.crossdock/default/outbox' },
        databaseBytes: 4096,
      },
    }))
    .handle('status.get', () => ({ ok: true, value: { workspacePath: '/home/ana/.crossdock/default', busy: false, tasks: [] } }))
    .handle('settings.get', () => ({ ok: true, value: client.settings }))
    .handle('settings.update', (patch) => {
      const glns = patch.company?.glns ?? [];
      const bad = glns.findIndex((gln) => !/^\d{13}$/.test(gln));
      if (bad !== -1) {
        return {
          ok: false,
          error: { code: 'invalid-input', message: 'Invalid input', details: [{ path: `company.glns.${bad}`, message: 'a GLN has 13 digits' }] },
        };
      }
      client.settings = { ...client.settings, ...patch } as Settings;
      return { ok: true, value: client.settings };
    }) as FakeClient & { settings: Settings };
}
