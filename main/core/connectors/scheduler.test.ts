import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FaultServer } from '../../../test/helpers/fault-server.js';
import { makeTempDir } from '../../../test/helpers/temp-dir.js';
import { createCore, type Core } from '../core.js';
import { connectorFactories } from './factories.js';
import type { ConnectorDeps } from './instances.js';
import { ManualClock } from './resilience/clock.js';
import { dueConnectors, startSyncScheduler } from './scheduler.js';
import { MemorySecretStore } from './secrets.js';
import { addConnector, updateConnector } from './service.js';
import { orderFeed, restOrdersConfig } from './test-support.js';

describe('sync scheduler', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let core: Core;
  let server: FaultServer;
  beforeEach(async () => {
    dir = makeTempDir('crossdock-schedule-');
    core = createCore({ workspaceDir: dir.path, create: true, mode: 'cli' });
    server = await new FaultServer({ authorization: 'Bearer s' }).start();
    server.set('/orders', orderFeed(5));
  });
  afterEach(async () => {
    await server.stop();
    core.close();
    dir.cleanup();
  });

  it('runs scheduled connectors when due, then not until the next slot; skips paused and unscheduled ones', async () => {
    const clock = new ManualClock(Date.parse('2026-11-28T08:00:00Z'));
    const deps: ConnectorDeps = { secrets: new MemorySecretStore(), factories: connectorFactories, clock, http: { clock } };
    await addConnector(core.context, deps, { name: 'erp-a', kind: 'rest', side: 'erp', config: restOrdersConfig(server.url), secrets: { token: 's' }, scheduleMinutes: 15 });
    await addConnector(core.context, deps, { name: 'erp-b', kind: 'rest', side: 'erp', config: restOrdersConfig(server.url), secrets: { token: 's' }, scheduleMinutes: 15, paused: true });
    await addConnector(core.context, deps, { name: 'erp-c', kind: 'rest', side: 'erp', config: restOrdersConfig(server.url), secrets: { token: 's' } });
    const db = core.context.workspace.db;
    expect(dueConnectors(db, '2026-11-28T08:00:00.000Z')).toEqual(['erp-a']);
    const scheduler = startSyncScheduler(core.context, deps, { now: () => clock.now() });
    try {
      await scheduler.tick();
      expect(db.prepare("SELECT count(*) FROM source_records WHERE connector = 'erp-a'").pluck().get()).toBe(5);
      expect(db.prepare("SELECT trigger, status FROM connector_runs").all()).toEqual([{ trigger: 'schedule', status: 'ok' }]);
      expect(db.prepare("SELECT next_run_at FROM connector_streams WHERE connector = 'erp-a'").pluck().get()).toBe('2026-11-28T08:15:00.000Z');
      expect(dueConnectors(db, '2026-11-28T08:10:00.000Z')).toEqual([]);
      expect(dueConnectors(db, '2026-11-28T08:15:00.000Z')).toEqual(['erp-a']);
      await updateConnector(core.context, deps, 'erp-b', { paused: false });
      expect(dueConnectors(db, '2026-11-28T08:10:00.000Z')).toEqual(['erp-b']);
      // a schedule edit counts from the last run, not from the slot the old schedule gave
      await updateConnector(core.context, deps, 'erp-a', { scheduleMinutes: 5 });
      expect(db.prepare("SELECT next_run_at FROM connector_streams WHERE connector = 'erp-a'").pluck().get()).toBe('2026-11-28T08:05:00.000Z');
      expect(dueConnectors(db, '2026-11-28T08:06:00.000Z')).toContain('erp-a');
      await updateConnector(core.context, deps, 'erp-a', { scheduleMinutes: 60 });
      expect(dueConnectors(db, '2026-11-28T08:30:00.000Z')).not.toContain('erp-a');
      expect(dueConnectors(db, '2026-11-28T09:00:00.000Z')).toContain('erp-a');
      // an edit that leaves the schedule alone leaves the slot alone
      await updateConnector(core.context, deps, 'erp-a', { rateLimitPerSecond: 3 });
      expect(db.prepare("SELECT next_run_at FROM connector_streams WHERE connector = 'erp-a'").pluck().get()).toBe('2026-11-28T09:00:00.000Z');
    } finally {
      scheduler.stop();
    }
  });
});
