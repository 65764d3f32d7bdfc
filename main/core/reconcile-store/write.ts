/**
 * Writing an evaluation: recon_threads rows and the mismatch lifecycle (docs: notes s3-plan "Semantics"). Per thread:
 * a new id is found (open); a known one is updated and, when resolved or accepted for another fingerprint than the
 * one it now has, or when it had cleared and comes back resolved, re-opened; a known one the thread no longer
 * produces clears (present = 0) and, when it was open or assigned, is resolved as 'data-corrected' by 'system'.
 * Every change writes a mismatch_events row. Runs inside the caller's transaction.
 */
import type Database from 'better-sqlite3';
import { hash64 } from '../reconcile/hash.js';
import type { Mismatch, Severity, Thread } from '../reconcile/index.js';
import type { ReconcileEnv } from './inputs-context.js';
import type { MismatchStatus, ReconcileChanged } from './types.js';
import { lastActivityOf, summarizeThread } from './write-summary.js';
import { perConnection } from '../workspace/per-connection.js';

/** Alerts carried per evaluation (ReconcileChanged.alerts). */
export const MAX_ALERTS = 200;

export const SEVERITY_RANK: Record<Severity, number> = { low: 1, medium: 2, high: 3, critical: 4 };

/** Hash of what was found: a resolution holds while this stays the one it was given for. */
export function fingerprintOf(mismatch: Pick<Mismatch, 'expected' | 'actual' | 'moneyAtRisk'>): string {
  const money = mismatch.moneyAtRisk ? `${mismatch.moneyAtRisk.amount} ${mismatch.moneyAtRisk.currency ?? ''}` : '';
  return hash64(`${mismatch.expected.text}\u0000${mismatch.actual.text}\u0000${money}`);
}

/** round(amount × 100), whatever the currency: for sorting and sums only. */
export function minorUnits(amount: string | undefined): number {
  const value = amount === undefined ? NaN : Number(amount);
  return Number.isFinite(value) ? Math.round(value * 100) : 0;
}

interface ExistingRow {
  id: string;
  status: MismatchStatus;
  assignee: string | null;
  fingerprint: string;
  resolved_fingerprint: string | null;
  present: 0 | 1;
  summary: string;
  evidence_json: string;
  severity: Severity;
}

export interface WriteOptions {
  now: string;
  actor: string;
  env: ReconcileEnv;
}

export interface WriteCounts extends ReconcileChanged {
  /** rows whose content changed without a state change */
  changed: number;
}

export function emptyCounts(): WriteCounts {
  return { threadKeys: 0, found: 0, reopened: 0, cleared: 0, changed: 0, alerts: [] };
}

function prepare(db: Database.Database) {
  return {
    existing: db.prepare('SELECT id, status, assignee, fingerprint, resolved_fingerprint, present, summary, evidence_json, severity FROM mismatches WHERE thread_key = ?'),
    keysWithRows: db.prepare('SELECT DISTINCT thread_key FROM mismatches INDEXED BY mismatches_thread WHERE thread_key IN (SELECT value FROM json_each(?))').pluck(),
    insert: db.prepare(
      `INSERT INTO mismatches (id, type, thread_key, line_key, partner_id, channel, warehouse, severity, severity_rank, owner, chargeback_risk, summary,
         expected_json, actual_json, evidence_json, money_at_risk, currency, money_at_risk_minor, fingerprint, status, present, first_seen_at, last_seen_at, status_changed_at)
       VALUES (@id, @type, @threadKey, @lineKey, @partnerId, @channel, @warehouse, @severity, @severityRank, @owner, @chargebackRisk, @summary,
         @expected, @actual, @evidence, @money, @currency, @moneyMinor, @fingerprint, 'open', 1, @now, @now, @now)`,
    ),
    update: db.prepare(
      `UPDATE mismatches SET type = @type, line_key = @lineKey, partner_id = @partnerId, channel = @channel, warehouse = @warehouse, severity = @severity,
         severity_rank = @severityRank, owner = @owner, chargeback_risk = @chargebackRisk, summary = @summary, expected_json = @expected, actual_json = @actual,
         evidence_json = @evidence, money_at_risk = @money, currency = @currency, money_at_risk_minor = @moneyMinor, fingerprint = @fingerprint,
         present = 1, cleared_at = NULL, last_seen_at = @now WHERE id = @id`,
    ),
    reopen: db.prepare(
      `UPDATE mismatches SET status = ?, status_changed_at = ?, resolution_reason = NULL, resolution_note = NULL, resolved_fingerprint = NULL WHERE id = ?`,
    ),
    clear: db.prepare(`UPDATE mismatches SET present = 0, cleared_at = ? WHERE id = ?`),
    dataCorrected: db.prepare(
      `UPDATE mismatches SET status = 'resolved', status_changed_at = ?, resolution_reason = 'data-corrected', resolution_note = NULL, resolved_fingerprint = fingerprint WHERE id = ?`,
    ),
    event: db.prepare('INSERT INTO mismatch_events (mismatch_id, at, actor, action, from_status, to_status, detail_json) VALUES (?, ?, ?, ?, ?, ?, ?)'),
    upsertThread: db.prepare(
      `INSERT INTO recon_threads (key, kind, partner_id, po_numbers, member_count, open_count, summary_json, last_activity_at, evaluated_at)
       VALUES (@key, @kind, @partnerId, @poNumbers, @memberCount, @openCount, @summary, @lastActivity, @now)
       ON CONFLICT (key) DO UPDATE SET kind = excluded.kind, partner_id = excluded.partner_id, po_numbers = excluded.po_numbers,
         member_count = excluded.member_count, open_count = excluded.open_count, summary_json = excluded.summary_json,
         last_activity_at = excluded.last_activity_at, evaluated_at = excluded.evaluated_at`,
    ),
    deleteThread: db.prepare('DELETE FROM recon_threads WHERE key = ?'),
  };
}

