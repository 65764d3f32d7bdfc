/** mismatches.get: one mismatch with its evidence, resolution and audit trail (oldest event first). */
import type Database from 'better-sqlite3';
import { CoreError } from '../api/result.js';
import type { Evidence } from '../reconcile/types.js';
import { QUEUE_COLUMNS, queueRowOf, type QueueDbRow } from './queue.js';
import type { MismatchAction, MismatchDetail, MismatchEvent, MismatchStatus, ResolutionReason } from './types.js';

interface DetailDbRow extends QueueDbRow {
  evidence_json: string;
  resolution_reason: string | null;
  resolution_note: string | null;
}

interface EventDbRow {
  id: number;
  at: string;
  actor: string;
  action: string;
  from_status: string | null;
  to_status: string | null;
  detail_json: string;
}

export function mismatchEvents(db: Database.Database, id: string): MismatchEvent[] {
  const rows = db.prepare('SELECT id, at, actor, action, from_status, to_status, detail_json FROM mismatch_events WHERE mismatch_id = ? ORDER BY id').all(id) as EventDbRow[];
  return rows.map((row) => ({
    id: row.id,
    at: row.at,
    actor: row.actor,
    action: row.action as MismatchAction,
    fromStatus: row.from_status as MismatchStatus | null,
    toStatus: row.to_status as MismatchStatus | null,
    detail: JSON.parse(row.detail_json) as MismatchEvent['detail'],
  }));
}

export function getMismatch(db: Database.Database, id: string): MismatchDetail {
  const row = db
    .prepare(`SELECT ${QUEUE_COLUMNS}, m.evidence_json, m.resolution_reason, m.resolution_note FROM mismatches m LEFT JOIN partners p ON p.id = m.partner_id WHERE m.id = ?`)
    .get(id) as DetailDbRow | undefined;
  if (!row) throw new CoreError('not-found', `There is no mismatch ${id}; a rebuild may have removed it`);
  return {
    ...queueRowOf(row),
    evidence: JSON.parse(row.evidence_json) as Evidence[],
    resolutionReason: row.resolution_reason as ResolutionReason | null,
    resolutionNote: row.resolution_note,
    events: mismatchEvents(db, id),
  };
}
