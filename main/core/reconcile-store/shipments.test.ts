import type Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Order, Shipment } from '../canonical/index.js';
import { reconcileAll } from '../reconcile/index.js';
import { loadThreadInputs, reconcileContextFor, reconcileEnvFor } from './index.js';
import { addEdiDocument, addPartner, addSourceRecord, shipcheckWorkspace } from './shipments-fixture.js';
import { findShipment, shipmentsToday } from './shipments.js';

const NOW = new Date('2026-11-28T15:00:00.000Z');
const DAY = '2026-11-28';
const sscc = (n: number) => `0061414100000000${String(n).padStart(2, '0')}`;

let db: Database.Database;
let cleanup: () => void;
let acme: number;
beforeEach(() => {
  ({ db, cleanup } = shipcheckWorkspace());
  acme = addPartner(db, 'ACME Stores');
});
afterEach(() => cleanup());

const order = (po: string): Order => ({
  kind: 'order',
  role: 'purchase-order',
  source: { kind: 'file', name: 'po' },
  channel: 'edi',
  poNumber: po,
  documentDate: { value: '2026-11-27', precision: 'day' },
  lines: [
    { lineNumber: '1', product: { sku: 'WIDGET' }, quantity: { value: '24', uom: 'EA' } },
    { lineNumber: '2', product: { sku: 'GADGET' }, quantity: { value: '6', uom: 'EA' } },
  ],
});

const carton = (n: number, sku: string, quantity: string) => ({ sscc: sscc(n), level: 'pack' as const, lines: [{ product: { sku }, quantity: { value: quantity, uom: 'EA' } }] });

function asn(po: string, number: string, packs: ReturnType<typeof carton>[]): Shipment {
  return {
    kind: 'shipment',
    role: 'asn',
    source: { kind: 'file', name: 'asn' },
    channel: 'edi',
    asnNumber: number,
    billOfLading: `BOL-${number}`,
    documentDate: { value: DAY, precision: 'day' },
    dates: [{ qualifier: 'ship', date: { value: `${DAY}T09:30:00`, precision: 'minute', timeZone: 'UTC' } }],
    orders: [{ poNumber: po }],
    packs: packs.map((pack) => ({ ...pack, lines: pack.lines.map((line) => ({ ...line, poNumber: po })) })),
  };
}

function wms(po: string, number: string, packs: ReturnType<typeof carton>[], day = DAY): Shipment {
  return {
    kind: 'shipment',
    role: 'asn',
    source: { kind: 'connector', connector: 'wms', stream: 'shipments', recordId: number },
    channel: 'edi',
    shipmentNumber: number,
    documentDate: { value: day, precision: 'day' },
    orders: [{ poNumber: po }],
    packs,
  };
}

/** What the store's evaluation writes, enough for the shipment check: the thread row and its open mismatches. */
function evaluate(): void {
  const env = reconcileEnvFor(db);
  const documentIds = db.prepare('SELECT document_id FROM canonical_documents').pluck().all() as number[];
  const recordIds = db.prepare('SELECT id FROM source_records').pluck().all() as number[];
  const { threads, mismatches } = reconcileAll(loadThreadInputs(db, [{ documentIds }, { recordIds }], env).inputs, reconcileContextFor(db, NOW.toISOString(), env));
  for (const thread of threads) {
    db.prepare("INSERT INTO recon_threads (key, kind, member_count, evaluated_at) VALUES (?, ?, ?, '2026-11-28T15:00:00Z')").run(thread.key, thread.kind, thread.documents.length);
  }
  for (const found of mismatches) {
    const rank = ['low', 'medium', 'high', 'critical'].indexOf(found.severity) + 1;
    db.prepare(
      `INSERT INTO mismatches (id, type, thread_key, line_key, severity, severity_rank, owner, chargeback_risk, summary, expected_json, actual_json,
        evidence_json, fingerprint, status, present, first_seen_at, last_seen_at, status_changed_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, '[]', 'f', 'open', 1, ?, ?, ?)`,
    ).run(found.id, found.type, found.threadKey, found.lineKey, found.severity, rank, found.owner, found.summary, JSON.stringify(found.expected), JSON.stringify(found.actual), NOW.toISOString(), NOW.toISOString(), NOW.toISOString());
  }
}

