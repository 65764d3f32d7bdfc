/**
 * records.import: ERP or WMS records in the canonical JSON (`crossdock schema`), bare or wrapped as
 * `{ recordId?, stream?, raw?, document }`. Each is validated against the canonical schema; its source becomes the
 * connector it came through (`erp` / `wms`, a stream, the other system's record id), so the engine sees whose word it
 * is. Stored by (connector, stream, record id): the same content again is unchanged, new content is a new version
 * (the previous one kept in source_record_versions). Then the threads the stored records touch are re-evaluated.
 */
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { validateCanonical, type CanonicalDocument, type CanonicalKind } from '../canonical/index.js';
import type { CoreContext } from '../context.js';
import { businessKeys } from '../mapping-store/canonical-store.js';
import { documentKey } from '../reconcile/index.js';
import { evaluateMany } from './evaluate.js';
import type { RecordsImportResult } from './types.js';

export type RecordSide = 'erp' | 'wms';

const DEFAULT_STREAM: Record<CanonicalKind, string> = {
  order: 'sales-orders',
  'order-change': 'order-changes',
  'order-ack': 'order-acks',
  shipment: 'shipments',
  invoice: 'invoices',
  inventory: 'inventory',
  return: 'returns',
  credit: 'credits',
};

interface Wrapper {
  recordId?: unknown;
  stream?: unknown;
  raw?: unknown;
  document: unknown;
}

const isWrapper = (value: unknown): value is Wrapper => typeof value === 'object' && value !== null && 'document' in value && !('kind' in value);
const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim() : typeof value === 'number' ? String(value) : undefined);

interface Prepared {
  document: CanonicalDocument;
  stream: string;
  recordId: string;
  raw: string | null;
  warnings: string[];
}

/** One input record made ready to store, or why it cannot be. */
export function prepareRecord(value: unknown, side: RecordSide): Prepared | { error: string; recordId: string | null } {
  const wrapper = isWrapper(value) ? value : undefined;
  const candidate = wrapper ? wrapper.document : value;
  const wrappedId = text(wrapper?.recordId) ?? null;
  const validation = validateCanonical(candidate);
  if (!validation.ok) {
    const message = validation.issues.slice(0, 5).map((issue) => `${issue.pathText || '(document)'}: ${issue.message}`).join('; ');
    const sourceId = text((candidate as { source?: { recordId?: unknown } } | null)?.source?.recordId) ?? null;
    return { error: message, recordId: wrappedId ?? sourceId };
  }
  const document = validation.document;
  const source = document.source.kind === 'connector' ? document.source : undefined;
  if (source && /^wms/i.test(source.connector) !== (side === 'wms')) {
    return { error: `source.connector '${source.connector}' is the ${/^wms/i.test(source.connector) ? 'warehouse' : 'ERP'}'s, but the import is ${side === 'wms' ? 'WMS' : 'ERP'} records`, recordId: wrappedId ?? source.recordId };
  }
  const businessNumber = documentKey(document).split('|')[1] ?? '';
  const recordId = wrappedId ?? source?.recordId ?? (businessNumber || undefined);
  if (!recordId) return { error: 'no record id: give recordId, source.recordId or the document its number', recordId: null };
  const stream = text(wrapper?.stream) ?? source?.stream ?? DEFAULT_STREAM[document.kind];
  const warnings: string[] = [];
  if (!source) warnings.push(`source ${document.source.kind} replaced by the ${side} connector`);
  const connector = source?.connector ?? side;
  document.source = { kind: 'connector', connector, stream, recordId };
  const raw = wrapper?.raw === undefined ? null : JSON.stringify(wrapper.raw);
  return { document, stream, recordId, raw, warnings };
}

