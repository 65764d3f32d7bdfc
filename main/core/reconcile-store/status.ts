/** reconcile.status: how many threads and open mismatches, when the last full rebuild and evaluation ran, a running rebuild. */
import type Database from 'better-sqlite3';
import { LAST_FULL_RUN_KEY, runningRebuild } from './rebuild.js';
import type { Evidence, MismatchSide } from '../reconcile/index.js';
import type { ReconcileStatus } from './types.js';

export function reconcileStatus(db: Database.Database): ReconcileStatus {
  return {
    threads: db.prepare('SELECT count(*) FROM recon_threads').pluck().get() as number,
    open: db.prepare("SELECT count(*) FROM mismatches WHERE present = 1 AND status IN ('open', 'assigned')").pluck().get() as number,
    lastFullRunAt: (db.prepare('SELECT value FROM workspace_meta WHERE key = ?').pluck().get(LAST_FULL_RUN_KEY) as string | undefined) ?? null,
    lastEvaluatedAt: db.prepare('SELECT max(evaluated_at) FROM recon_threads').pluck().get() as string | null,
    runningTaskId: runningRebuild(db),
  };
}

export interface OpenMismatch {
  id: string;
  type: string;
  threadKey: string;
  partnerId: number | null;
  partnerName: string | null;
  severity: string;
  status: string;
  summary: string;
  expected: string;
  actual: string;
  evidence: { label: string; where: string; source: Evidence['source'] }[];
}

/** Where an evidence item is stored, as a person reads it: a file and byte range, a connector record, a ledger entry. */
export function evidenceWhere(source: Evidence['source']): string {
  switch (source.kind) {
    case 'edi':
      return `file ${source.fileId ?? source.sha256 ?? '?'} bytes ${source.byteStart}-${source.byteEnd} (${source.type} ${source.controlNumber})`;
    case 'connector':
      return `${source.connector} ${source.stream} record ${source.recordId}`;
    case 'file':
      return `file ${source.name}${source.row === undefined ? '' : ` row ${source.row}`}`;
    case 'manual':
      return `entered by ${source.by}`;
    case 'ack-group':
      return `outbound group ${source.groupId} in file ${source.fileId}${source.ackDocumentId === null ? '' : `, ack document ${source.ackDocumentId}`}`;
    case 'ledger':
      return `files ${source.fileIds.join(', ')}`;
  }
}

/** The review queue's default view (present, open or assigned), most severe first, for the CLI. */
export function openMismatches(db: Database.Database, limit = 10_000): OpenMismatch[] {
  const rows = db
    .prepare(
      `SELECT m.id, m.type, m.thread_key, m.partner_id, p.name AS partner_name, m.severity, m.status, m.summary, m.expected_json, m.actual_json, m.evidence_json
       FROM mismatches m LEFT JOIN partners p ON p.id = m.partner_id
       WHERE m.present = 1 AND m.status IN ('open', 'assigned') ORDER BY m.severity_rank DESC, m.thread_key, m.id LIMIT ?`,
    )
    .all(limit) as { id: string; type: string; thread_key: string; partner_id: number | null; partner_name: string | null; severity: string; status: string; summary: string; expected_json: string; actual_json: string; evidence_json: string }[];
  return rows.map((row) => ({
    id: row.id,
    type: row.type,
    threadKey: row.thread_key,
    partnerId: row.partner_id,
    partnerName: row.partner_name,
    severity: row.severity,
    status: row.status,
    summary: row.summary,
    expected: (JSON.parse(row.expected_json) as MismatchSide).text,
    actual: (JSON.parse(row.actual_json) as MismatchSide).text,
    evidence: (JSON.parse(row.evidence_json) as Evidence[]).map((item) => ({ label: item.label, where: evidenceWhere(item.source), source: item.source })),
  }));
}
