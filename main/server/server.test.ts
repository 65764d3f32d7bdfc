import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { makeTempDir } from '../../test/helpers/temp-dir.js';
import { createCore, type Core } from '../core/core.js';
import { startServer, type RunningServer } from './server.js';

const TOKEN = 'test-token-0123456789';
let temp: ReturnType<typeof makeTempDir>;
let core: Core;
let server: RunningServer;

beforeEach(async () => {
  temp = makeTempDir();
  const staticRoot = join(temp.path, 'static');
  mkdirSync(join(staticRoot, 'assets'), { recursive: true });
  writeFileSync(join(staticRoot, 'index.html'), '<!doctype html><title>Crossdock</title>');
  writeFileSync(join(staticRoot, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(temp.path, 'secret.txt'), 'outside the static root');
  core = createCore({ workspaceDir: join(temp.path, 'ws'), create: true, mode: 'test' });
  server = await startServer({ core, token: TOKEN, staticRoot });
});
afterEach(async () => {
  await server.close();
  core.close();
  temp.cleanup();
});

function call(method: string, body: unknown, headers: Record<string, string> = { Authorization: `Bearer ${TOKEN}`, 'X-Crossdock': '1' }) {
  return fetch(`http://127.0.0.1:${server.port}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** fetch() will not send a forged Host header, so raw node:http is used for the rebinding check. */
function rawGet(path: string, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, headers: { Host: host } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('browser-mode server', () => {
  it('listens on 127.0.0.1 only and prints a URL carrying the token in the fragment', () => {
    expect(server.server.address()).toMatchObject({ address: '127.0.0.1' });
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/#token=${TOKEN}`);
  });

  it('answers contract calls with the token', async () => {
    const response = await call('workspace.info', {});
    expect(response.status).toBe(200);
    const body = (await response.json()) as { ok: boolean; value: { schemaVersion: number } };
    expect(body.ok).toBe(true);
    expect(body.value.schemaVersion).toBeGreaterThan(0);
  });

  it('rejects contract calls without the token or with a wrong one with 401', async () => {
    expect((await call('workspace.info', {}, { 'X-Crossdock': '1' })).status).toBe(401);
    expect((await call('workspace.info', {}, { Authorization: 'Bearer nope', 'X-Crossdock': '1' })).status).toBe(401);
  });

  it('requires the X-Crossdock header so cross-site forms cannot call the API', async () => {
    expect((await call('workspace.info', {}, { Authorization: `Bearer ${TOKEN}` })).status).toBe(400);
  });

  it('returns typed errors for unknown methods, invalid input and bad JSON', async () => {
    expect(await (await call('nope.nothing', {})).json()).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
    expect(await (await call('settings.update', { theme: 'purple' })).json()).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const bad = await call('settings.get', '{not json');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('serves the renderer with a strict CSP and never files outside its root', async () => {
    const page = await fetch(`http://127.0.0.1:${server.port}/`);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await page.text()).toContain('<title>Crossdock</title>');
    const traversal = await fetch(`http://127.0.0.1:${server.port}/..%2fsecret.txt`);
    expect(await traversal.text()).not.toContain('outside the static root');
  });

  it('refuses requests whose Host is not our loopback address (DNS rebinding)', async () => {
    expect(await rawGet('/', 'evil.example:80')).toBe(421);
    expect(await rawGet('/', `127.0.0.1:${server.port}`)).toBe(200);
  });

  it('pushes core events over an authenticated WebSocket and refuses one without the token', async () => {
    const refused = new WebSocket(`ws://127.0.0.1:${server.port}/events`);
    await expect(new Promise((resolve, reject) => { refused.on('open', resolve); refused.on('error', reject); })).rejects.toThrow(/401/);

    const socket = new WebSocket(`ws://127.0.0.1:${server.port}/events?token=${TOKEN}`);
    await new Promise((resolve) => socket.on('open', resolve));
    const message = new Promise<{ event: string; payload: { theme: string } }>((resolve) => socket.on('message', (data) => resolve(JSON.parse(String(data)))));
    await call('settings.update', { theme: 'light' });
    expect(await message).toMatchObject({ event: 'settings.changed', payload: { theme: 'light' } });
    socket.close();
  });
});
