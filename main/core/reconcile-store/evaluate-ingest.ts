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

interface KeyRow {
  partner_id: number | null;
  po_number: string | null;
  order_number: string | null;
  asn_number: string | null;
  invoice_number: string | null;
  shipment_number: string | null;
}

/** The link keys stored documents have now: a re-map may change or remove them, and their old threads need a look. */
export function keysOfStoredDocuments(context: CoreContext, documentIds: readonly number[]): string[] {
  const select = context.workspace.db.prepare('SELECT partner_id, po_number, order_number, asn_number, invoice_number, shipment_number FROM canonical_documents WHERE document_id = ?');
  const keys = new Set<string>();
  for (const id of documentIds) {
    const row = select.get(id) as KeyRow | undefined;
    if (!row) continue;
    const partner = row.partner_id ?? '?';
    if (row.po_number) keys.add(`po:${partner}:${row.po_number}`);
    if (row.order_number) keys.add(`so:${row.order_number}`);
    if (row.asn_number) keys.add(`asn:${partner}:${row.asn_number}`);
    if (row.invoice_number) keys.add(`invoice:${partner}:${row.invoice_number}`);
    if (row.shipment_number) keys.add(`shipment:${row.shipment_number}`);
  }
  return [...keys];
}

/** After documents were re-mapped: their threads now, and the threads their keys before the re-map led to. */
export function evaluateRemapped(context: CoreContext, documentIds: readonly number[], keysBefore: readonly string[]): number {
  if (documentIds.length === 0) return 0;
  try {
    const env = reconcileEnvFor(context.workspace.db);
    let threads = evaluateMany(context, { documentIds }, { env }).threadKeys;
    for (let start = 0; start < keysBefore.length; start += 200) threads += evaluateThreads(context, { keys: keysBefore.slice(start, start + 200) }, { env }).threadKeys;
    return threads;
  } catch (error) {
    console.error(`Reconciliation after a re-map failed (a rebuild catches up): ${(error as Error).message}`);
    return 0;
  }
}

/**
 * After partner `fromId` was merged: its threads' keys name it ('order:<from>:<PO>', 'ack:<from>:…'); re-evaluating
 * them re-keys them under the survivor (its profile's tolerances apply) and removes the old ones.
 */
export function evaluateAfterMerge(context: CoreContext, fromId: number): number {
  try {
    const range = context.workspace.db.prepare('SELECT key FROM recon_threads WHERE key >= ? AND key < ?').pluck();
    const keys = ['order', 'ack', 'control'].flatMap((kind) => range.all(`${kind}:${fromId}:`, `${kind}:${fromId};`) as string[]);
    const env = reconcileEnvFor(context.workspace.db);
    let threads = 0;
    for (let start = 0; start < keys.length; start += 200) threads += evaluateThreads(context, keys.slice(start, start + 200).map((threadKey) => ({ threadKey })), { env }).threadKeys;
    return threads;
  } catch (error) {
    console.error(`Reconciliation after a partner merge failed (a rebuild catches up): ${(error as Error).message}`);
    return 0;
  }
}
