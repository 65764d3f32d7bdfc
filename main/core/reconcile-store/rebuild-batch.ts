/**
 * One batch of the full rebuild (rebuild-partition.ts): its rows loaded the way the closure loads them (inputs.ts
 * members: the row's partner, receipt time), buildThreads and reconcileThread over them, and per thread what the
 * writer needs (a digest: no documents, so a worker posts little). Runs in a rebuild worker or, without workers, on
 * the rebuild's own thread; the results are the same.
 * A document may carry a link key its row's columns do not hold (a multi-order ASN's second PO): when rows answering
 * such a key are stored outside the batch, the key is reported as escaped and the rebuild evaluates it again through
 * the closure, which follows it, after every batch.
 */
import type Database from 'better-sqlite3';
import { buildThreads, reconcileThread, threadKeysFor, type Mismatch, type ReconcileContext, type ReconcileInput } from '../reconcile/index.js';
import { lookupOf } from './closure.js';
import type { ReconcileEnv } from './inputs-context.js';
import { CANONICAL_COLUMNS, CANONICAL_USABLE, inputOfRow, memberOfCanonical, memberOfRecord, RECORD_COLUMNS, type CanonicalRow, type RecordRow } from './inputs.js';
import { shapeOf, type ThreadShape } from './write.js';

/** A thread as the writer needs it, with its mismatches; `summaryAllOpen`: its summary while all of them are open. */
export interface ThreadDigest extends Omit<ThreadShape, 'summary'> {
  key: string;
  summaryAllOpen: string;
  mismatches: Mismatch[];
}

export interface BatchResult {
  batch: number;
  threads: ThreadDigest[];
  /** rows evaluated */
  members: number;
  /** link keys of the batch's documents answered by rows outside it */
  escaped: string[];
}

type Column = 'po_number' | 'order_number' | 'asn_number' | 'invoice_number' | 'shipment_number';
const COLUMNS: readonly Column[] = ['po_number', 'order_number', 'asn_number', 'invoice_number', 'shipment_number'];

/** canonical_json, partner_id, received_at, then COLUMNS' values */
type RawRow = [string, number | null, string, ...(string | null)[]];

export interface BatchLoader {
  load(ids: { documents: readonly number[]; records: readonly number[] }): { inputs: ReconcileInput[]; values: Record<Column, Set<string>> };
  /** every usable inventory document and record (the closure of any stock key) */
  inventory(): ReconcileInput[];
  /** whether rows with this column value are stored (an escaped key matters only then) */
  stored(column: Column, value: string): boolean;
}

export function batchLoader(db: Database.Database): BatchLoader {
  const prefixed = (alias: string) => COLUMNS.map((column) => `${alias}.${column}`).join(', ');
  // raw rows of the columns the input needs, then the key columns: ~30% less than named rows of every column
  const documents = db
    .prepare(`SELECT c.canonical_json, c.partner_id, d.received_at, ${prefixed('c')} FROM canonical_documents c JOIN documents d ON d.id = c.document_id
      WHERE c.document_id IN (SELECT value FROM json_each(?)) AND ${CANONICAL_USABLE}`)
    .raw();
  const records = db.prepare(`SELECT r.canonical_json, r.partner_id, r.received_at, ${prefixed('r')} FROM source_records r WHERE r.id IN (SELECT value FROM json_each(?))`).raw();
  const inventoryDocuments = db.prepare(`SELECT ${CANONICAL_COLUMNS} FROM canonical_documents c JOIN documents d ON d.id = c.document_id WHERE c.kind = 'inventory' AND ${CANONICAL_USABLE} ORDER BY c.document_id`);
  const inventoryRecords = db.prepare(`SELECT ${RECORD_COLUMNS} FROM source_records r WHERE r.kind = 'inventory' ORDER BY r.id`);
  const existence = Object.fromEntries(
    COLUMNS.map((column) => [column, { documents: db.prepare(`SELECT 1 FROM canonical_documents WHERE ${column} = ? LIMIT 1`).pluck(), records: db.prepare(`SELECT 1 FROM source_records WHERE ${column} = ? LIMIT 1`).pluck() }]),
  ) as Record<Column, { documents: Database.Statement; records: Database.Statement }>;
  return {
    load(ids) {
      const inputs: ReconcileInput[] = [];
      const values = Object.fromEntries(COLUMNS.map((column) => [column, new Set<string>()])) as Record<Column, Set<string>>;
      for (const [statement, list] of [[documents, ids.documents], [records, ids.records]] as const) {
        if (list.length === 0) continue;
        for (const row of statement.iterate(JSON.stringify(list)) as IterableIterator<RawRow>) {
          for (let index = 0; index < COLUMNS.length; index++) {
            const value = row[3 + index] as string | null;
            if (value !== null) values[COLUMNS[index]!].add(value);
          }
          inputs.push(inputOfRow(row[0], row[1], row[2]));
        }
      }
      return { inputs, values };
    },
    inventory() {
      const inputs: ReconcileInput[] = [];
      for (const row of inventoryDocuments.iterate() as IterableIterator<CanonicalRow>) inputs.push(memberOfCanonical(row).input);
      for (const row of inventoryRecords.iterate() as IterableIterator<RecordRow>) inputs.push(memberOfRecord(row).input);
      return inputs;
    },
    stored(column, value) {
      return existence[column].documents.get(value) !== undefined || existence[column].records.get(value) !== undefined;
    },
  };
}

/** Threads and mismatches of a set of inputs that holds whole threads. */
export function evaluateInputs(inputs: ReconcileInput[], env: ReconcileEnv, context: ReconcileContext): ThreadDigest[] {
  const digests: ThreadDigest[] = [];
  for (const thread of buildThreads(inputs, env.items)) {
    const mismatches = reconcileThread(thread, context);
    const { summary, ...shape } = shapeOf(thread);
    digests.push({ key: thread.key, ...shape, summaryAllOpen: summary(mismatches), mismatches });
  }
  return digests;
}

/** Link keys of the inputs that name a column value no row of the batch holds but some stored row does. */
function escapedKeys(inputs: ReconcileInput[], values: Record<Column, Set<string>>, env: ReconcileEnv, loader: BatchLoader): string[] {
  const escaped: string[] = [];
  for (const input of inputs) {
    for (const key of threadKeysFor(input, env.items)) {
      const lookup = lookupOf(key);
      if (lookup.by !== 'column' || values[lookup.column].has(lookup.value)) continue;
      if (loader.stored(lookup.column, lookup.value)) escaped.push(key);
      // asked once per batch
      values[lookup.column].add(lookup.value);
    }
  }
  return escaped;
}

export function evaluateBatch(loader: BatchLoader, ids: { documents: readonly number[]; records: readonly number[] }, batch: number, env: ReconcileEnv, context: ReconcileContext): BatchResult {
  const { inputs, values } = loader.load(ids);
  const escaped = escapedKeys(inputs, values, env, loader);
  return { batch, threads: evaluateInputs(inputs, env, context), members: inputs.length, escaped };
}
