/**
 * The full rebuild's first step: which stored rows must be evaluated together. A pass over each business-key
 * column's index (never the rows: they hold the JSON) joins every row sharing a PO, order, ASN, invoice or shipment
 * number, whatever the partner: the closure (closure.ts) follows the same columns the same way, so a component holds
 * every thread any of its rows belongs to. Per column, SQLite merges both tables' index entries in value order, so
 * rows sharing a value arrive together (no map of values here). Components are cut, in row order, into batches of
 * about `targetRows` rows; a batch always holds whole components, so evaluating batches one by one equals one
 * evaluation of everything. Inventory (linked by SKU, not by these columns) is left out: the rebuild evaluates it as
 * a batch of its own. Rows the closure would not load (unmapped, mapping errors) may join components (a larger
 * batch, never a different result); the loader skips them.
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

interface Table {
  name: string;
  id: string;
  /** the table's non-inventory row ids */
  rows: string;
  /** the single-column index of a key column */
  index(column: string): string;
}

const KEY_COLUMNS = ['po_number', 'order_number', 'asn_number', 'invoice_number', 'shipment_number'];
// rows and key columns are read from covering indexes only: the rows themselves hold the JSON (overflow pages)
const CANONICAL: Table = {
  name: 'canonical_documents',
  id: 'document_id',
  rows: `SELECT document_id FROM canonical_documents INDEXED BY canonical_partner_kind WHERE kind <> 'inventory'`,
  index: (column) => `canonical_${column}`,
};
const RECORDS: Table = {
  name: 'source_records',
  id: 'id',
  rows: `SELECT id FROM source_records INDEXED BY source_records_kind WHERE kind <> 'inventory'`,
  index: (column) => `source_records_${column.replace('_number', '')}`,
};

/** Union-find over row numbers, the smaller root kept: components keep row order. */
class UnionFind {
  readonly parent: Int32Array;
  constructor(size: number) {
    this.parent = new Int32Array(size);
    for (let node = 0; node < size; node++) this.parent[node] = node;
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

/** Row ids of a table (non-inventory) and, by id, their row number (-1: not a row of the partition). */
function rowsOf(db: Database.Database, table: Table, first: number): { ids: Int32Array; rowOf: Int32Array } {
  const ids = Int32Array.from(db.prepare(table.rows).pluck().all() as number[]);
  let maxId = 0;
  for (const id of ids) if (id > maxId) maxId = id;
  const rowOf = new Int32Array(maxId + 1).fill(-1);
  for (let index = 0; index < ids.length; index++) rowOf[ids[index]!] = first + index;
  return { ids, rowOf };
}

export function partitionRows(db: Database.Database, targetRows: number): Partition {
  const documents = rowsOf(db, CANONICAL, 0);
  const records = rowsOf(db, RECORDS, documents.ids.length);
  const rowCount = documents.ids.length + records.ids.length;
  const unionFind = new UnionFind(rowCount);
  // one key column at a time, both tables' index entries merged in value order by SQLite (no values kept here):
  // consecutive rows with one value are joined
  for (const column of KEY_COLUMNS) {
    const statement = db
      .prepare(
        `SELECT ${column}, ${CANONICAL.id} FROM ${CANONICAL.name} INDEXED BY ${CANONICAL.index(column)} WHERE ${column} IS NOT NULL
         UNION ALL SELECT ${column}, -${RECORDS.id} FROM ${RECORDS.name} INDEXED BY ${RECORDS.index(column)} WHERE ${column} IS NOT NULL
         ORDER BY 1`,
      )
      .raw();
    let previousValue: string | null = null;
    let previousRow = -1;
    for (const [value, id] of statement.iterate() as IterableIterator<[string, number]>) {
      const rows = id > 0 ? documents : records;
      const rowId = id > 0 ? id : -id;
      const row = rowId < rows.rowOf.length ? rows.rowOf[rowId]! : -1;
      if (row < 0) continue;
      if (value === previousValue) unionFind.union(previousRow, row);
      else previousValue = value;
      previousRow = row;
    }
  }

  const roots = new Int32Array(rowCount);
  const componentSize = new Int32Array(rowCount);
  for (let row = 0; row < rowCount; row++) {
    const root = unionFind.find(row);
    roots[row] = root;
    componentSize[root]!++;
  }
  // components in the order of their first row, cut into batches
  const batchOfRoot = new Int32Array(rowCount).fill(-1);
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
  const idOf = (row: number) => (row < documents.ids.length ? documents.ids[row]! : -records.ids[row - documents.ids.length]!);
  for (let row = 0; row < rowCount; row++) rows[cursor[batchOfRow[row]!]!++] = idOf(row);
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
