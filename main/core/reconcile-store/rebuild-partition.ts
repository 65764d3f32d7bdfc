/**
 * The full rebuild's first step: which stored rows must be evaluated together. One pass over the business-key
 * columns (no JSON) joins every row sharing a PO, order, ASN, invoice or shipment number, whatever the partner: the
 * closure (closure.ts) follows the same columns the same way, so a component holds every thread any of its rows
 * belongs to. Components are cut, in row order, into batches of about `targetRows` rows; a batch always holds whole
 * components, so evaluating batches one by one equals one evaluation of everything. Inventory (linked by SKU, not by
 * these columns) is left out: the rebuild evaluates it as a batch of its own.
 * The batches are two integer arrays over SharedArrayBuffers (workers read them without a copy): `rows` lists row
 * ids batch after batch, a canonical document id (> 0) or minus a source record id; batch b is
 * rows[offsets[b] .. offsets[b + 1]).
 */
import type Database from 'better-sqlite3';

export interface Partition {
  offsets: Int32Array;
  rows: Int32Array;
  batches: number;
  rowCount: number;
}

/** The rows the closure can load (closure.ts canonicalRow: CANONICAL_USABLE), inventory apart. */
const CANONICAL_KEYS = `SELECT document_id, po_number, order_number, asn_number, invoice_number, shipment_number FROM canonical_documents
  WHERE canonical_json IS NOT NULL AND status IN ('ok', 'warnings') AND kind <> 'inventory'`;
const RECORD_KEYS = `SELECT id, po_number, order_number, asn_number, invoice_number, shipment_number FROM source_records WHERE kind <> 'inventory'`;
const KEY_COLUMNS = 5;

/** Union-find over integer nodes (rows, then key values), the smaller root kept: components keep row order. */
class UnionFind {
  parent = new Int32Array(1 << 16);
  size = 0;
  add(): number {
    if (this.size === this.parent.length) {
      const grown = new Int32Array(this.parent.length * 2);
      grown.set(this.parent);
      this.parent = grown;
    }
    this.parent[this.size] = this.size;
    return this.size++;
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
    if (rootA < rootB) this.parent[rootB] = rootA;
    else if (rootB < rootA) this.parent[rootA] = rootB;
  }
}

class IntList {
  values = new Int32Array(1 << 16);
  length = 0;
  push(value: number): void {
    if (this.length === this.values.length) {
      const grown = new Int32Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length++] = value;
  }
}

export function partitionRows(db: Database.Database, targetRows: number): Partition {
  // rows and key values are nodes of one union-find; a key value's node is found by column (one map each: no
  // concatenated strings)
  const unionFind = new UnionFind();
  const rowNodes = new IntList();
  const ids = new IntList();
  const valueNodes = Array.from({ length: KEY_COLUMNS }, () => new Map<string, number>());
  const visit = (values: unknown[], sign: 1 | -1) => {
    const node = unionFind.add();
    rowNodes.push(node);
    ids.push(sign * (values[0] as number));
    for (let column = 0; column < KEY_COLUMNS; column++) {
      const value = values[column + 1];
      if (typeof value !== 'string') continue;
      const nodes = valueNodes[column]!;
      let valueNode = nodes.get(value);
      if (valueNode === undefined) {
        valueNode = unionFind.add();
        nodes.set(value, valueNode);
      }
      unionFind.union(node, valueNode);
    }
  };
  for (const values of db.prepare(CANONICAL_KEYS).raw().iterate() as IterableIterator<unknown[]>) visit(values, 1);
  for (const values of db.prepare(RECORD_KEYS).raw().iterate() as IterableIterator<unknown[]>) visit(values, -1);
  for (const nodes of valueNodes) nodes.clear();

  const rowCount = rowNodes.length;
  const roots = new Int32Array(rowCount);
  const componentSize = new Int32Array(unionFind.size);
  for (let row = 0; row < rowCount; row++) {
    const root = unionFind.find(rowNodes.values[row]!);
    roots[row] = root;
    componentSize[root]!++;
  }
  // components in the order of their first row, cut into batches
  const batchOfRoot = new Int32Array(unionFind.size).fill(-1);
  const batchOfRow = new Int32Array(rowCount);
  let batch = 0;
  let inBatch = 0;
  for (let row = 0; row < rowCount; row++) {
    const root = roots[row]!;
    if (batchOfRoot[root] === -1) {
      if (inBatch >= targetRows) {
        batch++;
        inBatch = 0;
      }
      batchOfRoot[root] = batch;
      inBatch += componentSize[root]!;
    }
    batchOfRow[row] = batchOfRoot[root]!;
  }
  const batches = rowCount > 0 ? batch + 1 : 0;
  const offsets = new Int32Array(new SharedArrayBuffer((batches + 1) * 4));
  for (let row = 0; row < rowCount; row++) offsets[batchOfRow[row]! + 1]!++;
  for (let index = 0; index < batches; index++) offsets[index + 1]! += offsets[index]!;
  const rows = new Int32Array(new SharedArrayBuffer(Math.max(1, rowCount) * 4));
  const cursor = offsets.slice(0, Math.max(1, batches));
  for (let row = 0; row < rowCount; row++) rows[cursor[batchOfRow[row]!]!++] = ids.values[row]!;
  return { offsets, rows, batches, rowCount };
}

/** The ids of one batch, by table, in id order. */
export function batchIds(partition: Pick<Partition, 'offsets' | 'rows'>, batch: number): { documents: number[]; records: number[] } {
  const documents: number[] = [];
  const records: number[] = [];
  for (let index = partition.offsets[batch]!; index < partition.offsets[batch + 1]!; index++) {
    const id = partition.rows[index]!;
    if (id > 0) documents.push(id);
    else records.push(-id);
  }
  return { documents: documents.sort((a, b) => a - b), records: records.sort((a, b) => a - b) };
}
