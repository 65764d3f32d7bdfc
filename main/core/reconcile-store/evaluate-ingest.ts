/**
 * After ingest commits a group of files: re-evaluate the threads their canonical documents touch, and the ack
 * threads of outbound groups they added or acknowledged. Never inside the ingest transaction, and never failing the
 * ingest: an evaluation error is logged and a later evaluation or rebuild catches up. A group without canonical
 * documents or ack changes costs three indexed look-ups.
 */
import type { CoreContext } from '../context.js';
import { evaluateMany, evaluateThreads } from './evaluate.js';
import { reconcileEnvFor } from './inputs-context.js';
import { CANONICAL_USABLE } from './inputs.js';

function placeholders(count: number): string {
  return Array.from({ length: count }, () => '?').join(', ');
}

/** Evaluates what the files brought; answers the number of threads evaluated (0 when there was nothing to do). */
export function evaluateIngestedFiles(context: CoreContext, fileIds: readonly number[]): number {
  const ids = [...new Set(fileIds)];
  if (ids.length === 0) return 0;
  try {
    const db = context.workspace.db;
    const list = placeholders(ids.length);
    const documentIds = db
      .prepare(`SELECT c.document_id FROM documents d INDEXED BY documents_file JOIN canonical_documents c ON c.document_id = d.id WHERE d.file_id IN (${list}) AND ${CANONICAL_USABLE}`)
      .pluck()
      .all(...ids) as number[];
    const ackGroupIds = db
      .prepare(
        `SELECT group_id FROM outbound_acks WHERE file_id IN (${list})
         UNION SELECT oa.group_id FROM acknowledgments_received r JOIN outbound_acks oa INDEXED BY outbound_acks_x12
           ON oa.partner_id = r.partner_id AND oa.standard = r.standard AND oa.functional_id = r.functional_id AND oa.group_control = r.group_control
           WHERE r.file_id IN (${list}) AND r.standard = 'x12'
         UNION SELECT oa.group_id FROM acknowledgments_received r JOIN outbound_acks oa INDEXED BY outbound_acks_edifact
           ON oa.partner_id = r.partner_id AND oa.standard = r.standard AND oa.interchange_control = r.interchange_control
           WHERE r.file_id IN (${list}) AND r.standard = 'edifact'`,
      )
      .pluck()
      .all(...ids, ...ids, ...ids) as number[];
    if (documentIds.length === 0 && ackGroupIds.length === 0) return 0;
    const env = reconcileEnvFor(db);
    let threads = evaluateMany(context, { documentIds }, { env }).threadKeys;
    if (ackGroupIds.length > 0) threads += evaluateThreads(context, { ackGroupIds }, { env }).threadKeys;
    return threads;
  } catch (error) {
    console.error(`Reconciliation after ingest failed (the files are stored; a rebuild catches up): ${(error as Error).message}`);
    return 0;
  }
}
