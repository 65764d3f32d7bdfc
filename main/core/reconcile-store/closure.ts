/**
 * The inputs of the threads around a seed (a thread key, link keys, new documents or records, ack groups): every
 * stored document or record sharing a business key with the seed, then every one sharing a key with those, until
 * nothing new turns up. buildThreads over the result gives complete threads for every input loaded (the closure is a
 * fixpoint over all of them), so evaluating them equals a full rebuild for those threads.
 *
 * Look-ups use the indexed business-key columns only (canonical_documents, by number across partners with the
 * migration 0007 indexes, and source_records: po, order, asn, invoice, shipment numbers; inventory by kind). Keys are looked up by number whatever the partner: a warehouse
 * document names no customer, and a document of another partner with the same number only adds its own (complete)
 * thread. Known gaps (no column holds them): a multi-order ASN's second and further POs, a return's own number and
 * a credit's invoice/return references; such documents are found through their other keys only.
 */
import type Database from 'better-sqlite3';
import { threadKeysFor, type ReconcileInput } from '../reconcile/index.js';
import { factThreadKey } from '../reconcile/keys.js';
import { reconcileEnvFor, type ReconcileEnv } from './inputs-context.js';
import { ackFactsByGroup, CANONICAL_COLUMNS, CANONICAL_USABLE, controlFacts, memberOfCanonical, memberOfRecord, RECORD_COLUMNS, type CanonicalRow, type LoadedMember, type RecordRow } from './inputs.js';
import { perConnection } from '../workspace/per-connection.js';

export type ThreadSeed =
  | { threadKey: string }
  | { keys: readonly string[] }
  | { documentIds: readonly number[] }
  | { recordIds: readonly number[] }
  | { ackGroupIds: readonly number[] };

export interface ThreadInputs {
  inputs: ReconcileInput[];
  members: LoadedMember[];
  /** every link key visited (including those no column can answer) */
  keys: Set<string>;
  documentIds: Set<number>;
  recordIds: Set<number>;
  /** the closure stopped growing at MAX_CLOSURE_MEMBERS: its threads may be incomplete */
  truncated: boolean;
}

/** A safety stop for pathological data (one PO number shared by everything); far above any real thread. */
export const MAX_CLOSURE_MEMBERS = 50_000;

type Column = 'po_number' | 'order_number' | 'asn_number' | 'invoice_number' | 'shipment_number';
const COLUMNS: readonly Column[] = ['po_number', 'order_number', 'asn_number', 'invoice_number', 'shipment_number'];
const INDEX_OF: Record<Column, string> = { po_number: 'canonical_po_number', order_number: 'canonical_order_number', asn_number: 'canonical_asn_number', invoice_number: 'canonical_invoice_number', shipment_number: 'canonical_shipment_number' };

function prepare(db: Database.Database) {
  const byColumn = (column: Column) => ({
    // by number across partners (migration 0007's indexes)
    canonical: db.prepare(`SELECT document_id FROM canonical_documents INDEXED BY ${INDEX_OF[column]} WHERE ${column} = ?`).pluck(),
    records: db.prepare(`SELECT id FROM source_records WHERE ${column} = ?`).pluck(),
  });
  return {
    columns: Object.fromEntries(COLUMNS.map((column) => [column, byColumn(column)])) as Record<Column, ReturnType<typeof byColumn>>,
    inventoryDocuments: db
      .prepare(
        `SELECT document_id FROM canonical_documents INDEXED BY canonical_partner_kind WHERE partner_id IN (SELECT id FROM partners) AND kind = 'inventory'
         UNION ALL SELECT document_id FROM canonical_documents INDEXED BY canonical_partner_kind WHERE partner_id IS NULL AND kind = 'inventory'`,
      )
      .pluck(),
    inventoryRecords: db.prepare(`SELECT id FROM source_records WHERE kind = 'inventory'`).pluck(),
    canonicalRow: db.prepare(`SELECT ${CANONICAL_COLUMNS} FROM canonical_documents c JOIN documents d ON d.id = c.document_id WHERE c.document_id = ? AND ${CANONICAL_USABLE}`),
    recordRow: db.prepare(`SELECT ${RECORD_COLUMNS} FROM source_records r WHERE r.id = ?`),
  };
}

const statementsFor = perConnection(prepare);

/** What a link key is looked up by: a column and a value, all inventory, an ack group, a ledger finding, or nothing. */
type Lookup = { by: 'column'; column: Column; value: string } | { by: 'inventory' } | { by: 'ack'; groupId: number } | { by: 'control'; partnerId: number } | { by: 'none' };

const afterSecondColon = (key: string): string => key.slice(key.indexOf(':', key.indexOf(':') + 1) + 1);

