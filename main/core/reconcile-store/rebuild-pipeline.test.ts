import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../test/helpers/temp-dir.js';
import { createDemoWorkspace } from '../demo/new-workspace.js';
import { createCore, type Core } from '../core.js';
import { rebuildByClosures } from './rebuild-closures.js';
import { partitionRows } from './rebuild-partition.js';
import { rebuildAll, startRebuild } from './rebuild.js';
import { sourceWorkerEntry } from './rebuild-workers.js';
import { actOnMismatches } from './review.js';
import { reconcileStatus } from './status.js';
import { sweepTimeRules } from './time-sweep.js';

/**
 * The partitioned worker rebuild against the closure-per-seed rebuild it replaced (rebuild-closures.ts), on the demo
 * workspace: real ingest (X12 and EDIFACT), partners' cross-references, outbound acks, the control-number ledger,
 * ERP/WMS records, stock positions and every planted mismatch type.
 */
const NOW = '2026-11-28T03:00:00.000Z';
const temp = makeTempDir('crossdock-rebuild-pipeline-');
let core: Core;
const db = () => core.context.workspace.db;

beforeAll(async () => {
  const dir = join(temp.path, 'ws');
  await createDemoWorkspace(dir, { now: new Date(NOW) });
  core = createCore({ workspaceDir: dir, mode: 'test' });
}, 300_000);
afterAll(() => {
  core?.close();
  temp.cleanup();
}, 60_000);

const clearResults = () => db().exec('DELETE FROM mismatch_events; DELETE FROM mismatches; DELETE FROM recon_threads; DELETE FROM workspace_meta WHERE key = \'reconcile.lastFullRunAt\'');
const snapshot = () => ({
  threads: db().prepare('SELECT key, kind, partner_id, po_numbers, member_count, open_count, summary_json, last_activity_at FROM recon_threads ORDER BY key').all(),
  mismatches: db()
    .prepare(
      `SELECT id, type, thread_key, line_key, partner_id, channel, warehouse, severity, owner, chargeback_risk, summary, expected_json, actual_json, evidence_json,
         money_at_risk, fingerprint, status, assignee, resolution_reason, resolved_fingerprint, present FROM mismatches ORDER BY id`,
    )
    .all(),
  events: db().prepare('SELECT mismatch_id, action, from_status, to_status, actor FROM mismatch_events ORDER BY mismatch_id, action, id').all(),
});
type Snapshot = ReturnType<typeof snapshot>;

