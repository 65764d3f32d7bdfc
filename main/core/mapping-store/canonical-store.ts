/**
 * canonical_documents rows: one per mapped documents row, written in the same SQLite transaction as the document
 * (ingest) or replacing the previous one (remap). Business keys are copied into indexed columns for the
 * reconciliation engine's look-ups by partner + key.
 */
import type Database from 'better-sqlite3';
import type { CanonicalRecord, CanonicalStatus, CoverageSummary, MapOrigin, MappingIssue } from './types.js';

/** What mapping one transaction produced, ready to store. */
export interface CanonicalOutcome {
  kind: string | null;
  status: CanonicalStatus;
  map: { origin: MapOrigin; mapId: number | null; version: number | null } | null;
  document: unknown;
  issues: MappingIssue[];
  coverage: CoverageSummary;
}

export interface BusinessKeyColumns {
  poNumber: string | null;
  orderNumber: string | null;
  asnNumber: string | null;
  /** invoice_number: an invoice's own number, or a credit's own creditNumber (the row's kind tells them apart) */
  invoiceNumber: string | null;
  shipmentNumber: string | null;
  documentDate: string | null;
  /**
   * the invoice a credit corrects: a reference, never the credit's key. No column holds it yet (that needs a
   * migration); it is in canonical_json and here for callers that compute keys.
   */
  creditedInvoiceNumber: string | null;
}

/** Issues kept per document: a map that fails on every line of a 5,000-line order says so once per rule anyway. */
const MAX_STORED_ISSUES = 200;

const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

/**
 * The keys of any canonical kind; a shipment without its own PO number takes its first order's. A credit is keyed by
 * its creditNumber (its invoiceNumber is the invoice it corrects, kept as creditedInvoiceNumber).
 */
export function businessKeys(document: unknown): BusinessKeyColumns {
  const record = (document ?? {}) as Record<string, unknown>;
  const credit = record.kind === 'credit';
  const orders = Array.isArray(record.orders) ? (record.orders as Record<string, unknown>[]) : [];
  const date = record.documentDate as { value?: unknown } | string | undefined;
  return {
    poNumber: text(record.poNumber) ?? text(orders[0]?.poNumber),
    orderNumber: text(record.orderNumber) ?? text(orders[0]?.orderNumber),
    asnNumber: text(record.asnNumber),
    invoiceNumber: credit ? text(record.creditNumber) : text(record.invoiceNumber),
    shipmentNumber: text(record.shipmentNumber),
    documentDate: typeof date === 'string' ? text(date) : text(date?.value),
    creditedInvoiceNumber: credit ? text(record.invoiceNumber) : null,
  };
}

function statements(db: Database.Database) {
  return {
    upsert: db.prepare(
      `INSERT OR REPLACE INTO canonical_documents (document_id, partner_id, kind, map_id, map_version, map_origin, status, error_count,
         warning_count, issues_json, coverage_json, canonical_json, po_number, order_number, asn_number, invoice_number, shipment_number,
         document_date, mapped_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    get: db.prepare('SELECT * FROM canonical_documents WHERE document_id = ?'),
    documentPartner: db.prepare('SELECT partner_id FROM documents WHERE id = ?'),
    remove: db.prepare('DELETE FROM canonical_documents WHERE document_id = ?'),
  };
}

export type CanonicalStore = ReturnType<typeof createCanonicalStore>;
const stores = new WeakMap<Database.Database, CanonicalStore>();

export function canonicalStoreFor(db: Database.Database): CanonicalStore {
  let store = stores.get(db);
  if (!store) {
    store = createCanonicalStore(db);
    stores.set(db, store);
  }
  return store;
}

interface CanonicalRow {
  document_id: number;
  partner_id: number | null;
  kind: string | null;
  map_id: number | null;
  map_version: number | null;
  map_origin: MapOrigin | null;
  status: CanonicalStatus;
  issues_json: string;
  coverage_json: string;
  canonical_json: string | null;
  mapped_at: string;
}

/**
 * A canonical row with its JSON already serialized: ingest maps while parsing and stores after, and a 50 MiB file's
 * 40,000 documents wait far more compactly as JSON text than as object graphs.
 */
export interface PreparedCanonicalRow {
  kind: string | null;
  status: CanonicalStatus;
  map: CanonicalOutcome['map'];
  errors: number;
  warnings: number;
  issuesJson: string;
  coverageJson: string;
  canonicalJson: string | null;
  keys: BusinessKeyColumns;
}

export function prepareCanonicalRow(outcome: CanonicalOutcome): PreparedCanonicalRow {
  let errors = 0;
  let warnings = 0;
  for (const issue of outcome.issues) {
    if (issue.severity === 'error') errors++;
    else if (issue.severity === 'warning') warnings++;
  }
  const issues = outcome.issues.length > MAX_STORED_ISSUES ? outcome.issues.slice(0, MAX_STORED_ISSUES) : outcome.issues;
  return {
    kind: outcome.kind,
    status: outcome.status,
    map: outcome.map,
    errors,
    warnings,
    issuesJson: JSON.stringify(issues),
    coverageJson: JSON.stringify({ unmappedRequired: outcome.coverage.unmappedRequired, unusedSegmentCount: outcome.coverage.unusedSegments.length }),
    canonicalJson: outcome.document === null || outcome.document === undefined ? null : JSON.stringify(outcome.document),
    keys: businessKeys(outcome.document),
  };
}

export function createCanonicalStore(db: Database.Database) {
  const sql = statements(db);
  const writePrepared = (documentId: number, partnerId: number | null, row: PreparedCanonicalRow, mappedAt: string): void => {
    const { keys } = row;
    sql.upsert.run(
      documentId, partnerId, row.kind, row.map?.mapId ?? null, row.map?.version ?? null, row.map?.origin ?? null, row.status, row.errors, row.warnings,
      row.issuesJson, row.coverageJson, row.canonicalJson, keys.poNumber, keys.orderNumber, keys.asnNumber, keys.invoiceNumber, keys.shipmentNumber, keys.documentDate, mappedAt,
    );
  };
  return {
    /** Call inside the caller's transaction (the document row and its canonical row commit together). */
    write(documentId: number, partnerId: number | null, outcome: CanonicalOutcome, mappedAt: string): void {
      writePrepared(documentId, partnerId, prepareCanonicalRow(outcome), mappedAt);
    },
    writePrepared,
    remove(documentId: number): void {
      sql.remove.run(documentId);
    },
    /** The stored row; a document of a type no map applies to has none and reads as 'unmapped'. Undefined: no document. */
    get(documentId: number): CanonicalRecord | undefined {
      const row = sql.get.get(documentId) as CanonicalRow | undefined;
      if (!row) {
        const document = sql.documentPartner.get(documentId) as { partner_id: number | null } | undefined;
        if (!document) return undefined;
        return { documentId, partnerId: document.partner_id, kind: null, status: 'unmapped', map: null, document: null, issues: [], coverage: { unmappedRequired: [], unusedSegmentCount: 0 }, mappedAt: null };
      }
      return {
        documentId,
        partnerId: row.partner_id,
        kind: row.kind,
        status: row.status,
        map: row.map_origin ? { origin: row.map_origin, mapId: row.map_id, version: row.map_version } : null,
        document: row.canonical_json === null ? null : (JSON.parse(row.canonical_json) as unknown),
        issues: JSON.parse(row.issues_json) as MappingIssue[],
        coverage: JSON.parse(row.coverage_json) as CanonicalRecord['coverage'],
        mappedAt: row.mapped_at,
      };
    },
  };
}
