/**
 * SLAs about to be missed: our 855 / ORDRSP for an order received and not yet acknowledged, and our ASN for a WMS
 * shipment that left without one, each due within the next few hours. Per-partner hours come from the profile
 * (settingsFromProfile), the engine's defaults otherwise. Candidates are read by time through indexes; whether the
 * answer was sent is one indexed look-up per candidate (the canonical keys and the documents' PO index).
 */
import type Database from 'better-sqlite3';
import type { Shipment } from '../canonical/index.js';
import { parseRawProfile, profileFieldsOf } from '../partners/stored-profile.js';
import { DEFAULT_SETTINGS, settingsFromProfile } from '../reconcile/settings.js';
import { HOUR_MS, instantOf } from '../reconcile/time.js';
import type { PartnerSettings } from '../reconcile/types.js';
import type { AlertsSummary } from './types.js';

export type SlaSoon = AlertsSummary['slaSoon'][number];

/** "About to be missed": due within this many hours and not yet late. */
export const SLA_WARNING_HOURS = 4;
const ACK_TYPES = ['855', 'ORDRSP'];
const ASN_TYPES = ['856', 'DESADV'];

interface PartnerInfo {
  name: string;
  settings: PartnerSettings;
}

function partnersOf(db: Database.Database): Map<number, PartnerInfo> {
  const rows = db.prepare('SELECT id, name, profile_json FROM partners WHERE merged_into IS NULL').all() as { id: number; name: string; profile_json: string }[];
  return new Map(rows.map((row) => [row.id, { name: row.name, settings: settingsFromProfile(profileFieldsOf(parseRawProfile(row.profile_json))) }]));
}

function statements(db: Database.Database) {
  const sent = (kind: string, role: string | null, types: string[]) => {
    const ofRole = role ? ` AND json_extract(canonical_json, '$.role') = '${role}'` : '';
    const canonical = db.prepare(`SELECT 1 FROM canonical_documents WHERE partner_id IS ? AND po_number = ? AND kind = '${kind}'${ofRole} LIMIT 1`).pluck();
    const edi = db.prepare(`SELECT 1 FROM documents WHERE po_number = ? AND direction = 'outbound' AND type IN (${types.map(() => '?').join(', ')}) LIMIT 1`).pluck();
    return (partnerId: number | null, poNumber: string) => canonical.get(partnerId, poNumber) !== undefined || edi.get(poNumber, ...types) !== undefined;
  };
  return {
    orders: db.prepare(
      `SELECT c.partner_id, c.po_number, d.received_at FROM documents d JOIN canonical_documents c ON c.document_id = d.id
        WHERE d.direction = 'inbound' AND d.received_at >= ? AND c.kind = 'order' AND c.po_number IS NOT NULL`,
    ),
    wmsShipments: db.prepare(
      `SELECT partner_id, po_number, received_at, canonical_json FROM source_records
        WHERE kind = 'shipment' AND side = 'wms' AND document_date >= ? AND po_number IS NOT NULL`,
    ),
    // the customer of a WMS shipment that names none: the partner whose order has that PO
    partnerOfPo: db.prepare(`SELECT partner_id FROM canonical_documents WHERE partner_id IN (SELECT id FROM partners) AND po_number = ? AND kind = 'order' LIMIT 1`).pluck(),
    ackSent: sent('order-ack', null, ACK_TYPES),
    asnSent: sent('shipment', 'asn', ASN_TYPES),
  };
}

/** When a warehouse shipment left: its ship date, else its own date, else when the record arrived. */
function shippedAt(document: Shipment, receivedAt: string): number {
  const event = document.dates?.find((each) => each.qualifier === 'ship')?.date ?? document.documentDate;
  const at = event ? instantOf(event, 'end') : Number.NaN;
  return Number.isNaN(at) ? Date.parse(receivedAt) : at;
}

export function slasAboutToBeMissed(db: Database.Database, now: number, warningHours = SLA_WARNING_HOURS): SlaSoon[] {
  const partners = partnersOf(db);
  const sql = statements(db);
  const settingsOf = (partnerId: number | null) => (partnerId === null ? DEFAULT_SETTINGS : (partners.get(partnerId)?.settings ?? DEFAULT_SETTINGS));
  const maxHours = (pick: (settings: PartnerSettings) => number) => Math.max(pick(DEFAULT_SETTINGS), ...[...partners.values()].map((partner) => pick(partner.settings)));
  const soon = (dueAt: number) => dueAt >= now && dueAt <= now + warningHours * HOUR_MS;
  const found = new Map<string, SlaSoon>();
  const add = (partnerId: number | null, poNumber: string, step: 'ack' | 'asn', dueAt: number) => {
    const threadKey = `order:${partnerId ?? '?'}:${poNumber}`;
    const key = `${threadKey}|${step}`;
    const known = found.get(key);
    if (known && Date.parse(known.dueAt) <= dueAt) return;
    found.set(key, { threadKey, partnerName: partnerId === null ? null : (partners.get(partnerId)?.name ?? null), poNumber, step, dueAt: new Date(dueAt).toISOString() });
  };

  const ackFrom = new Date(now - maxHours((settings) => settings.orderAckWithinHours) * HOUR_MS).toISOString();
  for (const order of sql.orders.all(ackFrom) as { partner_id: number | null; po_number: string; received_at: string }[]) {
    const dueAt = Date.parse(order.received_at) + settingsOf(order.partner_id).orderAckWithinHours * HOUR_MS;
    if (soon(dueAt) && !sql.ackSent(order.partner_id, order.po_number)) add(order.partner_id, order.po_number, 'ack', dueAt);
  }

  // a day's margin: a shipment dated yesterday may have left late in the evening
  const asnFrom = new Date(now - (maxHours((settings) => settings.asnWithinHours) + 24) * HOUR_MS).toISOString().slice(0, 10);
  for (const row of sql.wmsShipments.all(asnFrom) as { partner_id: number | null; po_number: string; received_at: string; canonical_json: string }[]) {
    const partnerId = row.partner_id ?? ((sql.partnerOfPo.get(row.po_number) as number | undefined) ?? null);
    const dueAt = shippedAt(JSON.parse(row.canonical_json) as Shipment, row.received_at) + settingsOf(partnerId).asnWithinHours * HOUR_MS;
    if (soon(dueAt) && !sql.asnSent(partnerId, row.po_number)) add(partnerId, row.po_number, 'asn', dueAt);
  }
  return [...found.values()].sort((a, b) => (a.dueAt < b.dueAt ? -1 : a.dueAt > b.dueAt ? 1 : 0));
}
