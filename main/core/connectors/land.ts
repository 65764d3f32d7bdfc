/**
 * Landing a page of fetched records: each is mapped by its connector; documents go through the reconciliation
 * store's record upsert (storeRecords: one row per record, a new version when it changed), products into
 * connector_products, mapping failures into dead_letters with the reason. Runs inside the caller's transaction (the
 * page's), so records, dead letters and the cursor commit together.
 */
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { storeRecords } from '../reconcile-store/records.js';
import { clearDeadLetter, hasOpenDeadLetters, recordDeadLetter, stmt } from './state.js';
import type { Connector, FetchedRecord, ProductFacts, RecordWarning, StreamName } from './types.js';

export interface LandCounts {
  records: number;
  inserted: number;
  updated: number;
  unchanged: number;
  failed: number;
  ignored: number;
  warnings: number;
  /** source_records ids inserted or updated: their threads are re-evaluated */
  touched: number[];
}

export const emptyLandCounts = (): LandCounts => ({ records: 0, inserted: 0, updated: 0, unchanged: 0, failed: 0, ignored: 0, warnings: 0, touched: [] });

/** The engine tells the warehouse's records from the ERP's by the connector name (/^wms/). */
export const sideOfConnector = (name: string): 'erp' | 'wms' => (/^wms/i.test(name) ? 'wms' : 'erp');

export function landRecords(db: Database.Database, connector: Connector, stream: StreamName, records: readonly FetchedRecord[], now: string, counts: LandCounts = emptyLandCounts()): LandCounts {
  const wrappers: { recordId: string; stream: string; raw: unknown; document: unknown }[] = [];
  const landed: { record: FetchedRecord; warnings: RecordWarning[] }[] = [];
  counts.records += records.length;
  for (const record of records) {
    let mapped;
    try {
      mapped = connector.toCanonical(stream, record);
    } catch (error) {
      mapped = { status: 'failed' as const, reason: `mapping threw: ${error instanceof Error ? error.message : String(error)}`, warnings: [] };
    }
    if (mapped.status === 'failed') {
      recordDeadLetter(db, { connector: connector.name, stream, recordId: record.recordId, updatedAt: record.updatedAt, raw: record.raw, reason: mapped.reason }, now);
      counts.failed++;
    } else if (mapped.status === 'ignored') counts.ignored++;
    else if (mapped.status === 'product') {
      storeProduct(db, connector.name, record, mapped.product, now, counts);
      clearDeadLetter(db, connector.name, stream, record.recordId, now);
      counts.warnings += mapped.warnings.length;
    } else {
      mapped.document.source = { kind: 'connector', connector: connector.name, stream, recordId: record.recordId };
      wrappers.push({ recordId: record.recordId, stream, raw: record.raw, document: mapped.document });
      landed.push({ record, warnings: mapped.warnings });
    }
  }
  if (wrappers.length === 0) return counts;
  const stored = storeRecords(db, sideOfConnector(connector.name), wrappers, now);
  counts.inserted += stored.inserted;
  counts.updated += stored.updated;
  counts.unchanged += stored.unchanged;
  counts.touched.push(...stored.touched);
  const failedIndexes = new Set<number>();
  for (const failure of stored.failed) {
    failedIndexes.add(failure.index);
    const { record } = landed[failure.index]!;
    recordDeadLetter(db, { connector: connector.name, stream, recordId: record.recordId, updatedAt: record.updatedAt, raw: record.raw, reason: `not a valid canonical document: ${failure.message}` }, now);
    counts.failed++;
  }
  const clearLetters = hasOpenDeadLetters(db, connector.name);
  const annotate = stmt(db, 'UPDATE source_records SET source_updated_at = ?, warnings_json = ? WHERE connector = ? AND stream = ? AND record_id = ?');
  landed.forEach(({ record, warnings }, index) => {
    if (failedIndexes.has(index)) return;
    counts.warnings += warnings.length;
    annotate.run(record.updatedAt, JSON.stringify(warnings), connector.name, stream, record.recordId);
    if (clearLetters) clearDeadLetter(db, connector.name, stream, record.recordId, now);
  });
  return counts;
}

function storeProduct(db: Database.Database, connector: string, record: FetchedRecord, product: ProductFacts, now: string, counts: LandCounts): void {
  const raw = JSON.stringify(record.raw);
  const hash = createHash('sha256').update(JSON.stringify(product)).digest('hex');
  const existing = stmt(db, 'SELECT content_hash FROM connector_products WHERE connector = ? AND record_id = ?').pluck().get(connector, record.recordId) as string | undefined;
  if (existing === hash) {
    counts.unchanged++;
    return;
  }
  stmt(
    db,
    `INSERT INTO connector_products (connector, record_id, sku, description, gtin, uom, identifiers_json, raw_json, content_hash, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (connector, record_id) DO UPDATE SET sku = excluded.sku, description = excluded.description, gtin = excluded.gtin, uom = excluded.uom,
       identifiers_json = excluded.identifiers_json, raw_json = excluded.raw_json, content_hash = excluded.content_hash, updated_at = excluded.updated_at`,
  ).run(connector, record.recordId, product.sku, product.description ?? null, product.gtin ?? null, product.uom ?? null, JSON.stringify(product.identifiers ?? []), raw, hash, now);
  if (existing === undefined) counts.inserted++;
  else counts.updated++;
}
