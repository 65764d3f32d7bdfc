import type Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Order, Shipment } from '../canonical/index.js';
import { alertsSummary } from './alerts.js';
import { addEdiDocument, addPartner, addSourceRecord, shipcheckWorkspace } from './shipments-fixture.js';

const NOW = Date.parse('2026-11-28T12:00:00.000Z');
const hoursAgo = (hours: number) => new Date(NOW - hours * 3_600_000).toISOString();

let db: Database.Database;
let cleanup: () => void;
beforeEach(() => {
  ({ db, cleanup } = shipcheckWorkspace());
});
afterEach(() => cleanup());

function mismatch(id: string, severity: 'low' | 'medium' | 'high' | 'critical', status: string, present: number, foundAt: string, action = 'found'): void {
  const rank = ['low', 'medium', 'high', 'critical'].indexOf(severity) + 1;
  db.prepare(
    `INSERT INTO mismatches (id, type, thread_key, severity, severity_rank, owner, chargeback_risk, summary, expected_json, actual_json, evidence_json,
      fingerprint, status, present, first_seen_at, last_seen_at, status_changed_at)
      VALUES (?, 'asn-qty-vs-wms', 'order:1:PO1', ?, ?, 'edi', 1, ?, '{"text":"12","value":{"kind":"none"}}', '{"text":"10","value":{"kind":"none"}}', '[]', 'f', ?, ?, ?, ?, ?)`,
  ).run(id, severity, rank, `summary of ${id}`, status, present, foundAt, foundAt, foundAt);
  db.prepare("INSERT INTO mismatch_events (mismatch_id, at, actor, action, to_status) VALUES (?, ?, 'system', ?, 'open')").run(id, foundAt, action);
}

const order = (po: string): Order => ({
  kind: 'order',
  role: 'purchase-order',
  source: { kind: 'file', name: 'x' },
  channel: 'edi',
  poNumber: po,
  lines: [{ lineNumber: '1', product: { sku: 'A' }, quantity: { value: '1', uom: 'EA' } }],
});

describe('alerts.summary', () => {
  it('counts open high and critical mismatches found or re-opened since the instant; low, medium, resolved and cleared ones stay quiet', () => {
    mismatch('mm-0000000000000001', 'high', 'open', 1, hoursAgo(1));
    mismatch('mm-0000000000000002', 'critical', 'assigned', 1, hoursAgo(2));
    mismatch('mm-0000000000000003', 'medium', 'open', 1, hoursAgo(1));
    mismatch('mm-0000000000000004', 'high', 'resolved', 1, hoursAgo(1));
    mismatch('mm-0000000000000005', 'high', 'open', 0, hoursAgo(1));
    mismatch('mm-0000000000000006', 'high', 'open', 1, hoursAgo(30));
    mismatch('mm-0000000000000007', 'high', 'open', 1, hoursAgo(40));
    db.prepare("INSERT INTO mismatch_events (mismatch_id, at, actor, action) VALUES ('mm-0000000000000007', ?, 'system', 'reopened')").run(hoursAgo(3));

    const recent = alertsSummary(db, { since: hoursAgo(24) }, NOW);
    expect(recent.badge).toBe(3);
    expect(recent.highPriority.map((row) => row.id)).toEqual(['mm-0000000000000002', 'mm-0000000000000001', 'mm-0000000000000007']);
    expect(recent.highPriority[0]!.summary).toBe('summary of mm-0000000000000002');

    expect(alertsSummary(db, {}, NOW).badge).toBe(4);
    expect(alertsSummary(db, { since: new Date(NOW).toISOString() }, NOW).badge).toBe(0);
  });

  it('warns of an 855 due within four hours that was not sent, and not of one sent, late already or far off', () => {
    const acme = addPartner(db, 'ACME', { slas: { ackWithinHours: 24 } });
    const fast = addPartner(db, 'Fast Co', { slas: { ackWithinHours: 2 } });
    addEdiDocument(db, order('DUE-SOON'), { partnerId: acme, direction: 'inbound', type: '850', receivedAt: hoursAgo(21) });
    addEdiDocument(db, order('ACKED'), { partnerId: acme, direction: 'inbound', type: '850', receivedAt: hoursAgo(21) });
    addEdiDocument(db, { kind: 'order-ack', source: { kind: 'file', name: 'x' }, channel: 'edi', poNumber: 'ACKED', status: 'accepted' } as never, {
      partnerId: acme,
      direction: 'outbound',
      type: '855',
      receivedAt: hoursAgo(1),
    });
    addEdiDocument(db, order('LATE'), { partnerId: acme, direction: 'inbound', type: '850', receivedAt: hoursAgo(25) });
    addEdiDocument(db, order('FAR'), { partnerId: acme, direction: 'inbound', type: '850', receivedAt: hoursAgo(2) });
    // this partner's own SLA (2 h) makes an order received an hour ago due in one hour
    addEdiDocument(db, order('FAST'), { partnerId: fast, direction: 'inbound', type: '850', receivedAt: hoursAgo(1) });

    const soon = alertsSummary(db, {}, NOW).slaSoon;
    expect(soon.map((each) => [each.poNumber, each.step, each.partnerName, each.dueAt])).toEqual([
      ['FAST', 'ack', 'Fast Co', hoursAgo(-1)],
      ['DUE-SOON', 'ack', 'ACME', hoursAgo(-3)],
    ]);
    expect(soon[1]!.threadKey).toBe(`order:${acme}:DUE-SOON`);
  });

  it('warns of an ASN due for a WMS shipment that left without one, with the partner of the order', () => {
    const acme = addPartner(db, 'ACME', { slas: { asnWithinHours: 6 } });
    addEdiDocument(db, order('PO-7'), { partnerId: acme, direction: 'inbound', type: '850', receivedAt: hoursAgo(48) });
    addEdiDocument(db, order('PO-8'), { partnerId: acme, direction: 'inbound', type: '850', receivedAt: hoursAgo(48) });
    const shipped = (po: string, at: string): Shipment => ({
      kind: 'shipment',
      role: 'asn',
      source: { kind: 'connector', connector: 'wms', stream: 'shipments', recordId: `S-${po}` },
      channel: 'edi',
      shipmentNumber: `S-${po}`,
      documentDate: { value: at.slice(0, 10), precision: 'day' },
      dates: [{ qualifier: 'ship', date: { value: at.slice(0, 19), precision: 'second', timeZone: 'UTC' } }],
      orders: [{ poNumber: po }],
      lines: [{ product: { sku: 'A' }, quantity: { value: '1', uom: 'EA' } }],
    });
    addSourceRecord(db, 'wms', shipped('PO-7', hoursAgo(3)), { receivedAt: hoursAgo(3) });
    addSourceRecord(db, 'wms', shipped('PO-8', hoursAgo(3)), { receivedAt: hoursAgo(3) });
    addEdiDocument(db, { ...shipped('PO-8', hoursAgo(2)), source: { kind: 'file', name: 'asn' }, asnNumber: 'ASN-8' } as Shipment, {
      partnerId: acme,
      direction: 'outbound',
      type: '856',
      receivedAt: hoursAgo(2),
    });

    const soon = alertsSummary(db, {}, NOW).slaSoon;
    expect(soon).toEqual([{ threadKey: `order:${acme}:PO-7`, partnerName: 'ACME', poNumber: 'PO-7', step: 'asn', dueAt: hoursAgo(-3) }]);
  });
});
