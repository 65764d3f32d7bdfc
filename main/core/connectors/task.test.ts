import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FaultServer } from '../../../test/helpers/fault-server.js';
import { makeTempDir } from '../../../test/helpers/temp-dir.js';
import type { TaskProgress } from '../api/types.js';
import { createCore, type Core } from '../core.js';
import { startSyncTask } from './context-deps.js';
import { connectorFactories } from './factories.js';
import type { ConnectorDeps } from './instances.js';
import { ManualClock } from './resilience/clock.js';
import { syncConnector } from './runner.js';
import { MemorySecretStore } from './secrets.js';
import { addConnector } from './service.js';
import { orderFeed, restOrdersConfig } from './test-support.js';

describe('sync as a task; rate limit per connector', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let core: Core;
  let server: FaultServer;
  beforeEach(async () => {
    dir = makeTempDir('crossdock-sync-task-');
    core = createCore({ workspaceDir: dir.path, create: true, mode: 'cli' });
    server = await new FaultServer({ authorization: 'Bearer k' }).start();
    server.set('/orders', orderFeed(60));
  });
  afterEach(async () => {
    await server.stop();
    core.close();
    dir.cleanup();
  });

  it('cancels between pages: committed pages stay, the next run resumes from them', async () => {
    const deps: ConnectorDeps = { secrets: new MemorySecretStore(), factories: connectorFactories, http: { clock: new ManualClock(0) } };
    await addConnector(core.context, deps, { name: 'erp-shop', kind: 'rest', side: 'erp', config: restOrdersConfig(server.url, { type: 'keyset', size: 10 }), secrets: { token: 'k' } });
    const states: TaskProgress[] = [];
    let taskId: string | undefined;
    core.on('task.progress', (progress) => {
      states.push(progress);
      taskId ??= progress.taskId;
    });
    // Cancel while the third page is being asked for: two pages (20 records) are committed by then. Cancelling on a
    // progress event instead was timing-dependent (progress is throttled to 100 ms; a fast run had no event mid-way).
    server.beforeAnswer = (_path, request) => {
      if (request === 3 && taskId) core.context.tasks.cancel(taskId);
    };
    const [outcome] = await startSyncTask(core.context, deps, { connector: 'erp-shop' }).done;
    expect(outcome).toMatchObject({ status: 'cancelled' });
    expect(states.at(-1)).toMatchObject({ state: 'cancelled' });
    const landed = core.context.workspace.db.prepare('SELECT count(*) FROM source_records').pluck().get() as number;
    expect(landed).toBeGreaterThanOrEqual(20);
    expect(landed).toBeLessThan(60);
    const resumed = await syncConnector(core.context, deps, { connector: 'erp-shop' });
    expect(resumed).toMatchObject({ status: 'ok', inserted: 60 - landed });
  });

  it('paces requests by the connector rate limit', async () => {
    const clock = new ManualClock(0);
    const deps: ConnectorDeps = { secrets: new MemorySecretStore(), factories: connectorFactories, clock, http: { clock, burst: 1 } };
    await addConnector(core.context, deps, { name: 'erp-slow', kind: 'rest', side: 'erp', config: restOrdersConfig(server.url, { type: 'keyset', size: 10 }), secrets: { token: 'k' }, rateLimitPerSecond: 2 });
    const run = await syncConnector(core.context, deps, { connector: 'erp-slow' });
    expect(run).toMatchObject({ status: 'ok', inserted: 60, pages: 7 });
    // 7 requests at 2/s with a burst of 1: six waits of half a second
    expect(clock.sleeps.reduce((sum, ms) => sum + ms, 0)).toBeGreaterThanOrEqual(3000);
  });
});
