import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reconcileAll } from '../reconcile/reconcile.js';
import { syntheticContext, syntheticInputs } from '../reconcile/synthetic.js';
import type { Mismatch } from '../reconcile/types.js';
import { getMismatch } from './detail.js';
import { listMismatches } from './queue.js';
import { insertMismatches, seedPartners, storedFrom, tempWorkspace } from './review-fixtures.js';
import { actOnMismatches } from './review.js';

let ws: ReturnType<typeof tempWorkspace>;
let found: Mismatch[];
const db = () => ws.workspace.db;
const T0 = '2026-12-20T08:00:00.000Z';
const T1 = '2026-12-20T09:00:00.000Z';

beforeEach(() => {
  ws = tempWorkspace();
  seedPartners(db(), ['Partner 1', 'Partner 2', 'Partner 3']);
  found = reconcileAll(syntheticInputs(30, 3), syntheticContext()).mismatches;
  insertMismatches(db(), found.map((mismatch) => storedFrom(mismatch, T0)));
  const threadInsert = db().prepare("INSERT INTO recon_threads (key, kind, member_count, open_count, evaluated_at) VALUES (?, 'order', 6, ?, ?)");
  const perThread = new Map<string, number>();
  for (const mismatch of found) perThread.set(mismatch.threadKey, (perThread.get(mismatch.threadKey) ?? 0) + 1);
  for (const [key, count] of perThread) threadInsert.run(key, count, T0);
});
afterEach(() => ws.cleanup());

const status = (id: string) => db().prepare('SELECT status, assignee, resolution_reason, resolution_note, resolved_fingerprint, fingerprint, status_changed_at FROM mismatches WHERE id = ?').get(id) as Record<string, string | null>;

describe('mismatches.act', () => {
  it('finds planted defects to act on', () => {
    expect(found.length).toBeGreaterThanOrEqual(10);
  });

  it('assigns many in one go, audited with the actor, and skips unknown ids and repeats with why', () => {
    const ids = found.slice(0, 3).map((mismatch) => mismatch.id);
    const first = actOnMismatches(db(), [...ids, 'mm-0000000000000000'], { action: 'assign', assignee: 'ana' }, 'desk-ana', T1);
    expect(first.changed).toEqual(ids);
    expect(first.skipped).toEqual([{ id: 'mm-0000000000000000', why: 'no such mismatch' }]);
    expect(first.event).toMatchObject({ found: 0, reopened: 0 });
    expect(status(ids[0]!)).toMatchObject({ status: 'assigned', assignee: 'ana', status_changed_at: T1 });
    const again = actOnMismatches(db(), ids.slice(0, 1), { action: 'assign', assignee: 'ana' }, 'desk-ana', T1);
    expect(again).toMatchObject({ changed: [], skipped: [{ why: 'already assigned to ana' }], event: null });
    const detail = getMismatch(db(), ids[0]!);
    expect(detail.events).toEqual([{ id: expect.any(Number), at: T1, actor: 'desk-ana', action: 'assigned', fromStatus: 'open', toStatus: 'assigned', detail: { assignee: 'ana' } }]);
    expect(listMismatches(db(), { filter: { assignee: 'ana' } }).total).toBe(3);
  });

  it('resolves with a reason and note, recording the fingerprint resolved, and updates the thread open count', () => {
    const target = found[0]!;
    const before = db().prepare('SELECT open_count FROM recon_threads WHERE key = ?').pluck().get(target.threadKey) as number;
    const result = actOnMismatches(db(), [target.id], { action: 'resolve', reason: 'corrected-in-erp', note: 'fixed qty' }, 'bo', T1);
    expect(result.changed).toEqual([target.id]);
    expect(status(target.id)).toMatchObject({ status: 'resolved', resolution_reason: 'corrected-in-erp', resolution_note: 'fixed qty', resolved_fingerprint: `fp-${target.id}` });
    expect(db().prepare('SELECT open_count FROM recon_threads WHERE key = ?').pluck().get(target.threadKey)).toBe(before - 1);
    expect(actOnMismatches(db(), [target.id], { action: 'accept' }, 'bo', T1).skipped).toEqual([{ id: target.id, why: 'already resolved' }]);
    expect(listMismatches(db(), {}).rows.map((row) => row.id)).not.toContain(target.id);
    expect(getMismatch(db(), target.id)).toMatchObject({ resolutionReason: 'corrected-in-erp', resolutionNote: 'fixed qty', evidence: target.evidence });
  });

  it('accepts a variance, re-opens it back to its assignee clearing the resolution, and notes on any status', () => {
    const target = found[1]!;
    actOnMismatches(db(), [target.id], { action: 'assign', assignee: 'cy' }, 'lead', T0);
    actOnMismatches(db(), [target.id], { action: 'accept', note: 'within contract' }, 'cy', T1);
    expect(status(target.id)).toMatchObject({ status: 'accepted', resolved_fingerprint: `fp-${target.id}`, resolution_note: 'within contract' });
    const reopened = actOnMismatches(db(), [target.id], { action: 'reopen', note: 'partner disputes' }, 'lead', T1);
    expect(reopened.event).toMatchObject({ reopened: 1, threadKeys: 1 });
    expect(status(target.id)).toMatchObject({ status: 'assigned', assignee: 'cy', resolved_fingerprint: null, resolution_note: null });
    actOnMismatches(db(), [target.id], { action: 'note', note: 'called them' }, 'cy', T1);
    expect(actOnMismatches(db(), [target.id], { action: 'reopen' }, 'cy', T1).skipped[0]?.why).toBe('it is assigned, not resolved or accepted');
    const actions = getMismatch(db(), target.id).events.map((event) => [event.action, event.actor, event.toStatus]);
    expect(actions).toEqual([
      ['assigned', 'lead', 'assigned'],
      ['accepted', 'cy', 'accepted'],
      ['reopened', 'lead', 'assigned'],
      ['noted', 'cy', 'assigned'],
    ]);
  });

  it('unassigns only assigned ones and rolls the whole batch back on failure', () => {
    const [a, b] = found;
    actOnMismatches(db(), [a!.id], { action: 'assign', assignee: 'ana' }, 'x', T0);
    const result = actOnMismatches(db(), [a!.id, b!.id], { action: 'unassign' }, 'x', T1);
    expect(result.changed).toEqual([a!.id]);
    expect(result.skipped).toEqual([{ id: b!.id, why: 'it is open, not assigned' }]);
    expect(status(a!.id)).toMatchObject({ status: 'open', assignee: null });
    db().exec("CREATE TRIGGER fail_audit BEFORE INSERT ON mismatch_events WHEN NEW.mismatch_id = '" + b!.id + "' BEGIN SELECT RAISE(ABORT, 'boom'); END");
    expect(() => actOnMismatches(db(), [a!.id, b!.id], { action: 'resolve', reason: 'duplicate' }, 'x', T1)).toThrow('boom');
    expect(status(a!.id).status).toBe('open');
  });
});

describe('mismatches.get', () => {
  it('refuses an unknown id as not-found', () => {
    expect(() => getMismatch(db(), 'mm-ffffffffffffffff')).toThrow(expect.objectContaining({ code: 'not-found' }));
  });
});
