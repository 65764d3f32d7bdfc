import type Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Shipment } from '../canonical/index.js';
import { loadMigrations } from '../workspace/migrate.js';
import { addEdiDocument, addPartner, addSourceRecord, shipcheckWorkspace } from './shipments-fixture.js';
import { findShipment } from './shipments.js';

let db: Database.Database;
let cleanup: () => void;
let partner: number;
beforeEach(() => {
  ({ db, cleanup } = shipcheckWorkspace());
  partner = addPartner(db, 'ACME');
});
afterEach(() => cleanup());

const sscc = (n: number) => String(n).padStart(18, '0');
function shipment(number: string, ssccs: number[], bol?: string, connector?: string): Shipment {
  return {
    kind: 'shipment',
    role: 'asn',
    source: connector ? { kind: 'connector', connector, stream: 'shipments', recordId: number } : { kind: 'file', name: 'asn' },
    channel: 'edi',
    asnNumber: number,
    ...(bol ? { billOfLading: bol } : {}),
    orders: [{ poNumber: `PO-${number}` }],
    // a pallet holding cartons: SSCCs at any depth count
    packs: [{ sscc: sscc(ssccs[0]!), level: 'tare', packs: ssccs.slice(1).map((n) => ({ sscc: sscc(n), level: 'pack', lines: [{ product: { sku: 'A' }, quantity: { value: '1', uom: 'EA' } }] })) }],
  };
}
const codes = () => db.prepare('SELECT code, kind, document_id IS NOT NULL AS document FROM shipment_codes ORDER BY code').all();

describe('shipment_codes (migration 0009)', () => {
  it('holds every SSCC at any pack depth and the upper-cased bill of lading of each stored shipment', () => {
    addEdiDocument(db, shipment('A1', [1, 2, 3], ' bol-77 '), { partnerId: partner, direction: 'outbound', type: '856', receivedAt: '2026-11-28T10:00:00Z' });
    addSourceRecord(db, 'wms', shipment('W1', [4], undefined, 'wms'), { receivedAt: '2026-11-28T10:00:00Z' });
    expect(codes()).toEqual([
      { code: sscc(1), kind: 'sscc', document: 1 },
      { code: sscc(2), kind: 'sscc', document: 1 },
      { code: sscc(3), kind: 'sscc', document: 1 },
      { code: sscc(4), kind: 'sscc', document: 0 },
      { code: 'BOL-77', kind: 'bill-of-lading', document: 1 },
    ]);
  });

  it('follows a re-map (INSERT OR REPLACE), a new record version and deletes, so a scan never finds what is gone', () => {
    const documentId = addEdiDocument(db, shipment('A1', [1, 2]), { partnerId: partner, direction: 'outbound', type: '856', receivedAt: '2026-11-28T10:00:00Z' });
    db.prepare(
      `INSERT OR REPLACE INTO canonical_documents (document_id, partner_id, kind, map_origin, status, canonical_json, asn_number, mapped_at)
        VALUES (?, ?, 'shipment', 'default', 'ok', ?, 'A1', '2026-11-28T11:00:00Z')`,
    ).run(documentId, partner, JSON.stringify(shipment('A1', [1, 5])));
    expect(codes().map((row) => (row as { code: string }).code)).toEqual([sscc(1), sscc(5)]);

    const recordId = addSourceRecord(db, 'wms', shipment('W1', [7], undefined, 'wms'), { receivedAt: '2026-11-28T10:00:00Z' });
    db.prepare('UPDATE source_records SET canonical_json = ?, version = 2 WHERE id = ?').run(JSON.stringify(shipment('W1', [8], undefined, 'wms')), recordId);
    expect(codes().map((row) => (row as { code: string }).code)).toEqual([sscc(1), sscc(5), sscc(8)]);
    expect(findShipment(db, { query: sscc(7) })).toBeNull();

    // re-processing a file deletes its documents; their canonical rows go by cascade, and their codes with them
    db.prepare('DELETE FROM documents WHERE id = ?').run(documentId);
    db.prepare('DELETE FROM source_records WHERE id = ?').run(recordId);
    expect(codes()).toEqual([]);
  });

  it('ignores documents that are not shipments and unmapped rows', () => {
    const order = { kind: 'order', role: 'purchase-order', source: { kind: 'file', name: 'po' }, channel: 'edi', poNumber: 'P', lines: [], billOfLading: 'X' } as never;
    addEdiDocument(db, order, { partnerId: partner, direction: 'inbound', type: '850', receivedAt: '2026-11-28T10:00:00Z' });
    expect(codes()).toEqual([]);
  });

  it('fills itself from shipments stored before the migration', () => {
    addEdiDocument(db, shipment('A1', [1], 'B1'), { partnerId: partner, direction: 'outbound', type: '856', receivedAt: '2026-11-28T10:00:00Z' });
    addSourceRecord(db, 'wms', shipment('W1', [2], 'B2', 'wms'), { receivedAt: '2026-11-28T10:00:00Z' });
    db.exec('DELETE FROM shipment_codes');
    const migration = loadMigrations().find((each) => each.name === 'shipment_cartons');
    const backfill = migration!.sql.slice(migration!.sql.indexOf('-- Shipments stored before this migration.'));
    db.exec(backfill);
    expect(codes()).toHaveLength(4);
  });

  it('answers a scan with one index seek, not a scan of the shipments', () => {
    const plan = (db.prepare("EXPLAIN QUERY PLAN SELECT document_id, record_id FROM shipment_codes WHERE code = ? AND kind = 'sscc'").all(sscc(1)) as { detail: string }[]).map((row) => row.detail).join('\n');
    expect(plan).toMatch(/USING INDEX shipment_codes_code/);
    expect(plan).not.toMatch(/SCAN/);
  });

  it('finds one carton among 20,000 stored shipments quickly', () => {
    const insert = db.prepare(
      `INSERT INTO source_records (side, connector, stream, record_id, kind, content_hash, canonical_json, asn_number, received_at, updated_at)
        VALUES ('wms', 'wms', 'shipments', ?, 'shipment', 'h', ?, ?, '2026-11-28T10:00:00Z', '2026-11-28T10:00:00Z')`,
    );
    db.transaction(() => {
      for (let n = 0; n < 20_000; n++) insert.run(`W${n}`, JSON.stringify(shipment(`W${n}`, [n * 3 + 1, n * 3 + 2, n * 3 + 3], undefined, 'wms')), `W${n}`);
    })();
    const started = performance.now();
    const found = findShipment(db, { query: `(00)${sscc(30_002)}` });
    const elapsed = performance.now() - started;
    expect(found?.foundBy).toEqual({ kind: 'sscc', value: sscc(30_002) });
    expect(found?.shipmentNumber).toBe('W10000');
    // a scanner's answer must feel instant; generous for a loaded CI machine
    expect(elapsed).toBeLessThan(250);
  });
});
