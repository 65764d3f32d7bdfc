/**
 * Finding stored shipments: by day (the shipment check's list) and by what was scanned (ASN number, shipment number,
 * bill of lading, SSCC). Both stores hold shipments: canonical_documents (EDI ASNs, 945s) and source_records (WMS and
 * ERP records). Numbers are found through their columns' indexes (0007's cross-partner ones for canonical rows), SSCCs
 * and bills of lading through shipment_codes (migration 0009, kept by triggers), the day's list through the kind and
 * date indexes (canonical rows probe each partner and NULL: that index leads with partner_id).
 */
import type Database from 'better-sqlite3';
import type { Shipment } from '../canonical/index.js';
import { CANONICAL_USABLE } from './inputs.js';
import { perConnection } from '../workspace/per-connection.js';

/** A stored shipment: an EDI/file document or another system's record. */
export interface ShipmentRef {
  documentId: number | null;
  recordId: number | null;
  document: Shipment;
  receivedAt: string;
}

export type FoundBy = 'asn' | 'shipment' | 'bill-of-lading' | 'sscc';

interface Row {
  document_id: number | null;
  record_id: number | null;
  canonical_json: string;
  received_at: string;
}

const canonicalSelect = (index: string) =>
  `SELECT c.document_id, NULL AS record_id, c.canonical_json, d.received_at FROM canonical_documents c INDEXED BY ${index} JOIN documents d ON d.id = c.document_id`;
const RECORD_SELECT = `SELECT NULL AS document_id, r.id AS record_id, r.canonical_json, r.received_at FROM source_records r`;

function prepare(db: Database.Database) {
  const partnerKind = canonicalSelect('canonical_partner_kind');
  const byDay = `c.kind = 'shipment' AND c.document_date BETWEEN @first AND @last AND ${CANONICAL_USABLE}`;
  return {
    byDay: db.prepare(
      `${partnerKind} WHERE c.partner_id IN (SELECT id FROM partners) AND ${byDay}
       UNION ALL ${partnerKind} WHERE c.partner_id IS NULL AND ${byDay}
       UNION ALL ${RECORD_SELECT} WHERE r.kind = 'shipment' AND r.document_date BETWEEN @first AND @last`,
    ),
    // shipments without a date of their own (a WMS feed may give only a ship event): by when they arrived
    undatedByReceipt: db.prepare(
      `SELECT c.document_id, NULL AS record_id, c.canonical_json, d.received_at FROM documents d INDEXED BY documents_received
         JOIN canonical_documents c ON c.document_id = d.id
         WHERE d.received_at BETWEEN @first AND @last AND c.kind = 'shipment' AND c.document_date IS NULL AND ${CANONICAL_USABLE}
       UNION ALL ${RECORD_SELECT} INDEXED BY source_records_kind WHERE r.kind = 'shipment' AND r.document_date IS NULL AND r.received_at BETWEEN @first AND @last`,
    ),
    asn: db.prepare(`${canonicalSelect('canonical_asn_number')} WHERE c.asn_number = @first AND ${CANONICAL_USABLE} UNION ALL ${RECORD_SELECT} WHERE r.asn_number = @first`),
    shipment: db.prepare(
      `${canonicalSelect('canonical_shipment_number')} WHERE c.shipment_number = @first AND ${CANONICAL_USABLE} UNION ALL ${RECORD_SELECT} WHERE r.shipment_number = @first`,
    ),
    byCode: db.prepare(
      `SELECT c.document_id, NULL AS record_id, c.canonical_json, d.received_at FROM shipment_codes s
         JOIN canonical_documents c ON c.document_id = s.document_id JOIN documents d ON d.id = c.document_id
         WHERE s.code = @first AND s.kind = @kind AND ${CANONICAL_USABLE}
       UNION ALL SELECT NULL, r.id, r.canonical_json, r.received_at FROM shipment_codes s JOIN source_records r ON r.id = s.record_id
         WHERE s.code = @first AND s.kind = @kind`,
    ),
  };
}

type Statements = ReturnType<typeof prepare>;
const statementsFor = perConnection<Statements>((db) => prepare(db));

function refsOf(rows: Row[]): ShipmentRef[] {
  return rows.flatMap((row) => {
    const document = JSON.parse(row.canonical_json) as Shipment;
    if (document.kind !== 'shipment' || document.role === 'receipt') return [];
    return [{ documentId: row.document_id, recordId: row.record_id, document, receivedAt: row.received_at }];
  });
}

const dayShift = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Shipments dated within a day of `day` (the caller keeps those that left on it: a ship date may differ from the document's). */
export function shipmentsAround(db: Database.Database, day: string): ShipmentRef[] {
  const sql = statementsFor(db);
  const range = { first: dayShift(day, -1), last: `${dayShift(day, 1)}~` };
  return refsOf([...(sql.byDay.all(range) as Row[]), ...(sql.undatedByReceipt.all(range) as Row[])]);
}

/** Shipments a scanned or typed text names, with what it matched; several when numbers repeat across partners. */
export function shipmentsNamedBy(db: Database.Database, texts: readonly string[], sscc: string | null): { by: FoundBy; value: string; refs: ShipmentRef[] } | null {
  const sql = statementsFor(db);
  if (sscc) {
    const refs = refsOf(sql.byCode.all({ first: sscc, kind: 'sscc' }) as Row[]);
    if (refs.length > 0) return { by: 'sscc', value: sscc, refs };
  }
  // numbers are stored as the source wrote them: the caller gives the text upper-cased and as typed
  const variants = [...new Set(texts)].filter((text) => text !== '');
  for (const [by, statement] of [['asn', sql.asn], ['shipment', sql.shipment]] as const) {
    for (const value of variants) {
      const refs = refsOf(statement.all({ first: value }) as Row[]);
      if (refs.length > 0) return { by, value, refs };
    }
  }
  // stored upper-cased (migration 0009)
  const bill = variants[0]?.toUpperCase();
  if (bill) {
    const refs = refsOf(sql.byCode.all({ first: bill, kind: 'bill-of-lading' }) as Row[]);
    if (refs.length > 0) return { by: 'bill-of-lading', value: bill, refs };
  }
  return null;
}
