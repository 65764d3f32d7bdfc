/**
 * After ingest commits a group of files: re-evaluate the threads their canonical documents touch, and the ack
 * threads of outbound groups they added or acknowledged. Never inside the ingest transaction, and never failing the
 * ingest: an evaluation error is logged and a later evaluation or rebuild catches up. A group without canonical
 * documents or ack changes costs three indexed look-ups.
 */
import type { CoreContext } from '../context.js';
import { evaluateMany, evaluateThreads } from './evaluate.js';
import { reconcileEnvFor } from './inputs-context.js';
import type { ControlNumberFact } from '../reconcile/types.js';
import { factThreadKey } from '../reconcile/keys.js';
import { CANONICAL_USABLE, controlFacts } from './inputs.js';

function placeholders(count: number): string {
  return Array.from({ length: count }, () => '?').join(', ');
}

/** Evaluates what the files brought; answers the number of threads evaluated (0 when there was nothing to do). */
export function evaluateIngestedFiles(context: CoreContext, fileIds: readonly number[], options: { controlNumbers?: boolean } = {}): number {
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
    let threads = options.controlNumbers === false ? 0 : evaluateControlThreads(context, controlNumbersOf(context, ids));
    if (documentIds.length === 0 && ackGroupIds.length === 0) return threads;
    const env = reconcileEnvFor(db);
    if (documentIds.length > 0) threads += evaluateMany(context, { documentIds }, { env }).threadKeys;
    if (ackGroupIds.length > 0) threads += evaluateThreads(context, { ackGroupIds }, { env }).threadKeys;
    return threads;
  } catch (error) {
    console.error(`Reconciliation after ingest failed (the files are stored; a rebuild catches up): ${(error as Error).message}`);
    return 0;
  }
}

/** Per partner, the control numbers the files' interchanges used. */
export type ControlNumbersUsed = Map<number, Set<string>>;

export function controlNumbersOf(context: CoreContext, fileIds: readonly number[], into: ControlNumbersUsed = new Map()): ControlNumbersUsed {
  if (fileIds.length === 0) return into;
  let rows: { partner_id: number; control_number: string }[];
  try {
    rows = context.workspace.db
      .prepare(`SELECT DISTINCT partner_id, control_number FROM interchanges WHERE file_id IN (${placeholders(fileIds.length)}) AND partner_id IS NOT NULL`)
      .all(...fileIds) as { partner_id: number; control_number: string }[];
  } catch (error) {
    console.error(`Reconciliation of control numbers after ingest failed (the files are stored; a rebuild catches up): ${(error as Error).message}`);
    return into;
  }
  for (const row of rows) {
    const numbers = into.get(row.partner_id) ?? new Set<string>();
    numbers.add(row.control_number);
    into.set(row.partner_id, numbers);
  }
  return into;
}

/**
 * The control-number threads of the partners that used those numbers: gaps and duplicates the ledger shows now and no
 * thread holds yet (found), threads whose gap or duplicate the ledger no longer shows (a filled gap is cleared; a gap
 * split in two is two new threads and the old one cleared), and the duplicates of the numbers used (one more use).
 * One ledger read per partner: a batch calls this once at its end (per group, 10,000 small files cost 2.5 s more of
 * the main thread). Never throws: a failure is logged and a rebuild catches up.
 */