const statementsFor = perConnection(prepare);

const isClosed = (status: MismatchStatus) => status === 'resolved' || status === 'accepted';

/** The channel of the thread's order as the partner sent it (EDI, portal…). */
function channelOf(thread: Thread): string | null {
  const order = thread.documents.find((entry) => entry.document.kind === 'order' && entry.side === 'partner') ?? thread.documents[0];
  return order?.document.channel ?? null;
}

function warehouseOf(mismatch: Mismatch): string | null {
  const at = mismatch.lineKey?.lastIndexOf('@') ?? -1;
  return at > 0 ? mismatch.lineKey!.slice(at + 1) : null;
}

/**
 * What the thread row needs of a thread, without the thread: the rebuild's workers send this instead of the documents.
 * `summary(open)`: the step summary (JSON) for the mismatches left open or assigned after the merge.
 */
export interface ThreadShape {
  kind: Thread['kind'];
  /** the engine's partner id, before the check that the partner is stored */
  partnerId: number | null;
  poNumbers: string;
  memberCount: number;
  channel: string | null;
  lastActivity: string | null;
  summary(open: readonly Mismatch[]): string;
}

export function shapeOf(thread: Thread): ThreadShape {
  return {
    kind: thread.kind,
    partnerId: thread.partner?.id ?? null,
    poNumbers: JSON.stringify(thread.poNumbers),
    memberCount: thread.documents.length + thread.facts.length,
    channel: channelOf(thread),
    lastActivity: lastActivityOf(thread),
    summary: (open) => JSON.stringify(summarizeThread(thread, open)),
  };
}

/** Merges one thread's mismatches (empty and `thread` null: the thread no longer exists) and writes its row. */
export function writeThread(db: Database.Database, threadKey: string, thread: Thread | null, found: readonly Mismatch[], options: WriteOptions, counts: WriteCounts): void {
  writeThreadShape(db, threadKey, thread ? shapeOf(thread) : null, found, options, counts);
}

/**
 * Which of these thread keys have mismatch rows (one query for a batch: most threads have none, and the writer then
 * skips its per-thread lookup).
 */
export function keysWithMismatches(db: Database.Database, threadKeys: readonly string[]): Set<string> {
  if (threadKeys.length === 0) return new Set();
  return new Set(statementsFor(db).keysWithRows.all(JSON.stringify(threadKeys)) as string[]);
}

/**
 * writeThread over a thread's shape (null: the thread no longer exists). `hasRows` false: the caller knows the thread
 * has no mismatch rows yet (keysWithMismatches), so they are not looked up.
 */