function seedDifferingCarton(): void {
  addEdiDocument(db, order('PO-100'), { partnerId: acme, direction: 'inbound', type: '850', receivedAt: '2026-11-27T08:00:00.000Z' });
  addEdiDocument(db, asn('PO-100', 'ASN-100', [carton(1, 'WIDGET', '12'), carton(2, 'WIDGET', '12'), carton(3, 'GADGET', '6')]), {
    partnerId: acme,
    direction: 'outbound',
    type: '856',
    receivedAt: '2026-11-28T10:00:00.000Z',
  });
  // the warehouse packed 10 in the second carton
  addSourceRecord(db, 'wms', wms('PO-100', 'SHP-100', [carton(1, 'WIDGET', '12'), carton(2, 'WIDGET', '10'), carton(3, 'GADGET', '6')]), { receivedAt: '2026-11-28T09:45:00.000Z' });
}

describe('shipments.find', () => {
  it('finds a shipment by a scanned SSCC and compares it carton by carton, marking the one that differs', () => {
    seedDifferingCarton();
    evaluate();
    const detail = findShipment(db, { query: `]C100${sscc(2)}\r\n` }, NOW);
    expect(detail?.foundBy).toEqual({ kind: 'sscc', value: sscc(2) });
    expect(detail?.threadKey).toBe(`order:${acme}:PO-100`);
    expect(detail?.partnerName).toBe('ACME Stores');
    expect(detail?.asnNumber).toBe('ASN-100');
    expect(detail?.shipmentNumber).toBe('SHP-100');
    expect(detail?.billOfLading).toBe('BOL-ASN-100');
    expect(detail?.match).toBe('mismatch');
    expect(detail?.cartonsCompared.map((each) => [each.sscc, each.match])).toEqual([
      [sscc(1), 'matched'],
      [sscc(2), 'differs'],
      [sscc(3), 'matched'],
    ]);
    expect(detail?.cartonsCompared[1]).toMatchObject({ asn: [{ product: 'WIDGET', quantity: '12', uom: 'EA' }], wms: [{ product: 'WIDGET', quantity: '10', uom: 'EA' }] });
    // the rule found the same carton, and the line comparison shows the ASN's 24 against the warehouse's 22
    expect(detail?.mismatches.map((row) => [row.type, row.lineKey])).toContainEqual(['asn-qty-vs-wms', `sscc:${sscc(2)}`]);
    const line1 = detail?.lines.find((line) => line.lineKey === 'line:1');
    expect(line1?.cells.order?.[0]?.quantity).toBe('24');
    expect(line1?.cells['wms-shipment']?.[0]?.quantity).toBe('22');
    expect(line1?.cells.asn?.[0]?.quantity).toBe('24');
    expect(line1?.differs).toEqual(['asn']);
    expect(detail?.lines.find((line) => line.lineKey === 'line:2')?.differs).toEqual([]);
  });

  it('finds the same shipment by ASN number (any case), WMS shipment number, bill of lading and (00)-prefixed SSCC', () => {
    seedDifferingCarton();
    for (const [query, by] of [
      ['asn-100', 'asn'],
      ['SHP-100', 'shipment'],
      [' bol-asn-100 ', 'bill-of-lading'],
      [`(00)${sscc(3)}`, 'sscc'],
    ] as const) {
      const detail = findShipment(db, { query }, NOW);
      expect(detail?.foundBy?.kind, query).toBe(by);
      expect(detail?.threadKey, query).toBe(`order:${acme}:PO-100`);
    }
    expect(findShipment(db, { query: sscc(9) }, NOW)).toBeNull();
    expect(findShipment(db, { query: 'NOPE' }, NOW)).toBeNull();
  });

  it('says pending until the thread is evaluated, and matched when everything agrees', () => {
    addEdiDocument(db, order('PO-200'), { partnerId: acme, direction: 'inbound', type: '850', receivedAt: '2026-11-27T08:00:00.000Z' });
    const packs = [carton(11, 'WIDGET', '24'), carton(12, 'GADGET', '6')];
    addEdiDocument(db, asn('PO-200', 'ASN-200', packs), { partnerId: acme, direction: 'outbound', type: '856', receivedAt: '2026-11-28T10:00:00.000Z' });
    addSourceRecord(db, 'wms', wms('PO-200', 'SHP-200', packs), { receivedAt: '2026-11-28T09:45:00.000Z' });
    expect(findShipment(db, { query: 'ASN-200' }, NOW)?.match).toBe('pending');
    evaluate();
    const detail = findShipment(db, { query: 'ASN-200' }, NOW);
    expect(detail?.match).toBe('matched');
    // other rules may speak (no 855 was sent), but nothing about the shipment
    expect(detail?.openMismatches).toBe(detail?.mismatches.length);
    expect(detail?.mismatches.filter((row) => ['asn-qty-vs-wms', 'over-shipment', 'under-shipment', 'asn-late'].includes(row.type))).toEqual([]);
    expect(detail?.cartonsCompared.every((each) => each.match === 'matched')).toBe(true);
  });
});

