// @vitest-environment node
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { eventually } from '../test-support/eventually.js';
import { WebSocket, WebSocketServer } from 'ws';
import { HttpClient, SESSION_TOKEN_MESSAGE, eventsUrl } from './http-client.js';

const TOKEN = 'test-token-123';

interface RecordedCall {
  method: string;
  httpMethod: string;
  headers: IncomingMessage['headers'];
  body: unknown;
}

type Reply = { status: number; body: string };

/** A small server that speaks the browser-mode protocol, so the client is tested against real HTTP and WebSocket. */
async function startProtocolServer(reply: (method: string, body: unknown) => Reply) {
  const calls: RecordedCall[] = [];
  let upgradeAttempts = 0;
  const sockets = new WebSocketServer({ noServer: true });
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const method = decodeURIComponent((request.url ?? '').replace(/^\/api\//, ''));
      const body: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8') || 'null');
      calls.push({ method, httpMethod: request.method ?? '', headers: request.headers, body });
      if (request.headers.authorization !== `Bearer ${TOKEN}`) {
        response.writeHead(401, { 'Content-Type': 'application/json' }).end('{"ok":false,"error":{"code":"unavailable","message":"no"}}');
        return;
      }
      const { status, body: text } = reply(method, body);
      response.writeHead(status, { 'Content-Type': 'application/json' }).end(text);
    });
  });
  server.on('upgrade', (request, socket, head) => {
    upgradeAttempts += 1;
    // A client that gives up mid-handshake resets the socket; without a listener that is an uncaught error.
    socket.on('error', () => socket.destroy());
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (url.pathname !== '/events' || url.searchParams.get('token') !== TOKEN) {
      socket.end('HTTP/1.1 401 Unauthorized\r\nConnection: close\r\n\r\n');
      return;
    }
    sockets.handleUpgrade(request, socket, head, (client) => sockets.emit('connection', client, request));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    calls,
    upgradeAttempts: () => upgradeAttempts,
    clientCount: () => sockets.clients.size,
    sendToAll(text: string) {
      for (const client of sockets.clients) client.send(text);
    },
    dropAllSockets() {
      for (const client of sockets.clients) client.terminate();
    },
    async close() {
      for (const client of sockets.clients) client.terminate();
      sockets.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

const ok = (value: unknown): Reply => ({ status: 200, body: JSON.stringify({ ok: true, value }) });
const fastReconnect = { initialDelayMs: 10, maxDelayMs: 40 };

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function setup(reply: (method: string, body: unknown) => Reply, token: string | null = TOKEN) {
  const server = await startProtocolServer(reply);
  const client = new HttpClient({ origin: server.origin, token, WebSocket, reconnect: fastReconnect });
  cleanups.push(() => server.close(), () => client.close());
  return { server, client };
}

describe('HttpClient calls', () => {
  it('posts the input as JSON to /api/<method> with the token and the X-Crossdock header', async () => {
    const { server, client } = await setup((method, body) => ok({ echoed: method, body }));
    const result = await client.call('settings.update', { theme: 'dark' });
    expect(result).toEqual({ ok: true, value: { echoed: 'settings.update', body: { theme: 'dark' } } });
    const [call] = server.calls;
    expect(call?.httpMethod).toBe('POST');
    expect(call?.method).toBe('settings.update');
    expect(call?.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(call?.headers['x-crossdock']).toBe('1');
    expect(call?.headers['content-type']).toBe('application/json');
  });

  it('passes error values through with their details', async () => {
    const error = { code: 'invalid-input', message: 'bad', details: [{ path: 'company.glns.0', message: 'a GLN has 13 digits' }] };
    const { client } = await setup(() => ({ status: 200, body: JSON.stringify({ ok: false, error }) }));
    expect(await client.call('settings.update', { company: { name: 'x', x12Ids: [], edifactIds: [], glns: ['1'] } })).toEqual({ ok: false, error });
  });

  it('keeps an error value the server sends with a non-200 status', async () => {
    const error = { code: 'invalid-input', message: 'Request body is not valid JSON' };
    const { client } = await setup(() => ({ status: 400, body: JSON.stringify({ ok: false, error }) }));
    expect(await client.call('app.info', {})).toEqual({ ok: false, error });
  });

  it('turns HTTP 401 into an unavailable error that says how to get a new token', async () => {
    const { client } = await setup(() => ok(null), 'wrong-token');
    const result = await client.call('app.info', {});
    expect(result).toEqual({ ok: false, error: { code: 'unavailable', message: SESSION_TOKEN_MESSAGE } });
    expect(SESSION_TOKEN_MESSAGE).toMatch(/npm run web/);
  });

  it('sends no Authorization header when there is no token, and still reports the 401 clearly', async () => {
    const { server, client } = await setup(() => ok(null), null);
    const result = await client.call('app.info', {});
    expect(server.calls[0]?.headers.authorization).toBeUndefined();
    expect(result.ok ? null : result.error.message).toBe(SESSION_TOKEN_MESSAGE);
  });

  it('reports a server that cannot be reached as unavailable', async () => {
    const server = await startProtocolServer(() => ok(null));
    const origin = server.origin;
    await server.close();
    const client = new HttpClient({ origin, token: TOKEN });
    const result = await client.call('app.info', {});
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('unavailable');
      expect(result.error.message).toContain(origin);
    }
  });

  it('reports a body that is not a result as an internal error', async () => {
    const { client } = await setup(() => ({ status: 502, body: '<html>proxy error</html>' }));
    const result = await client.call('app.info', {});
    expect(result.ok ? null : result.error.code).toBe('internal');
    const { client: second } = await setup(() => ({ status: 200, body: '{"value":1}' }));
    const other = await second.call('app.info', {});
    expect(other.ok ? null : other.error.code).toBe('internal');
  });
});

describe('HttpClient events', () => {
  it('delivers {event, payload} messages to the listeners of that event only', async () => {
    const { server, client } = await setup(() => ok(null));
    const progress: unknown[] = [];
    const settings: unknown[] = [];
    client.on('task.progress', (payload) => progress.push(payload));
    client.on('settings.changed', (payload) => settings.push(payload));
    await eventually(() => expect(server.clientCount()).toBe(1));
    server.sendToAll('not json');
    server.sendToAll(JSON.stringify({ payload: 'no event name' }));
    server.sendToAll(JSON.stringify({ event: 'task.progress', payload: { taskId: 't1', done: 1 } }));
    await eventually(() => expect(progress).toEqual([{ taskId: 't1', done: 1 }]));
    expect(settings).toEqual([]);
  });

  it('stops delivering to a listener after it unsubscribes, and a throwing listener does not stop the others', async () => {
    const { server, client } = await setup(() => ok(null));
    const seen: string[] = [];
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    cleanups.push(() => errors.mockRestore());
    client.on('task.progress', () => {
      throw new Error('listener bug');
    });
    const unsubscribe = client.on('task.progress', () => seen.push('first'));
    client.on('task.progress', () => seen.push('second'));
    await eventually(() => expect(server.clientCount()).toBe(1));
    server.sendToAll(JSON.stringify({ event: 'task.progress', payload: 1 }));
    await eventually(() => expect(seen).toEqual(['first', 'second']));
    unsubscribe();
    server.sendToAll(JSON.stringify({ event: 'task.progress', payload: 2 }));
    await eventually(() => expect(seen).toEqual(['first', 'second', 'second']));
    expect(errors).toHaveBeenCalled();
  });

  it('reports disconnected, then connected, then reconnects after the server drops the socket', async () => {
    const { server, client } = await setup(() => ok(null));
    const states: boolean[] = [];
    client.onConnectionChange((connected) => states.push(connected));
    await eventually(() => expect(states).toEqual([false, true]));
    server.dropAllSockets();
    await eventually(() => expect(states).toEqual([false, true, false, true]));
    expect(server.upgradeAttempts()).toBe(2);
    // Events flow again on the new socket.
    const payloads: unknown[] = [];
    client.on('settings.changed', (payload) => payloads.push(payload));
    server.sendToAll(JSON.stringify({ event: 'settings.changed', payload: { theme: 'dark' } }));
    await eventually(() => expect(payloads).toEqual([{ theme: 'dark' }]));
  });

  it('keeps retrying with backoff while the server refuses the token, and never reports connected', async () => {
    const server = await startProtocolServer(() => ok(null));
    const client = new HttpClient({ origin: server.origin, token: 'stale', WebSocket, reconnect: fastReconnect });
    cleanups.push(() => server.close(), () => client.close());
    const states: boolean[] = [];
    client.onConnectionChange((connected) => states.push(connected));
    await eventually(() => expect(server.upgradeAttempts()).toBeGreaterThanOrEqual(3));
    expect(states).toEqual([false]);
  });

  it('stops reconnecting once closed', async () => {
    const { server, client } = await setup(() => ok(null));
    client.onConnectionChange(() => {});
    await eventually(() => expect(server.clientCount()).toBe(1));
    client.close();
    await eventually(() => expect(server.clientCount()).toBe(0));
    const attempts = server.upgradeAttempts();
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(server.upgradeAttempts()).toBe(attempts);
  });

  it('opens no socket without a token', async () => {
    const { server, client } = await setup(() => ok(null), null);
    const states: boolean[] = [];
    client.onConnectionChange((connected) => states.push(connected));
    client.on('task.progress', () => {});
    await client.call('app.info', {});
    expect(server.upgradeAttempts()).toBe(0);
    expect(states).toEqual([false]);
  });
});

describe('eventsUrl', () => {
  it('uses ws: on the same host and port, wss: under https, and encodes the token', () => {
    expect(eventsUrl('http://127.0.0.1:5170', 'a+b/c')).toBe('ws://127.0.0.1:5170/events?token=a%2Bb%2Fc');
    expect(eventsUrl('https://host.example', 'x')).toBe('wss://host.example/events?token=x');
  });
});
