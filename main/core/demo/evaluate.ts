/**
 * A second opinion on a populated demo workspace: the pure engine's reconcileAll over every mapped document (with
 * the time it arrived), the given ERP/WMS records and the store's ack and control-number facts, without the store's
 * threads, closure or queue. The tests compare it, and the stored queue, with the manifest.
 */
import type Database from 'better-sqlite3';
import type { CanonicalDocument } from '../canonical/index.js';
import { reconcileAll } from '../reconcile/index.js';
import type { Mismatch, ReconcileInput } from '../reconcile/types.js';
import { allAckFacts, controlFacts, reconcileContextFor, reconcileEnvFor } from '../reconcile-store/index.js';

export function documentInputs(db: Database.Database): ReconcileInput[] {
  const rows = db
    .prepare(`SELECT c.canonical_json, d.received_at FROM canonical_documents c JOIN documents d ON d.id = c.document_id WHERE c.status IN ('ok', 'warnings') AND c.canonical_json IS NOT NULL ORDER BY c.document_id`)
    .all() as { canonical_json: string; received_at: string }[];
  return rows.map((row) => ({ kind: 'document', document: JSON.parse(row.canonical_json) as CanonicalDocument, receivedAt: row.received_at }));
}

/** Every mismatch the engine finds at `now` over the workspace's documents, the given records and the ack and ledger facts. */
export function evaluateWorkspace(db: Database.Database, records: readonly CanonicalDocument[], now: Date): Mismatch[] {
  const env = reconcileEnvFor(db);
  const inputs: ReconcileInput[] = [
    ...documentInputs(db),
    ...records.map((document): ReconcileInput => ({ kind: 'document', document })),
    ...[...allAckFacts(db, env)].map((member) => member.input),
    ...controlFacts(db).map((member) => member.input),
  ];
  return reconcileAll(inputs, reconcileContextFor(db, now.toISOString(), env)).mismatches;
}
