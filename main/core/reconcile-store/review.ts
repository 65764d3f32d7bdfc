/**
 * mismatches.act: one review action over many mismatches in one transaction. Each change writes a mismatch_events
 * row with the acting user; ids that do not exist or where the action does not apply are skipped with why. Resolving
 * or accepting records the fingerprint it was given for: a later evaluation that finds different facts re-opens it.
 */
import type Database from 'better-sqlite3';
import type { MismatchAction, MismatchStatus, ReconcileChanged, ReviewAction, ReviewActionResult } from './types.js';

interface ReviewRow {
  id: string;
  thread_key: string;
  status: MismatchStatus;
  assignee: string | null;
  fingerprint: string;
}

/** What one action does to one mismatch: the new state, the audit entry, or why it does not apply. */
interface Change {
  status: MismatchStatus;
  assignee: string | null;
  /** undefined: leave the resolution columns as they are */
  resolution?: { reason: string | null; note: string | null; fingerprint: string | null };
  action: MismatchAction;
  detail: Record<string, string>;
}

const isClosed = (status: MismatchStatus) => status === 'resolved' || status === 'accepted';
const withNote = (detail: Record<string, string>, note: string | undefined) => (note ? { ...detail, note } : detail);

export function planChange(row: ReviewRow, change: ReviewAction): Change | string {
  switch (change.action) {
    case 'assign':
      if (isClosed(row.status)) return `it is ${row.status}; re-open it first`;
      if (row.status === 'assigned' && row.assignee === change.assignee) return `already assigned to ${change.assignee}`;
      return { status: 'assigned', assignee: change.assignee, action: 'assigned', detail: { assignee: change.assignee } };
    case 'unassign':
      if (row.status !== 'assigned') return `it is ${row.status}, not assigned`;
      return { status: 'open', assignee: null, action: 'changed', detail: { why: `unassigned from ${row.assignee ?? 'nobody'}` } };
    case 'resolve':
      if (isClosed(row.status)) return `already ${row.status}`;
      return {
        status: 'resolved',
        assignee: row.assignee,
        resolution: { reason: change.reason, note: change.note || null, fingerprint: row.fingerprint },
        action: 'resolved',
        detail: withNote({ reason: change.reason }, change.note),
      };
    case 'accept':
      if (isClosed(row.status)) return `already ${row.status}`;
      return { status: 'accepted', assignee: row.assignee, resolution: { reason: null, note: change.note || null, fingerprint: row.fingerprint }, action: 'accepted', detail: withNote({}, change.note) };
    case 'reopen':
      if (!isClosed(row.status)) return `it is ${row.status}, not resolved or accepted`;
      // back to whoever held it
      return { status: row.assignee ? 'assigned' : 'open', assignee: row.assignee, resolution: { reason: null, note: null, fingerprint: null }, action: 'reopened', detail: withNote({ why: 're-opened by a reviewer' }, change.note) };
    case 'note':
      return { status: row.status, assignee: row.assignee, action: 'noted', detail: { note: change.note } };
  }
}

export interface ActOutcome extends ReviewActionResult {
  /** for the reconcile.changed event; null when nothing changed */
  event: ReconcileChanged | null;
}

/** Applies `change` to `ids` at `now` (ISO) as `actor`. */
export function actOnMismatches(db: Database.Database, ids: readonly string[], change: ReviewAction, actor: string, now: string = new Date().toISOString()): ActOutcome {
  const select = db.prepare('SELECT id, thread_key, status, assignee, fingerprint FROM mismatches WHERE id = ?');
  const update = db.prepare('UPDATE mismatches SET status = ?, assignee = ?, status_changed_at = CASE WHEN status = ? THEN status_changed_at ELSE ? END WHERE id = ?');
  const resolve = db.prepare('UPDATE mismatches SET resolution_reason = ?, resolution_note = ?, resolved_fingerprint = ? WHERE id = ?');
  const audit = db.prepare('INSERT INTO mismatch_events (mismatch_id, at, actor, action, from_status, to_status, detail_json) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const openCount = db.prepare(
    "UPDATE recon_threads SET open_count = (SELECT count(*) FROM mismatches WHERE thread_key = ? AND present = 1 AND status IN ('open', 'assigned')) WHERE key = ?",
  );
  const changed: string[] = [];
  const skipped: { id: string; why: string }[] = [];
  const threads = new Set<string>();
  let reopened = 0;
  db.transaction(() => {
    for (const id of new Set(ids)) {
      const row = select.get(id) as ReviewRow | undefined;
      if (!row) {
        skipped.push({ id, why: 'no such mismatch' });
        continue;
      }
      const plan = planChange(row, change);
      if (typeof plan === 'string') {
        skipped.push({ id, why: plan });
        continue;
      }
      update.run(plan.status, plan.assignee, plan.status, now, id);
      if (plan.resolution) resolve.run(plan.resolution.reason, plan.resolution.note, plan.resolution.fingerprint, id);
      audit.run(id, now, actor, plan.action, row.status, plan.status, JSON.stringify(plan.detail));
      changed.push(id);
      if (plan.status !== row.status) threads.add(row.thread_key);
      if (plan.action === 'reopened') reopened++;
    }
    for (const key of threads) openCount.run(key, key);
  })();
  const event: ReconcileChanged | null = changed.length ? { threadKeys: threads.size, found: 0, reopened, cleared: 0, alerts: [] } : null;
  return { changed, skipped, event };
}
