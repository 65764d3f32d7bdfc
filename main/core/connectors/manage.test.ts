import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FaultServer } from '../../../test/helpers/fault-server.js';
import { makeTempDir } from '../../../test/helpers/temp-dir.js';
import { createCore, type Core } from '../core.js';
import type { TaskProgress } from '../api/types.js';
import type { ConnectorsChanged } from './api-types.js';
import { FileSecretStore } from './secrets.js';
import { orderFeed, restOrdersConfig } from './test-support.js';
import { changedNames, watchConnectorChanges } from './watch.js';

const PASSPHRASE = 'manage-test-passphrase';

describe('editing and removing connectors, and connectors.changed', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let core: Core;
  let server: FaultServer;
  let changes: ConnectorsChanged[];
  beforeEach(async () => {
    process.env.CROSSDOCK_SECRETS_PASSPHRASE = PASSPHRASE;
    dir = makeTempDir('crossdock-conn-manage-');
    core = createCore({ workspaceDir: dir.path, create: true, mode: 'cli' });
    changes = [];
    core.on('connectors.changed', (change) => changes.push(change));
    server = await new FaultServer({ authorization: 'Bearer t-123' }).start();
    server.set('/orders', orderFeed(8));
  });
  afterEach(async () => {
    delete process.env.CROSSDOCK_SECRETS_PASSPHRASE;
    await server.stop();
    core.close();
    dir.cleanup();
  });

  const add = () => core.invoke('connectors.add', { name: 'erp-shop', kind: 'rest', side: 'erp', config: restOrdersConfig(server.url), secrets: { token: 't-123' }, scheduleMinutes: 15 });
  const sync = async () => {
    const finished = new Promise<TaskProgress>((resolve) => core.on('task.progress', (progress) => progress.kind === 'sync' && progress.state !== 'running' && resolve(progress)));
    expect((await core.invoke('sync.run', { connector: 'erp-shop' })).ok).toBe(true);
    return finished;
  };
  const count = (sql: string) => core.context.workspace.db.prepare(sql).pluck().get() as number;

  it('edits the config, re-validated as when added, keeps the secret and never returns its value', async () => {
    await add();
    const refused = await core.invoke('connectors.update', { name: 'erp-shop', config: { baseUrl: 'not a url', streams: {} } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const wrongSide = await core.invoke('connectors.update', { name: 'erp-shop', side: 'wms' });
    expect(wrongSide).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringMatching(/starts with 'wms'/) } });
    expect(changes).toEqual([{ change: 'added', names: ['erp-shop'] }]);

    const config = restOrdersConfig(server.url, { type: 'keyset', size: 3 });
    const updated = await core.invoke('connectors.update', { name: 'erp-shop', config, scheduleMinutes: null });
    expect(updated).toMatchObject({ ok: true, value: { name: 'erp-shop', config, scheduleMinutes: null, secretKeys: ['token'] } });
    expect(JSON.stringify(updated)).not.toContain('t-123');
    expect(changes.at(-1)).toEqual({ change: 'updated', names: ['erp-shop'] });
    // the stored secret still authenticates: the sync pages by 3 with it
    expect(await sync()).toMatchObject({ state: 'finished', done: 8 });
    expect(count("SELECT count(*) FROM connector_runs WHERE connector = 'erp-shop'")).toBeGreaterThan(0);

    // a new secret value replaces the old one
    expect((await core.invoke('connectors.update', { name: 'erp-shop', secrets: { token: 'wrong' } })).ok).toBe(true);
    expect(await core.invoke('connectors.test', { name: 'erp-shop' })).toMatchObject({ ok: true, value: { ok: false } });
    expect(await core.invoke('connectors.update', { name: 'nope', scheduleMinutes: 5 })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('removes a connector with its stream state and secrets; the records it synced and its run log stay', async () => {
    await add();
    await sync();
    expect(count("SELECT count(*) FROM source_records WHERE connector = 'erp-shop'")).toBe(8);
    expect(await core.invoke('connectors.remove', { name: 'erp-shop' })).toEqual({ ok: true, value: { removed: true } });
    expect(changes.at(-1)).toEqual({ change: 'removed', names: ['erp-shop'] });
    expect(count("SELECT count(*) FROM source_records WHERE connector = 'erp-shop'")).toBe(8);
    expect(count("SELECT count(*) FROM connector_streams WHERE connector = 'erp-shop'")).toBe(0);
    expect(count("SELECT count(*) FROM connector_runs WHERE connector = 'erp-shop'")).toBe(1);
    expect(await FileSecretStore.inWorkspace(dir.path, () => PASSPHRASE).names()).toEqual([]);
    expect(await core.invoke('connectors.list', {})).toEqual({ ok: true, value: [] });
    // nothing to remove: no event
    const events = changes.length;
    expect(await core.invoke('connectors.remove', { name: 'erp-shop' })).toEqual({ ok: true, value: { removed: false } });
    expect(changes).toHaveLength(events);
    // added again, it updates the same records rather than adding copies
    await add();
    await sync();
    expect(count("SELECT count(*) FROM source_records WHERE connector = 'erp-shop'")).toBe(8);
  });

  it('removing a connector while it syncs stops that sync first: the removal does not wait out a hanging request', async () => {
    await add();
    server.inject({ type: 'hang', ms: 30_000 });
    const finished = new Promise<TaskProgress>((resolve) => core.on('task.progress', (progress) => progress.kind === 'sync' && progress.state !== 'running' && resolve(progress)));
    expect((await core.invoke('sync.run', { connector: 'erp-shop' })).ok).toBe(true);
    while (!server.log.some((entry) => entry.url.startsWith('/orders'))) await new Promise((resolve) => setTimeout(resolve, 10));
    const started = Date.now();
    expect(await core.invoke('connectors.remove', { name: 'erp-shop' })).toEqual({ ok: true, value: { removed: true } });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect((await finished).message).toContain('the connector was removed during its sync');
    expect(core.context.workspace.db.prepare("SELECT status FROM connector_runs WHERE connector = 'erp-shop'").pluck().all()).toEqual(['cancelled']);
    expect(count("SELECT count(*) FROM connectors")).toBe(0);
    expect(count("SELECT count(*) FROM connector_streams")).toBe(0);
  });

  it('announces changes another process made (the CLI) as connectors.changed outside, and its own only once', async () => {
    const watch = watchConnectorChanges(core.context, 60_000);
    try {
      expect(watch.check()).toBe(false);
      await add();
      // the app's own change was announced by the service; the watcher does not repeat it
      expect(watch.check()).toBe(false);
      const other = createCore({ workspaceDir: dir.path, create: false, mode: 'cli' });
      try {
        await other.invoke('sync.pause', { name: 'erp-shop', paused: true });
        await other.invoke('connectors.add', { name: 'wms-main', kind: 'rest', side: 'wms', config: restOrdersConfig(server.url) });
      } finally {
        other.close();
      }
      expect(changes.map((change) => change.change)).toEqual(['added']);
      expect(watch.check()).toBe(true);
      expect(changes.at(-1)).toEqual({ change: 'outside', names: ['erp-shop', 'wms-main'] });
      expect(watch.check()).toBe(false);
      // a sync changes the connector's state, not its settings: no event
      await core.invoke('sync.pause', { name: 'erp-shop', paused: false });
      const before = changes.length;
      await sync();
      expect(watch.check()).toBe(false);
      expect(changes).toHaveLength(before);
    } finally {
      watch.stop();
    }
  });

  it('changedNames: added, removed and changed rows by name', () => {
    const before = new Map([['a', '1'], ['b', '1'], ['c', '1']]);
    expect(changedNames(before, new Map([['a', '1'], ['b', '2'], ['d', '1']]))).toEqual(['b', 'c', 'd']);
    expect(changedNames(before, new Map(before))).toEqual([]);
  });
});
