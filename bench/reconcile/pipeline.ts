/**
 * The full rebuild as a stream of thread batches, the design proposed for main/core/reconcile-store/rebuild.ts:
 * 1. partition: one pass over the business-key columns only (no JSON) joins every stored row sharing a key (union-find
 *    over rows and key values), then cuts the components, in row order, into batches of about `targetRows` rows;
 * 2. each batch is loaded by id (JSON parsed only here), run through buildThreads and reconcileThread, and forgotten.
 * Components are a superset of the engine's threads (keys are joined without their partner scope), so a batch always
 * holds whole threads and the result equals one buildThreads over everything. Stock positions (linked by SKU, not by
 * key columns) and ledger/ack facts are batches of their own. Batches are independent: workers share them out.
 */
import type Database from 'better-sqlite3';
import type { CanonicalDocument } from '../../main/core/canonical/index.js';
import { buildThreads, reconcileThread, type Mismatch, type ReconcileContext, type ReconcileInput, type Thread } from '../../main/core/reconcile/index.js';

const usable = (alias = '') => `${alias}canonical_json IS NOT NULL AND ${alias}status IN ('ok', 'warnings')`;
const USABLE = usable();

/** Batches as offsets into one list of row ids: a canonical document id (> 0) or minus a source record id. */
export interface Partition {
  offsets: Int32Array;
  rows: Int32Array;
  batches: number;
  rowCount: number;
  keyCount: number;
}

class IntUnionFind {
  parent: Int32Array;
  constructor(capacity: number) {
    this.parent = new Int32Array(capacity);
  }
  add(node: number): void {
    if (node >= this.parent.length) {
      const grown = new Int32Array(Math.max(node + 1, this.parent.length * 2));
      grown.set(this.parent);
      this.parent = grown;
    }
    this.parent[node] = node;
  }
  find(node: number): number {
    const parent = this.parent;
    let root = node;
    while (parent[root] !== root) root = parent[root]!;
    while (parent[node] !== root) {
      const next = parent[node]!;
      parent[node] = root;
      node = next;
    }
    return root;
  }
  union(a: number, b: number): void {
    const rootA = this.find(a);
    const rootB = this.find(b);
    if (rootA !== rootB) this.parent[Math.max(rootA, rootB)] = Math.min(rootA, rootB);
  }
}

const KEY_PREFIXES = ['p', 'o', 'a', 'i', 's'];

export function partitionRows(db: Database.Database, targetRows: number): Partition {
  const canonicalCount = (db.prepare(`SELECT count(*) FROM canonical_documents WHERE ${USABLE} AND kind <> 'inventory'`).pluck().get() as number) ?? 0;
  const recordCount = (db.prepare(`SELECT count(*) FROM source_records WHERE kind <> 'inventory'`).pluck().get() as number) ?? 0;
  const rowCount = canonicalCount + recordCount;
  const ids = new Int32Array(rowCount);
  const unionFind = new IntUnionFind(rowCount * 2);
  const keyNodes = new Map<string, number>();
  let nextNode = rowCount;
  let row = 0;
  const visit = (id: number, keys: unknown[]) => {
    ids[row] = id;
    unionFind.add(row);
    for (let k = 0; k < keys.length; k++) {
      const value = keys[k];
      if (typeof value !== 'string') continue;
      const key = KEY_PREFIXES[k]! + value;
      let node = keyNodes.get(key);
      if (node === undefined) {
        node = nextNode++;
        keyNodes.set(key, node);
        unionFind.add(node);
      }
      unionFind.union(row, node);
    }
    row++;
  };
  const columns = 'po_number, order_number, asn_number, invoice_number, shipment_number';
  for (const values of db.prepare(`SELECT document_id, ${columns} FROM canonical_documents WHERE ${USABLE} AND kind <> 'inventory'`).raw().iterate() as IterableIterator<unknown[]>) {
    if (row >= rowCount) break;
    visit(values[0] as number, values.slice(1));
  }
  for (const values of db.prepare(`SELECT id, ${columns} FROM source_records WHERE kind <> 'inventory'`).raw().iterate() as IterableIterator<unknown[]>) {
    if (row >= rowCount) break;
    visit(-(values[0] as number), values.slice(1));
  }
  const keyCount = keyNodes.size;
  keyNodes.clear();

  // components in the order of their first row, cut into batches of about targetRows rows
  const roots = new Int32Array(row);
  const size = new Int32Array(nextNode);
  for (let index = 0; index < row; index++) {
    const root = unionFind.find(index);
    roots[index] = root;
    size[root]!++;
  }
  const batchOfRoot = new Int32Array(nextNode).fill(-1);
  const batchOfRow = new Int32Array(row);
  let batch = 0;
  let inBatch = 0;
  for (let index = 0; index < row; index++) {
    const root = roots[index]!;
    if (batchOfRoot[root] === -1) {
      if (inBatch >= targetRows) {
        batch++;
        inBatch = 0;
      }
      batchOfRoot[root] = batch;
      inBatch += size[root]!;
    }
    batchOfRow[index] = batchOfRoot[root]!;
  }
  const batches = row > 0 ? batch + 1 : 0;
  const offsets = new Int32Array(new SharedArrayBuffer((batches + 1) * 4));
  for (let index = 0; index < row; index++) offsets[batchOfRow[index]! + 1]!++;
  for (let index = 0; index < batches; index++) offsets[index + 1]! += offsets[index]!;
  const rows = new Int32Array(new SharedArrayBuffer(row * 4));
  const cursor = offsets.slice(0, batches);
  for (let index = 0; index < row; index++) rows[cursor[batchOfRow[index]!]!++] = ids[index]!;
  return { offsets, rows, batches, rowCount: row, keyCount };
}