export function lookupOf(key: string): Lookup {
  const prefix = key.slice(0, key.indexOf(':'));
  switch (prefix) {
    case 'po':
      return { by: 'column', column: 'po_number', value: afterSecondColon(key) };
    case 'so':
      return { by: 'column', column: 'order_number', value: key.slice(3) };
    case 'asn':
      return { by: 'column', column: 'asn_number', value: afterSecondColon(key) };
    case 'invoice':
      return { by: 'column', column: 'invoice_number', value: afterSecondColon(key) };
    case 'shipment':
      return { by: 'column', column: 'shipment_number', value: key.slice('shipment:'.length) };
    case 'stock':
      return { by: 'inventory' };
    case 'ack': {
      const groupId = Number(key.slice(key.lastIndexOf(':') + 1));
      return Number.isInteger(groupId) && groupId > 0 ? { by: 'ack', groupId } : { by: 'none' };
    }
    case 'control': {
      const partnerId = Number(key.split(':')[1]);
      return Number.isInteger(partnerId) && partnerId > 0 ? { by: 'control', partnerId } : { by: 'none' };
    }
    default:
      return { by: 'none' };
  }
}

/** The link keys a stored thread is found by, from its key ('order:<partner>:<PO>', 'order:orphan:…', 'stock:…'). */
export function seedKeysOfThread(threadKey: string): string[] {
  if (!threadKey.startsWith('order:')) return [threadKey];
  const rest = threadKey.slice('order:'.length);
  if (rest.startsWith('so:')) return [rest];
  if (rest.startsWith('orphan:')) {
    // orphan:<kind>:<partner>:<number>
    const [, kind, partner, ...number] = rest.split(':');
    const value = number.join(':');
    if (kind === 'invoice' || kind === 'credit') return [`invoice:${partner}:${value}`];
    if (kind === 'shipment') return [`asn:${partner}:${value}`, `shipment:${value}`];
    return [];
  }
  return [`po:${rest}`];
}

export function loadThreadInputs(db: Database.Database, seed: ThreadSeed | readonly ThreadSeed[], env: ReconcileEnv = reconcileEnvFor(db)): ThreadInputs {
  const sql = statementsFor(db);
  const result: ThreadInputs = { inputs: [], members: [], keys: new Set(), documentIds: new Set(), recordIds: new Set(), truncated: false };
  const pending: string[] = [];
  const queried = new Set<string>();
  const ackGroups = new Set<number>();
  const controlKeys = new Set<string>();

  const add = (member: LoadedMember) => {
    result.members.push(member);
    result.inputs.push(member.input);
    for (const key of threadKeysFor(member.input, env.items)) if (!result.keys.has(key)) pending.push(key);
  };
  const addDocument = (documentId: number) => {
    if (result.documentIds.has(documentId)) return;
    result.documentIds.add(documentId);
    const row = sql.canonicalRow.get(documentId) as CanonicalRow | undefined;
    if (row) add(memberOfCanonical(row));
  };
  const addRecord = (recordId: number) => {
    if (result.recordIds.has(recordId)) return;
    result.recordIds.add(recordId);
    const row = sql.recordRow.get(recordId) as RecordRow | undefined;
    if (row) add(memberOfRecord(row));
  };
  const addAckGroup = (groupId: number) => {
    if (ackGroups.has(groupId)) return;
    ackGroups.add(groupId);
    for (const member of ackFactsByGroup(db, env, [groupId])) add(member);
  };

  for (const one of Array.isArray(seed) ? (seed as readonly ThreadSeed[]) : [seed as ThreadSeed]) {
    if ('threadKey' in one) pending.push(...seedKeysOfThread(one.threadKey));
    else if ('keys' in one) pending.push(...one.keys);
    else if ('documentIds' in one) one.documentIds.forEach(addDocument);
    else if ('recordIds' in one) one.recordIds.forEach(addRecord);
    else one.ackGroupIds.forEach(addAckGroup);
  }

  while (pending.length > 0) {
    if (result.members.length >= MAX_CLOSURE_MEMBERS) {
      result.truncated = true;
      break;
    }
    const key = pending.pop()!;
    if (result.keys.has(key)) continue;
    result.keys.add(key);
    const lookup = lookupOf(key);
    // what one query answers: a column value, one ack group, one control-number fact, or all the inventory
    const what = lookup.by === 'column' ? `${lookup.column}|${lookup.value}` : lookup.by === 'ack' ? `ack|${lookup.groupId}` : lookup.by === 'control' ? key : lookup.by;
    if (queried.has(what)) continue;
    queried.add(what);
    if (lookup.by === 'column') {
      for (const id of sql.columns[lookup.column].canonical.all(lookup.value) as number[]) addDocument(id);
      for (const id of sql.columns[lookup.column].records.all(lookup.value) as number[]) addRecord(id);
    } else if (lookup.by === 'inventory') {
      for (const id of sql.inventoryDocuments.all() as number[]) addDocument(id);
      for (const id of sql.inventoryRecords.all() as number[]) addRecord(id);
    } else if (lookup.by === 'ack') addAckGroup(lookup.groupId);
    else if (lookup.by === 'control' && !controlKeys.has(key)) {
      for (const member of controlFacts(db, lookup.partnerId)) {
        const factKey = factThreadKey(member.input as Exclude<ReconcileInput, { kind: 'document' }>);
        if (factKey === key && !controlKeys.has(factKey)) {
          controlKeys.add(factKey);
          add(member);
        }
      }
    }
  }
  return result;
}