export function writeThreadShape(db: Database.Database, threadKey: string, thread: ThreadShape | null, found: readonly Mismatch[], options: WriteOptions, counts: WriteCounts, hasRows = true): void {
  const sql = statementsFor(db);
  const { now, actor, env } = options;
  const existing = new Map(hasRows ? (sql.existing.all(threadKey) as ExistingRow[]).map((row) => [row.id, row]) : []);
  const channel = thread ? thread.channel : null;
  const event = (id: string, action: string, from: MismatchStatus | null, to: MismatchStatus | null, detail: object, by = actor) => sql.event.run(id, now, by, action, from, to, JSON.stringify(detail));
  const open: Mismatch[] = [];
  const alert = (mismatch: Mismatch, partnerId: number | null) => {
    // a notification list, not a report: a rebuild from nothing must not hold every high mismatch in memory
    if ((mismatch.severity === 'high' || mismatch.severity === 'critical') && counts.alerts.length < MAX_ALERTS) {
      counts.alerts.push({ id: mismatch.id, type: mismatch.type, summary: mismatch.summary, severity: mismatch.severity, partnerName: env.partnerName(partnerId) });
    }
  };

  for (const mismatch of found) {
    const partnerCandidate = mismatch.partner?.id ?? thread?.partnerId ?? null;
    const partnerId = partnerCandidate !== null && env.partnerName(partnerCandidate) !== null ? partnerCandidate : null;
    const fingerprint = fingerprintOf(mismatch);
    const values = {
      id: mismatch.id,
      type: mismatch.type,
      threadKey,
      lineKey: mismatch.lineKey,
      partnerId,
      channel,
      warehouse: warehouseOf(mismatch),
      severity: mismatch.severity,
      severityRank: SEVERITY_RANK[mismatch.severity],
      owner: mismatch.owner,
      chargebackRisk: mismatch.chargebackRisk ? 1 : 0,
      summary: mismatch.summary,
      expected: JSON.stringify(mismatch.expected),
      actual: JSON.stringify(mismatch.actual),
      evidence: JSON.stringify(mismatch.evidence),
      money: mismatch.moneyAtRisk?.amount ?? null,
      currency: mismatch.moneyAtRisk?.currency ?? null,
      moneyMinor: minorUnits(mismatch.moneyAtRisk?.amount),
      fingerprint,
      now,
    };
    const detail = { expected: mismatch.expected.text, actual: mismatch.actual.text };
    const row = existing.get(mismatch.id);
    existing.delete(mismatch.id);
    if (!row) {
      sql.insert.run(values);
      event(mismatch.id, 'found', null, 'open', detail);
      counts.found++;
      open.push(mismatch);
      alert(mismatch, partnerId);
      continue;
    }
    sql.update.run(values);
    const cameBack = row.present === 0;
    const contradicted = isClosed(row.status) && row.resolved_fingerprint !== fingerprint;
    if ((cameBack && row.status === 'resolved') || contradicted) {
      const to: MismatchStatus = row.assignee ? 'assigned' : 'open';
      sql.reopen.run(to, now, mismatch.id);
      event(mismatch.id, 'reopened', row.status, to, { why: cameBack ? 'the data shows it again' : 'new data contradicts the resolution', ...detail });
      counts.reopened++;
      open.push(mismatch);
      alert(mismatch, partnerId);
      continue;
    }
    if (!isClosed(row.status)) open.push(mismatch);
    if (cameBack) {
      // an accepted variance the data shows again, with the fingerprint it was accepted for: it stays accepted
      event(mismatch.id, 'changed', row.status, row.status, { why: 'the data shows it again', ...detail });
      counts.changed++;
    } else if (row.fingerprint !== fingerprint || row.summary !== mismatch.summary || row.severity !== mismatch.severity) {
      event(mismatch.id, 'changed', row.status, row.status, { why: 'new data changed what was found', ...detail });
      counts.changed++;
    }
  }

  for (const row of existing.values()) {
    if (row.present === 0) continue;
    sql.clear.run(now, row.id);
    if (isClosed(row.status)) event(row.id, 'cleared', row.status, row.status, { why: 'the latest evaluation no longer finds it' });
    else {
      sql.dataCorrected.run(now, row.id);
      event(row.id, 'cleared', row.status, 'resolved', { why: 'the latest evaluation no longer finds it', reason: 'data-corrected' }, 'system');
    }
    counts.cleared++;
  }

  if (thread) {
    sql.upsertThread.run({
      key: threadKey,
      kind: thread.kind,
      partnerId: thread.partnerId !== null && env.partnerName(thread.partnerId) !== null ? thread.partnerId : null,
      poNumbers: thread.poNumbers,
      memberCount: thread.memberCount,
      openCount: open.length,
      summary: thread.summary(open),
      lastActivity: thread.lastActivity,
      now,
    });
  } else sql.deleteThread.run(threadKey);
  counts.threadKeys++;
}