describe('shipments.today', () => {
  it("lists the day's shipments once per order thread, problems first, with which side is missing", () => {
    seedDifferingCarton();
    addEdiDocument(db, order('PO-300'), { partnerId: acme, direction: 'inbound', type: '850', receivedAt: '2026-11-27T08:00:00.000Z' });
    addEdiDocument(db, asn('PO-300', 'ASN-300', [carton(21, 'WIDGET', '24')]), { partnerId: acme, direction: 'outbound', type: '856', receivedAt: '2026-11-28T10:00:00.000Z' });
    addEdiDocument(db, order('PO-400'), { partnerId: acme, direction: 'inbound', type: '850', receivedAt: '2026-11-27T08:00:00.000Z' });
    addSourceRecord(db, 'wms', wms('PO-400', 'SHP-400', [carton(31, 'WIDGET', '24')]), { receivedAt: '2026-11-28T09:45:00.000Z' });
    // shipped yesterday: not today's
    addEdiDocument(db, order('PO-500'), { partnerId: acme, direction: 'inbound', type: '850', receivedAt: '2026-11-26T08:00:00.000Z' });
    addSourceRecord(db, 'wms', wms('PO-500', 'SHP-500', [carton(41, 'WIDGET', '24')], '2026-11-27'), { receivedAt: '2026-11-27T09:45:00.000Z' });
    evaluate();

    const rows = shipmentsToday(db, { day: DAY }, NOW);
    expect(rows.map((row) => [row.poNumber, row.match])).toEqual([
      ['PO-100', 'mismatch'],
      ['PO-300', 'wms-missing'],
      // the ASN is not due yet (24 h after shipping): pending, not missing
      ['PO-400', 'pending'],
    ]);
    expect(rows[0]).toMatchObject({ asnNumber: 'ASN-100', shipmentNumber: 'SHP-100', cartons: 3, partnerName: 'ACME Stores' });
    expect(rows[0]!.openMismatches).toBeGreaterThan(0);
    expect(shipmentsToday(db, { day: '2026-11-27' }, NOW).map((row) => row.poNumber)).toEqual(['PO-500']);
  });
});

describe('shipments.find without an order', () => {
  it('compares the ASN with the warehouse but never calls a line over-shipped when no order says how much', () => {
    addEdiDocument(db, asn('PO-600', 'ASN-600', [carton(51, 'WIDGET', '12')]), { partnerId: acme, direction: 'outbound', type: '856', receivedAt: '2026-11-28T10:00:00.000Z' });
    addSourceRecord(db, 'wms', wms('PO-600', 'SHP-600', [carton(51, 'WIDGET', '10')]), { receivedAt: '2026-11-28T09:45:00.000Z' });
    const detail = findShipment(db, { query: 'ASN-600' }, NOW);
    expect(detail?.cartonsCompared.map((each) => each.match)).toEqual(['differs']);
    expect(detail?.lines).toHaveLength(1);
    expect(detail?.lines[0]?.cells.order).toBeUndefined();
    expect(detail?.lines[0]?.differs).toEqual(['asn']);
  });
});

describe('shipments.today without document dates', () => {
  it('takes a warehouse record that gives only a ship event by when it arrived and files it under its ship day', () => {
    addEdiDocument(db, order('PO-700'), { partnerId: acme, direction: 'inbound', type: '850', receivedAt: '2026-11-27T08:00:00.000Z' });
    const undated = { ...wms('PO-700', 'SHP-700', [carton(61, 'WIDGET', '24')]), documentDate: undefined, dates: [{ qualifier: 'ship' as const, date: { value: `${DAY}T07:15`, precision: 'minute' as const } }] };
    addSourceRecord(db, 'wms', undated, { receivedAt: `${DAY}T07:20:00.000Z` });
    expect(shipmentsToday(db, { day: DAY }, NOW).map((row) => [row.poNumber, row.shipmentNumber])).toEqual([['PO-700', 'SHP-700']]);
    expect(shipmentsToday(db, { day: '2026-11-27' }, NOW)).toEqual([]);
  });
});