function statements(db: Database.Database) {
  return {
    find: db.prepare('SELECT id, version, content_hash FROM source_records WHERE connector = ? AND stream = ? AND record_id = ?'),
    keepVersion: db.prepare(
      `INSERT OR REPLACE INTO source_record_versions (record_id, version, content_hash, canonical_json, raw_json, received_at)
       SELECT id, version, content_hash, canonical_json, raw_json, received_at FROM source_records WHERE id = ?`,
    ),
    insert: db.prepare(
      `INSERT INTO source_records (side, connector, stream, record_id, kind, partner_id, version, content_hash, canonical_json, raw_json, warnings_json,
         po_number, order_number, asn_number, invoice_number, shipment_number, document_date, received_at, updated_at)
       VALUES (@side, @connector, @stream, @recordId, @kind, @partnerId, 1, @hash, @json, @raw, @warnings, @po, @order, @asn, @invoice, @shipment, @date, @now, @now)`,
    ),
    update: db.prepare(
      `UPDATE source_records SET side = @side, kind = @kind, partner_id = @partnerId, version = version + 1, content_hash = @hash, canonical_json = @json, raw_json = @raw,
         warnings_json = @warnings, po_number = @po, order_number = @order, asn_number = @asn, invoice_number = @invoice, shipment_number = @shipment,
         document_date = @date, received_at = @now, updated_at = @now WHERE id = @id`,
    ),
    partnerExists: db.prepare('SELECT 1 FROM partners WHERE id = ?').pluck(),
  };
}

export interface StoredRecords extends Omit<RecordsImportResult, 'threadsEvaluated'> {
  /** source_records ids inserted or updated */
  touched: number[];
}

/** Validates and stores; one transaction. */
export function storeRecords(db: Database.Database, side: RecordSide, records: readonly unknown[], now: string): StoredRecords {
  const sql = statements(db);
  const result: StoredRecords = { inserted: 0, updated: 0, unchanged: 0, failed: [], warnings: [], touched: [] };
  db.transaction(() => {
    records.forEach((value, index) => {
      const prepared = prepareRecord(value, side);
      if ('error' in prepared) {
        result.failed.push({ index, recordId: prepared.recordId, message: prepared.error });
        return;
      }
      const { document, stream, recordId, raw, warnings } = prepared;
      for (const message of warnings) result.warnings.push({ index, message });
      const json = JSON.stringify(document);
      const hash = createHash('sha256').update(json).digest('hex');
      const connector = (document.source as { connector: string }).connector;
      const keys = businessKeys(document);
      const partnerId = document.partner?.id !== undefined && sql.partnerExists.get(document.partner.id) !== undefined ? document.partner.id : null;
      if (document.partner?.id !== undefined && partnerId === null) result.warnings.push({ index, message: `partner ${document.partner.id} is not in this workspace; stored without a partner` });
      const values = {
        side, connector, stream, recordId, kind: document.kind, partnerId, hash, json, raw, warnings: JSON.stringify(warnings.map((message) => ({ code: 'import', message }))),
        po: keys.poNumber, order: keys.orderNumber, asn: keys.asnNumber, invoice: keys.invoiceNumber, shipment: keys.shipmentNumber, date: keys.documentDate, now,
      };
      const existing = sql.find.get(connector, stream, recordId) as { id: number; version: number; content_hash: string } | undefined;
      if (!existing) {
        result.touched.push(Number(sql.insert.run(values).lastInsertRowid));
        result.inserted++;
      } else if (existing.content_hash === hash) result.unchanged++;
      else {
        sql.keepVersion.run(existing.id);
        sql.update.run({ ...values, id: existing.id });
        result.touched.push(existing.id);
        result.updated++;
      }
    });
  })();
  return result;
}

/** records.import: store, then evaluate the threads of the inserted and updated records (after the commit). */
export function importRecords(context: CoreContext, input: { side: RecordSide; records: readonly unknown[]; origin?: string | undefined }, now = new Date().toISOString()): RecordsImportResult {
  const stored = storeRecords(context.workspace.db, input.side, input.records, now);
  const { touched, ...counts } = stored;
  let threadsEvaluated = 0;
  if (touched.length > 0) threadsEvaluated = evaluateMany(context, { recordIds: touched }, { now }).threadKeys;
  return { ...counts, threadsEvaluated };
}
