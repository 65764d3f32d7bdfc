import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FaultServer } from '../../../test/helpers/fault-server.js';
import { makeTempDir } from '../../../test/helpers/temp-dir.js';
import { createCore, type Core } from '../core.js';
import { connectorFactories } from './factories.js';
import type { ConnectorDeps } from './instances.js';
import { ManualClock } from './resilience/clock.js';
import { syncConnector } from './runner.js';
import { FileSecretStore, MemorySecretStore } from './secrets.js';
import { addConnector, listConnectors, replayDeadLetters, testConnector, updateConnector } from './service.js';
import { listDeadLetters } from './state.js';
import { ORDER_MAP, orderFeed, orderRecord, restOrdersConfig } from './test-support.js';
import type { JsonValue } from './types.js';

const TOKEN = 'sk_live_4f9d2c7e1b8a6053';

describe('REST connector sync against a real HTTP server', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let core: Core;
  let server: FaultServer;
  let deps: ConnectorDeps;
  const rows = (sql: string) => core.context.workspace.db.prepare(sql).all() as Record<string, unknown>[];
  const count = (sql: string) => core.context.workspace.db.prepare(sql).pluck().get() as number;

  beforeEach(async () => {
    dir = makeTempDir('crossdock-sync-');
    core = createCore({ workspaceDir: dir.path, create: true, mode: 'cli' });
    server = await new FaultServer({ authorization: `Bearer ${TOKEN}` }).start();
    server.set('/orders', orderFeed(25));
    deps = { secrets: new MemorySecretStore(), factories: connectorFactories, http: { clock: new ManualClock(0), timeoutMs: 300 } };
  });
  afterEach(async () => {
    await server.stop();
    core.close();
    dir.cleanup();
  });

  const add = (pagination?: JsonValue) => addConnector(core.context, deps, { name: 'erp-shop', kind: 'rest', side: 'erp', config: restOrdersConfig(server.url, pagination), secrets: { token: TOKEN } });

  it('lands every record once, evaluates their threads, and an unchanged second run adds nothing', async () => {
    await add();
    const first = await syncConnector(core.context, deps, { connector: 'erp-shop' });
    expect(first).toMatchObject({ status: 'ok', records: 25, inserted: 25, failed: 0, pages: 3 });
    expect(count("SELECT count(*) FROM source_records WHERE connector = 'erp-shop'")).toBe(25);
    expect(count("SELECT count(*) FROM recon_threads WHERE kind = 'order'")).toBe(25);
    const [summary] = await listConnectors(core.context, deps);
    expect(summary).toMatchObject({ state: 'ok', secretKeys: ['token'] });
    expect(summary!.streams[0]).toMatchObject({ stream: 'sales-orders', since: { updatedAt: '2026-01-01T00:00:12.000Z', recordId: 'SO-000025' }, resumable: false, records: 25 });

    const second = await syncConnector(core.context, deps, { connector: 'erp-shop' });
    expect(second).toMatchObject({ status: 'ok', inserted: 0, updated: 0 });
    // the keyset watermark asks only for what is newer than the last record
    expect(server.log.at(-1)!.url).toContain('since_id=SO-000025');

    server.upsert('/orders', orderRecord(3, '2026-02-01T00:00:00.000Z', 3, 99));
    const third = await syncConnector(core.context, deps, { connector: 'erp-shop' });
    expect(third).toMatchObject({ records: 1, updated: 1, inserted: 0 });
    expect(rows("SELECT version, source_updated_at FROM source_records WHERE record_id = 'SO-000003'")).toEqual([{ version: 2, source_updated_at: '2026-02-01T00:00:00.000Z' }]);
    expect(count('SELECT count(*) FROM source_record_versions')).toBe(1);
  });

  it('rides through 500s, 429 with Retry-After, a timeout, truncated JSON and a dropped connection', async () => {
    await add();
    server.inject({ type: 'status', status: 500 }, { type: 'status', status: 429, retryAfter: '2' }, { type: 'hang', ms: 600 }, { type: 'truncate' }, { type: 'drop' }, { type: 'status', status: 503 });
    const run = await syncConnector(core.context, deps, { connector: 'erp-shop' });
    expect(run).toMatchObject({ status: 'ok', inserted: 25 });
    expect(count('SELECT count(DISTINCT record_id) FROM source_records')).toBe(25);
    expect(server.faults).toHaveLength(0);
  });

  it('keeps duplicate records on overlapping pages as one row (offset paging while records are inserted)', async () => {
    await add({ type: 'offset', size: 10 });
    let inserted = false;
    server.beforeAnswer = (_path, request) => {
      // after the first page, a back-dated record lands at the front: page 2 repeats page 1's last record
      if (request === 2 && !inserted) {
        inserted = true;
        server.upsert('/orders', orderRecord(900, '2025-12-31T00:00:00.000Z'));
      }
    };
    const run = await syncConnector(core.context, deps, { connector: 'erp-shop' });
    expect(run.status).toBe('ok');
    expect(run.records).toBeGreaterThan(count('SELECT count(*) FROM source_records'));
    expect(count('SELECT count(*) FROM source_records')).toBe(count('SELECT count(DISTINCT record_id) FROM source_records'));
  });

  it('loses nothing when records change during the run (shifting pages, keyset paging)', async () => {
    await add({ type: 'keyset', size: 10 });
    server.beforeAnswer = (_path, request) => {
      // while page 2 is read, record 2 (already read on page 1) changes and moves to the end
      if (request === 2) server.upsert('/orders', orderRecord(2, '2026-01-01T00:00:30.000Z', 3, 77));
    };
    const run = await syncConnector(core.context, deps, { connector: 'erp-shop' });
    expect(run.status).toBe('ok');
    expect(count('SELECT count(*) FROM source_records')).toBe(25);
    expect(rows("SELECT version FROM source_records WHERE record_id = 'SO-000002'")).toEqual([{ version: 2 }]);
  });

  it('re-reads the overlap window before the watermark: a change stamped before it but committed after the last run is not lost', async () => {
    // orderFeed(25): the newest record is stamped 00:00:12; a late commit arrives stamped 00:00:05 (its transaction
    // started before the last run read 00:00:12)
    const late = () => server.upsert('/orders', orderRecord(900, '2026-01-01T00:00:05.000Z'));
    const watermark = () => JSON.parse(core.context.workspace.db.prepare("SELECT cursor_json FROM connector_streams WHERE connector = 'erp-shop'").pluck().get() as string).since.updatedAt as string;
    await addConnector(core.context, deps, { name: 'erp-shop', kind: 'rest', side: 'erp', config: restOrdersConfig(server.url), secrets: { token: TOKEN } });
    await syncConnector(core.context, deps, { connector: 'erp-shop' });
    late();
    // without a window the late record is behind the watermark for good
    expect(await syncConnector(core.context, deps, { connector: 'erp-shop' })).toMatchObject({ status: 'ok', inserted: 0 });
    expect(count("SELECT count(*) FROM source_records WHERE record_id = 'SO-000900'")).toBe(0);

    await updateConnector(core.context, deps, 'erp-shop', { config: restOrdersConfig(server.url, undefined, { overlapSeconds: 10 }) });
    const caught = await syncConnector(core.context, deps, { connector: 'erp-shop' });
    // the window re-read 00:00:02 onwards: the late one is new, the others unchanged, and the watermark did not move back
    expect(caught).toMatchObject({ status: 'ok', inserted: 1, updated: 0 });
    expect(caught.records).toBeGreaterThan(1);
    expect(count("SELECT count(*) FROM source_records WHERE record_id = 'SO-000900'")).toBe(1);
    expect(watermark()).toBe('2026-01-01T00:00:12.000Z');
  });

  it('goes offline with the cursor intact when the server is down, and catches up when it is back', async () => {
    await add();
    await syncConnector(core.context, deps, { connector: 'erp-shop' });
    const url = server.url;
    await server.stop();
    const down = await syncConnector(core.context, deps, { connector: 'erp-shop' });
    expect(down.status).toBe('offline');
    const [summary] = await listConnectors(core.context, deps);
    expect(summary).toMatchObject({ state: 'offline' });
    expect(summary!.streams[0]!.lastError).toMatch(/unreachable|failed repeatedly/);
    expect(summary!.streams[0]!.since?.recordId).toBe('SO-000025');
    // back on the same port with two new orders
    const port = Number(new URL(url).port);
    server = new FaultServer({ authorization: `Bearer ${TOKEN}` });
    server.set('/orders', [...orderFeed(25), orderRecord(26, '2026-01-02T00:00:00.000Z'), orderRecord(27, '2026-01-02T00:00:01.000Z')]);
    await startOn(server, port);
    deps = { ...deps, http: { clock: new ManualClock(0), timeoutMs: 300 } };
    const back = await syncConnector(core.context, deps, { connector: 'erp-shop' });
    expect(back).toMatchObject({ status: 'ok', inserted: 2 });
    expect((await listConnectors(core.context, deps))[0]).toMatchObject({ state: 'ok', stateMessage: null });
  });

  it('sends records that fail mapping to the dead-letter list, keeps drift as warnings, and replays after a fix', async () => {
    const broken = orderRecord(30, '2026-01-03T00:00:00.000Z');
    (broken.lines as { qty?: unknown }[])[0]!.qty = undefined;
    const drifted = { ...orderRecord(31, '2026-01-03T00:00:01.000Z'), loyalty_tier: 'gold' };
    delete (drifted as Record<string, unknown>).currency;
    server.set('/orders', [...orderFeed(3), broken, drifted]);
    await add();
    const run = await syncConnector(core.context, deps, { connector: 'erp-shop' });
    expect(run).toMatchObject({ status: 'ok', inserted: 4, failed: 1 });
    const [letter] = listDeadLetters(core.context.workspace.db, {});
    expect(letter).toMatchObject({ recordId: 'SO-000030', stream: 'sales-orders' });
    expect(letter!.reason).toMatch(/qty|quantity/);
    expect((letter!.raw as { po: string }).po).toBe('PO-000030');
    const warnings = JSON.parse(rows("SELECT warnings_json FROM source_records WHERE record_id = 'SO-000031'")[0]!.warnings_json as string) as { code: string; message: string }[];
    expect(warnings.map((warning) => warning.code).sort()).toEqual(['missing-field', 'unknown-field']);
    expect(warnings.find((warning) => warning.code === 'unknown-field')!.message).toContain('loyalty_tier');
    expect(rows("SELECT raw_json FROM source_records WHERE record_id = 'SO-000031'")[0]!.raw_json).toContain('gold');

    // still failing with the same map
    expect(replayDeadLetters(core.context, deps, {})).toMatchObject({ replayed: 0, stillFailing: [{ id: letter!.id }] });
    // the map gets a default quantity: the replay lands it
    const fixed = structuredClone(ORDER_MAP) as unknown as { rules: { id: string; rules?: Record<string, unknown>[] }[] };
    fixed.rules.find((rule) => rule.id === 'lines')!.rules!.find((rule) => rule.id === 'qty')!.default = '0';
    const config = restOrdersConfig(server.url) as { streams: { 'sales-orders': { map: unknown } } };
    config.streams['sales-orders'].map = fixed;
    await updateConnector(core.context, deps, 'erp-shop', { config: config as unknown as JsonValue });
    expect(replayDeadLetters(core.context, deps, {})).toEqual({ replayed: 1, stillFailing: [] });
    expect(listDeadLetters(core.context.workspace.db, {})).toEqual([]);
    expect(count("SELECT count(*) FROM source_records WHERE record_id = 'SO-000030'")).toBe(1);
  });

  it('refuses credentials in the settings and reports a bad token in the connection test', async () => {
    await expect(addConnector(core.context, deps, { name: 'x', kind: 'rest', side: 'erp', config: { ...(restOrdersConfig(server.url) as object), headers: { Authorization: 'Bearer abc' } } })).rejects.toThrow(/looks like a credential/);
    await expect(addConnector(core.context, deps, { name: 'acme-wh', kind: 'rest', side: 'wms', config: restOrdersConfig(server.url) })).rejects.toThrow(/starts with 'wms'/);
    await addConnector(core.context, deps, { name: 'erp-shop', kind: 'rest', side: 'erp', config: restOrdersConfig(server.url), secrets: { token: 'wrong' } });
    const test = await testConnector(core.context, deps, 'erp-shop');
    expect(test.ok).toBe(false);
    expect(test.message).toMatch(/refused the credentials/);
    await updateConnector(core.context, deps, 'erp-shop', { secrets: { token: TOKEN } });
    expect(await testConnector(core.context, deps, 'erp-shop')).toMatchObject({ ok: true });
  });
});

