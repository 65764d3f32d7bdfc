/**
 * Finding stored shipments: by day (the shipment check's list) and by what was scanned (ASN number, shipment number,
 * bill of lading, SSCC). Both stores hold shipments: canonical_documents (EDI ASNs, 945s) and source_records (WMS and
 * ERP records). The canonical indexes lead with partner_id, so look-ups probe each partner and NULL (as closure.ts
 * does). Bills of lading and SSCCs have no column: they are matched inside the shipments' JSON, read through the kind
 * indexes (a scan of shipments, not of every document).
 */
import type Database from 'better-sqlite3';
import type { Shipment } from '../canonical/index.js';
import { CANONICAL_USABLE } from './inputs.js';

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

/** Both partner probes of a canonical index, with a condition. */
function canonicalProbe(index: string, condition: string): string {
  return `${canonicalSelect(index)} WHERE c.partner_id IN (SELECT id FROM partners) AND ${condition} AND ${CANONICAL_USABLE}
    UNION ALL ${canonicalSelect(index)} WHERE c.partner_id IS NULL AND ${condition} AND ${CANONICAL_USABLE}`;
}

function prepare(db: Database.Database) {
  const inJson = `instr(c.canonical_json, @first) > 0`;
  return {
    byDay: db.prepare(
      `${canonicalProbe('canonical_partner_kind', `c.kind = 'shipment' AND c.document_date BETWEEN @first AND @last`)}
       UNION ALL ${RECORD_SELECT} WHERE r.kind = 'shipment' AND r.document_date BETWEEN @first AND @last`,
    ),
    asn: db.prepare(`${canonicalProbe('canonical_asn', `c.asn_number = @first`)} UNION ALL ${RECORD_SELECT} WHERE r.asn_number = @first`),
    shipment: db.prepare(`${canonicalProbe('canonical_shipment', `c.shipment_number = @first`)} UNION ALL ${RECORD_SELECT} WHERE r.shipment_number = @first`),
    inJson: db.prepare(
      `${canonicalProbe('canonical_partner_kind', `c.kind = 'shipment' AND ${inJson}`)}
       UNION ALL ${RECORD_SELECT} WHERE r.kind = 'shipment' AND instr(r.canonical_json, @first) > 0`,
    ),
  };
}

type Statements = ReturnType<typeof prepare>;
const cache = new WeakMap<Database.Database, Statements>();
function statementsFor(db: Database.Database): Statements {
  let found = cache.get(db);
  if (!found) cache.set(db, (found = prepare(db)));
  return found;
}

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
  return refsOf(statementsFor(db).byDay.all({ first: dayShift(day, -1), last: `${dayShift(day, 1)}~` }) as Row[]);
}

/** Shipments a scanned or typed text names, with what it matched; several when numbers repeat across partners. */
export function shipmentsNamedBy(db: Database.Database, texts: readonly string[], sscc: string | null): { by: FoundBy; value: string; refs: ShipmentRef[] } | null {
  const sql = statementsFor(db);
  if (sscc) {
    const refs = refsOf(sql.inJson.all({ first: `"sscc":"${sscc}"` }) as Row[]).filter((ref) => containsSscc(ref.document, sscc));
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
  for (const value of variants) {
    const refs = refsOf(sql.inJson.all({ first: `"billOfLading":${JSON.stringify(value)}` }) as Row[]);
    if (refs.length > 0) return { by: 'bill-of-lading', value, refs };
  }
  return null;
}

function containsSscc(shipment: Shipment, sscc: string): boolean {
  const visit = (packs: Shipment['packs']): boolean => (packs ?? []).some((pack) => pack.sscc === sscc || visit(pack.packs));
  return visit(shipment.packs);
}