/** Ids of one batch, split by table. */
export function batchIds(partition: Pick<Partition, 'offsets' | 'rows'>, batch: number): { documents: number[]; records: number[] } {
  const documents: number[] = [];
  const records: number[] = [];
  for (let index = partition.offsets[batch]!; index < partition.offsets[batch + 1]!; index++) {
    const id = partition.rows[index]!;
    if (id > 0) documents.push(id);
    else records.push(-id);
  }
  return { documents, records };
}

export interface BatchLoader {
  load(ids: { documents: number[]; records: number[] }): ReconcileInput[];
  inventory(): ReconcileInput[];
}

export function batchLoader(db: Database.Database): BatchLoader {
  const documents = db.prepare(`SELECT c.canonical_json, d.received_at FROM canonical_documents c JOIN documents d ON d.id = c.document_id WHERE c.document_id IN (SELECT value FROM json_each(?)) AND ${usable('c.')}`).raw();
  const records = db.prepare(`SELECT canonical_json, received_at FROM source_records WHERE id IN (SELECT value FROM json_each(?))`).raw();
  const inventoryDocuments = db.prepare(`SELECT c.canonical_json, d.received_at FROM canonical_documents c JOIN documents d ON d.id = c.document_id WHERE c.kind = 'inventory' AND ${usable('c.')}`).raw();
  const inventoryRecords = db.prepare(`SELECT canonical_json, received_at FROM source_records WHERE kind = 'inventory'`).raw();
  const input = (values: unknown[]): ReconcileInput => ({ kind: 'document', document: JSON.parse(values[0] as string) as CanonicalDocument, receivedAt: values[1] as string });
  return {
    load(ids) {
      const inputs: ReconcileInput[] = [];
      if (ids.documents.length > 0) for (const values of documents.iterate(JSON.stringify(ids.documents)) as IterableIterator<unknown[]>) inputs.push(input(values));
      if (ids.records.length > 0) for (const values of records.iterate(JSON.stringify(ids.records)) as IterableIterator<unknown[]>) inputs.push(input(values));
      return inputs;
    },
    inventory() {
      const inputs: ReconcileInput[] = [];
      for (const values of inventoryDocuments.iterate() as IterableIterator<unknown[]>) inputs.push(input(values));
      for (const values of inventoryRecords.iterate() as IterableIterator<unknown[]>) inputs.push(input(values));
      return inputs;
    },
  };
}

/** What a batch gives the writer: one row per thread and every mismatch (compact: the store would write them). */
export interface BatchResult {
  threads: [key: string, kind: string, partnerId: number | null, poNumbers: string, members: number][];
  mismatches: Mismatch[];
  inputs: number;
}

export function evaluateInputs(inputs: ReconcileInput[], context: ReconcileContext): BatchResult {
  const threads: Thread[] = buildThreads(inputs, context.items);
  const result: BatchResult = { threads: [], mismatches: [], inputs: inputs.length };
  for (const thread of threads) {
    result.threads.push([thread.key, thread.kind, thread.partner?.id ?? null, JSON.stringify(thread.poNumbers), thread.documents.length + thread.facts.length]);
    for (const mismatch of reconcileThread(thread, context)) result.mismatches.push(mismatch);
  }
  return result;
}