describe('auth styles, pagination kinds and the secrets file', () => {
  it('fetches an OAuth2 token, caches it, refreshes it after a 401; page, cursor-token and Link paging', async () => {
    const dir = makeTempDir('crossdock-oauth-');
    const core = createCore({ workspaceDir: dir.path, create: true, mode: 'cli' });
    const server = await new FaultServer({ oauth: { clientId: 'crossdock', clientSecret: 'cs-9b1e77' } }).start();
    server.set('/orders', orderFeed(12));
    const deps: ConnectorDeps = { secrets: new MemorySecretStore(), factories: connectorFactories, http: { clock: new ManualClock(0) } };
    try {
      const auth = { type: 'oauth2', tokenUrl: `${server.url}/oauth/token`, clientId: 'crossdock' };
      for (const [index, pagination] of ([{ type: 'page', size: 5 }, { type: 'cursor-token', tokenPath: 'next_cursor', sizeParam: 'limit', size: 5 }, { type: 'link-header', sizeParam: 'limit', size: 5 }] as JsonValue[]).entries()) {
        const name = `shop-${index}`;
        const config = { ...(restOrdersConfig(server.url, pagination) as object), auth } as JsonValue;
        await addConnector(core.context, deps, { name, kind: 'rest', side: 'erp', config, secrets: { clientSecret: 'cs-9b1e77' } });
        const run = await syncConnector(core.context, deps, { connector: name });
        expect(run, JSON.stringify(pagination)).toMatchObject({ status: 'ok', inserted: 12, pages: 3 });
      }
      const tokenRequests = () => server.log.filter((entry) => entry.url === '/oauth/token').length;
      expect(tokenRequests()).toBe(3);
      server.revokeTokens();
      server.upsert('/orders', orderRecord(50, '2026-03-01T00:00:00.000Z'));
      expect(await syncConnector(core.context, deps, { connector: 'shop-0' })).toMatchObject({ status: 'ok', inserted: 1 });
      expect(tokenRequests()).toBe(4);
    } finally {
      await server.stop();
      core.close();
      dir.cleanup();
    }
  });

  it('keeps secrets encrypted: never in workspace.db bytes, unreadable without the passphrase', async () => {
    const dir = makeTempDir('crossdock-secrets-');
    const core = createCore({ workspaceDir: dir.path, create: true, mode: 'cli' });
    const server = await new FaultServer({ authorization: `Bearer ${TOKEN}` }).start();
    server.set('/orders', orderFeed(4));
    try {
      const secrets = FileSecretStore.inWorkspace(dir.path, () => 'correct horse battery staple');
      const deps: ConnectorDeps = { secrets, factories: connectorFactories, http: { clock: new ManualClock(0) } };
      await addConnector(core.context, deps, { name: 'erp-shop', kind: 'rest', side: 'erp', config: restOrdersConfig(server.url), secrets: { token: TOKEN } });
      expect(await syncConnector(core.context, deps, { connector: 'erp-shop' })).toMatchObject({ status: 'ok', inserted: 4 });
      core.context.workspace.db.pragma('wal_checkpoint(TRUNCATE)');
      for (const file of ['workspace.db', 'secrets.enc']) expect(readFileSync(join(dir.path, file)).includes(Buffer.from(TOKEN)), file).toBe(false);
      expect(JSON.stringify(await listConnectors(core.context, deps))).not.toContain(TOKEN);
      expect(await FileSecretStore.inWorkspace(dir.path, () => 'correct horse battery staple').get('erp-shop/token')).toBe(TOKEN);
      await expect(FileSecretStore.inWorkspace(dir.path, () => 'wrong').get('erp-shop/token')).rejects.toThrow(/passphrase is wrong/);
      await expect(FileSecretStore.inWorkspace(dir.path, () => undefined).get('erp-shop/token')).rejects.toThrow(/CROSSDOCK_SECRETS_PASSPHRASE/);
    } finally {
      await server.stop();
      core.close();
      dir.cleanup();
    }
  });
});

async function startOn(server: FaultServer, port: number): Promise<void> {
  await server.start(port);
}
