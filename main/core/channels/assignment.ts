/**
 * A coordinator's word on whose file a channel file is ("this CSV is the field reps' export"), for files no map's
 * signature settles (several fit, or a file delivered with its partner). No migration is ours to add, so the
 * decision is kept where every such decision is recorded anyway: the audit log (subject `file:<id>`, indexed), the
 * newest entry winning. Re-processing the file reads it again, so the decision outlives re-processing. A merged
 * partner's assignment follows it to the survivor.
 */
import type Database from 'better-sqlite3';
import { survivorOf } from '../partners/stored-profile.js';

export const ASSIGN_ACTION = 'channels.file-partner';

const subjectOf = (fileId: number) => `file:${fileId}`;

/** The partner the file was last assigned to, or undefined (never assigned, or the assignment was cleared). */
export function assignedPartner(db: Database.Database, fileId: number): number | undefined {
  const detail = db
    .prepare('SELECT detail_json FROM audit_log WHERE subject = ? AND action = ? ORDER BY at DESC, id DESC LIMIT 1')
    .pluck()
    .get(subjectOf(fileId), ASSIGN_ACTION) as string | undefined;
  if (detail === undefined) return undefined;
  const partnerId = (JSON.parse(detail) as { partnerId?: unknown }).partnerId;
  if (typeof partnerId !== 'number') return undefined;
  try {
    return survivorOf(db, partnerId);
  } catch {
    // the partner is gone: the claim reports it (claim.ts), the file is not silently re-assigned
    return partnerId;
  }
}

export function recordAssignment(db: Database.Database, fileId: number, partnerId: number | null, actor: string): void {
  db.prepare('INSERT INTO audit_log (at, actor, action, subject, detail_json) VALUES (?, ?, ?, ?, ?)').run(new Date().toISOString(), actor, ASSIGN_ACTION, subjectOf(fileId), JSON.stringify({ partnerId }));
}
