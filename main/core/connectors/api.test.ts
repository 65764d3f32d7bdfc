import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FaultServer } from '../../../test/helpers/fault-server.js';
import { makeTempDir } from '../../../test/helpers/temp-dir.js';
import { createCore, type Core } from '../core.js';
import type { TaskProgress } from '../api/types.js';
import { orderFeed, restOrdersConfig } from './test-support.js';

describe('connectors API through the core', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let core: Core;
  let server: FaultServer;
  beforeEach(async () => {
    process.env.CROSSDOCK_SECRETS_PASSPHRASE = 'api-test-passphrase';
    dir = makeTempDir('crossdock-conn-api-');
    core = createCore({ workspaceDir: dir.path, create: true, mode: 'cli' });
    server = await new FaultServer({ authorization: 'Bearer t-123' }).start();
    server.set('/orders', orderFeed(8));
  });
  afterEach(async () => {
    delete process.env.CROSSDOCK_SECRETS_PASSPHRASE;
    await server.stop();
    core.close();
    dir.cleanup();
  });

  it('adds, tests, syncs as a task, pauses and lists runs', async () => {
    const added = await core.invoke('connectors.add', { name: 'erp-shop', kind: 'rest', side: 'erp', config: restOrdersConfig(server.url), secrets: { token: 't-123' } });
    expect(added).toMatchObject({ ok: true, value: { name: 'erp-shop', secretKeys: ['token'], state: 'never' } });
    expect(await core.invoke('connectors.test', { name: 'erp-shop' })).toMatchObject({ ok: true, value: { ok: true } });
    const finished = new Promise<TaskProgress>((resolve) => core.on('task.progress', (progress) => progress.kind === 'sync' && progress.state !== 'running' && resolve(progress)));
    const started = await core.invoke('sync.run', { connector: 'erp-shop' });
    expect(started.ok).toBe(true);
    expect(await finished).toMatchObject({ state: 'finished', done: 8 });
    const runs = await core.invoke('sync.runs', { connector: 'erp-shop', limit: 5 });
    expect(runs).toMatchObject({ ok: true, value: [{ status: 'ok', inserted: 8, trigger: 'manual' }] });
    expect(await core.invoke('sync.pause', { name: 'erp-shop', paused: true })).toMatchObject({ ok: true, value: { paused: true } });
    expect(await core.invoke('deadLetters.list', { includeReplayed: false, limit: 10 })).toEqual({ ok: true, value: [] });
    expect(await core.invoke('connectors.test', { name: 'nope' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await core.invoke('connectors.add', { name: 'erp-shop', kind: 'rest', side: 'erp', config: restOrdersConfig(server.url) })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await core.invoke('connectors.remove', { name: 'erp-shop' })).toEqual({ ok: true, value: { removed: true } });
  });
});