export function evaluateControlThreads(context: CoreContext, used: ControlNumbersUsed): number {
  if (used.size === 0) return 0;
  try {
    const db = context.workspace.db;
    const keys = new Set<string>();
    for (const [partnerId, numbers] of used) {
      const stored = new Set(threadKeysUnder(context, 'control', partnerId));
      const current = new Set<string>();
      for (const member of controlFacts(db, partnerId)) {
        const fact = member.input as ControlNumberFact;
        const key = factThreadKey(fact);
        current.add(key);
        if (!stored.has(key) || (fact.finding === 'duplicate' && numbers.has(fact.controlNumber ?? ''))) keys.add(key);
      }
      for (const key of stored) if (!current.has(key)) keys.add(key);
    }
    if (keys.size === 0) return 0;
    return evaluateThreads(context, [...keys].map((threadKey) => ({ threadKey })), { env: reconcileEnvFor(db) }).threadKeys;
  } catch (error) {
    console.error(`Reconciliation of control numbers after ingest failed (the files are stored; a rebuild catches up): ${(error as Error).message}`);
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

/** The threads of one kind keyed under a partner ('control:<id>:…'), through the key index. */
function threadKeysUnder(context: CoreContext, kind: 'order' | 'ack' | 'control', partnerId: number): string[] {
  return context.workspace.db.prepare('SELECT key FROM recon_threads WHERE key >= ? AND key < ?').pluck().all(`${kind}:${partnerId}:`, `${kind}:${partnerId};`) as string[];
}

/** Every thread keyed under a partner ('order:<id>:<PO>', 'ack:<id>:…', 'control:<id>:…'). */
function partnerThreadKeys(context: CoreContext, partnerId: number): string[] {
  return (['order', 'ack', 'control'] as const).flatMap((kind) => threadKeysUnder(context, kind, partnerId));
}

/** Threads evaluated per call when a partner's are all evaluated again (a merge, a profile change). */
const PARTNER_BATCH_THREADS = 200;

/**
 * After partner `fromId` was merged: its threads' keys name it ('order:<from>:<PO>', 'ack:<from>:…'); re-evaluating
 * them re-keys them under the survivor (its profile's tolerances apply) and removes the old ones.
 */
export function evaluateAfterMerge(context: CoreContext, fromId: number): number {
  try {
    const keys = partnerThreadKeys(context, fromId);
    const env = reconcileEnvFor(context.workspace.db);
    let threads = 0;
    for (let start = 0; start < keys.length; start += PARTNER_BATCH_THREADS) threads += evaluateThreads(context, keys.slice(start, start + PARTNER_BATCH_THREADS).map((threadKey) => ({ threadKey })), { env }).threadKeys;
    return threads;
  } catch (error) {
    console.error(`Reconciliation after a partner merge failed (a rebuild catches up): ${(error as Error).message}`);
    return 0;
  }
}

/** The profile fields the reconciliation reads (settingsFromProfile, the item resolver, ack hours). */
export const RECONCILING_PROFILE_FIELDS = ['tolerances', 'slas', 'items', 'uomConversions', 'locations', 'ackOverdueHours'] as const;

/**
 * After a partner's profile changed (tolerances, SLAs, cross-references, unit conversions, locations, ack hours):
 * its threads are evaluated again under the new profile, as a background task in batches of 200 with the event loop
 * turning between them, so a partner with many thousands of threads does not hold up the save or other calls. A
 * failure is logged; a rebuild catches up.
 */
export function startProfileReevaluation(context: CoreContext, partnerId: number, partnerName: string): { taskId: string; done: Promise<number> } {
  const keys = partnerThreadKeys(context, partnerId);
  const task = context.tasks.start('reconcile', `Re-checking ${partnerName} under its changed profile`, keys.length);
  const done = (async () => {
    let threads = 0;
    try {
      for (let start = 0; start < keys.length; start += PARTNER_BATCH_THREADS) {
        if (task.signal.aborted) {
          task.cancelled();
          return threads;
        }
        // a new environment per batch: the profile as saved now, even if it is saved again meanwhile
        threads += evaluateThreads(context, keys.slice(start, start + PARTNER_BATCH_THREADS).map((threadKey) => ({ threadKey })), { env: reconcileEnvFor(context.workspace.db) }).threadKeys;
        task.update({ done: Math.min(start + PARTNER_BATCH_THREADS, keys.length) });
        await new Promise((resolve) => setImmediate(resolve));
      }
      task.finish(`${threads} threads re-checked`);
    } catch (error) {
      console.error(`Reconciliation after a profile change failed (a rebuild catches up): ${(error as Error).message}`);
      task.fail((error as Error).message);
    }
    return threads;
  })();
  return { taskId: task.taskId, done };
}