describe('the partitioned rebuild', () => {
  let reference: Snapshot;
  beforeAll(async () => {
    clearResults();
    const result = await rebuildByClosures(db(), { now: NOW });
    expect(result.cancelled).toBe(false);
    reference = snapshot();
  }, 120_000);

  it('cuts the workspace into several batches of whole components', () => {
    const partition = partitionRows(db(), 100);
    expect(partition.batches).toBeGreaterThan(3);
    expect(partition.offsets[partition.batches]).toBe(partition.rowCount);
    expect(new Set(partition.rows).size).toBe(partition.rowCount);
  });

  it('finds the same mismatches and threads as the closure-per-seed rebuild, on worker threads', async () => {
    expect(reference.mismatches.length).toBeGreaterThan(25);
    expect(new Set(reference.mismatches.map((row) => (row as { type: string }).type)).size).toBeGreaterThan(15);
    clearResults();
    const result = await rebuildAll(db(), { now: NOW, workers: 2, batchMembers: 150 });
    expect(result.cancelled).toBe(false);
    expect(result.batches.byWorkers).toBeGreaterThan(0);
    expect(snapshot()).toEqual(reference);
  }, 120_000);

  it('gives the same result without workers (the same batches on this thread)', async () => {
    clearResults();
    const result = await rebuildAll(db(), { now: NOW, workers: 0, batchMembers: 150 });
    expect(result.batches).toEqual({ byWorkers: 0, inThread: expect.any(Number) as number });
    expect(result.batches.inThread).toBeGreaterThan(3);
    expect(snapshot()).toEqual(reference);
  }, 120_000);

  it('evaluates on this thread the batches of workers that fail', async () => {
    clearResults();
    const result = await rebuildAll(db(), { now: NOW, workers: 2, batchMembers: 150, workerEntry: { code: "throw new Error('no worker here')", eval: true } });
    expect(result.batches.byWorkers).toBe(0);
    expect(result.batches.inThread).toBeGreaterThan(3);
    expect(snapshot()).toEqual(reference);
  }, 120_000);

  it('cuts the partition on this thread when the worker cutting it fails, and the other worker evaluates', async () => {
    clearResults();
    const failsWhenCutting = sourceWorkerEntry("if (require('node:worker_threads').workerData.partitionRows !== null) throw new Error('no partition here');");
    const result = await rebuildAll(db(), { now: NOW, workers: 2, batchMembers: 150, workerEntry: failsWhenCutting });
    expect(result.batches.byWorkers).toBeGreaterThan(0);
    expect(snapshot()).toEqual(reference);
  }, 120_000);

  it('keeps review state across a rebuild exactly as the closure rebuild does', async () => {
    clearResults();
    await rebuildAll(db(), { now: NOW, workers: 2, batchMembers: 150 });
    const open = db().prepare("SELECT id FROM mismatches WHERE status = 'open' ORDER BY id").pluck().all() as string[];
    expect(open.length).toBeGreaterThan(5);
    actOnMismatches(db(), [open[0]!], { action: 'assign', assignee: 'ann' }, 'ann', NOW);
    actOnMismatches(db(), [open[1]!, open[2]!], { action: 'resolve', reason: 'partner-informed' }, 'ann', NOW);
    actOnMismatches(db(), [open[3]!], { action: 'accept', note: 'known variance' }, 'ann', NOW);
    const later = '2026-11-28T04:00:00.000Z';
    const pipeline = await rebuildAll(db(), { now: later, workers: 2, batchMembers: 150 });
    expect(pipeline).toMatchObject({ cancelled: false, found: 0, reopened: 0, cleared: 0, removed: 0 });
    const statuses = db().prepare(`SELECT id, status, assignee, resolution_reason FROM mismatches WHERE id IN (?, ?, ?, ?) ORDER BY id`).all(open[0], open[1], open[2], open[3]);
    expect(statuses).toEqual(
      [
        { id: open[0], status: 'assigned', assignee: 'ann', resolution_reason: null },
        { id: open[1], status: 'resolved', assignee: null, resolution_reason: 'partner-informed' },
        { id: open[2], status: 'resolved', assignee: null, resolution_reason: 'partner-informed' },
        { id: open[3], status: 'accepted', assignee: null, resolution_reason: null },
      ].sort((a, b) => (a.id! < b.id! ? -1 : 1)),
    );
    // thread rows (open counts, step summaries without the closed mismatches) as the closure rebuild writes them
    const afterPipeline = snapshot();
    await rebuildByClosures(db(), { now: later });
    expect(snapshot()).toEqual(afterPipeline);
  }, 120_000);

  it('agrees with incremental evaluation: a time sweep right after it, at the same instant, changes nothing', async () => {
    clearResults();
    await rebuildAll(db(), { now: NOW, workers: 0 });
    const rebuilt = snapshot();
    // ack threads among them: a closure of several ack threads must load every one's fact
    expect((rebuilt.threads as { kind: string }[]).filter((thread) => thread.kind === 'ack').length).toBeGreaterThan(2);
    const sweep = await sweepTimeRules(core.context, { now: NOW, windowDays: 3650 });
    expect(sweep).toMatchObject({ found: 0, reopened: 0, cleared: 0 });
    expect(snapshot().mismatches).toEqual(rebuilt.mismatches);
  }, 120_000);

  it('runs as a cancellable task: cancelled, it removes nothing and records no full run', async () => {
    const before = snapshot();
    const task = startRebuild(core.context, { now: '2026-11-28T05:00:00.000Z', workers: 2, batchMembers: 50 });
    core.context.tasks.cancel(task.taskId);
    const result = await task.done;
    expect(result.cancelled).toBe(true);
    expect(result.removed).toBe(0);
    expect(reconcileStatus(db()).lastFullRunAt).not.toBe('2026-11-28T05:00:00.000Z');
    expect(snapshot().mismatches).toEqual(before.mismatches);
  }, 120_000);
});
