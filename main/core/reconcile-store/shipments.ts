/**
 * The shipment check (issue 6): the day's shipments per order thread with their match status, and one shipment found
 * by what a scanner or a person typed, with its carton-by-carton comparison. Threads are loaded around each shipment
 * with the store's closure (loadThreadInputs) and built by the engine, so what is shown is what the rules judged.
 */
import type Database from 'better-sqlite3';
import { buildThreads, documentKey, type Thread } from '../reconcile/index.js';
import { loadThreadInputs, reconcileContextFor, reconcileEnvFor, type ReconcileEnv } from './index.js';
import { queueRowsByIds } from './queue.js';
import { shipmentsAround, shipmentsNamedBy, type ShipmentRef } from './shipments-lookup.js';
import { scanKeys } from './shipments-scan.js';
import { shippedDayOf, threadShipments, type ThreadShipments } from './shipments-thread.js';
import type { ShipmentCheckDetail, ShipmentCheckRow, ShipmentMatch } from './types.js';
import { perConnection } from '../workspace/per-connection.js';

/** Mismatch types that say a shipment and its ASN (or its order) disagree. */
export const SHIPMENT_MISMATCH_TYPES = ['asn-qty-vs-wms', 'over-shipment', 'under-shipment', 'asn-late'] as const;

const statements = perConnection((db) => prepare(db));

function prepare(db: Database.Database) {
  return {
    evaluated: db.prepare('SELECT 1 FROM recon_threads WHERE key = ?').pluck(),
    open: db.prepare(
      `SELECT id, type FROM mismatches WHERE thread_key = ? AND present = 1 AND status IN ('open', 'assigned') ORDER BY severity_rank DESC, first_seen_at, id`,
    ),
  };
}

interface Judged {
  row: ShipmentCheckRow;
  shipments: ThreadShipments;
  openIds: string[];
}

function judge(db: Database.Database, env: ReconcileEnv, thread: Thread, now: string): Judged {
  const sql = statements(db);
  const shipments = threadShipments(thread, reconcileContextFor(db, now, env));
  const open = sql.open.all(thread.key) as { id: string; type: string }[];
  const evaluated = sql.evaluated.get(thread.key) !== undefined;
  const hasAsn = shipments.asns.length > 0;
  const hasWms = shipments.warehouse.length > 0;
  let match: ShipmentMatch;
  if (!evaluated) match = 'pending';
  else if (hasWms && !hasAsn) match = open.some((each) => each.type === 'asn-missing') ? 'asn-missing' : 'pending';
  else if (hasAsn && !hasWms) match = 'wms-missing';
  else match = open.some((each) => (SHIPMENT_MISMATCH_TYPES as readonly string[]).includes(each.type)) ? 'mismatch' : 'matched';
  const partnerId = thread.partner?.id;
  return {
    row: {
      threadKey: thread.key,
      partnerName: env.partnerName(partnerId) ?? thread.partner?.name ?? null,
      poNumber: thread.poNumbers[0] ?? null,
      asnNumber: shipments.asnNumber,
      shipmentNumber: shipments.shipmentNumber,
      billOfLading: shipments.billOfLading,
      shippedAt: shipments.shippedAt,
      cartons: shipments.cartons.length,
      match,
      openMismatches: open.length,
    },
    shipments,
    openIds: open.map((each) => each.id),
  };
}

/** The order threads a stored shipment sits in (a multi-order ASN: several). */
function threadsOf(db: Database.Database, env: ReconcileEnv, ref: ShipmentRef): Thread[] {
  const loaded = loadThreadInputs(db, ref.documentId !== null ? { documentIds: [ref.documentId] } : { recordIds: [ref.recordId ?? 0] }, env);
  const key = documentKey(ref.document);
  return buildThreads(loaded.inputs, env.items).filter((thread) => thread.kind === 'order' && thread.documents.some((entry) => entry.key === key));
}

const MATCH_ORDER: Record<ShipmentMatch, number> = { mismatch: 0, 'asn-missing': 1, 'wms-missing': 2, pending: 3, matched: 4 };

/** shipments.today: every order thread with a shipment that left on `day`; problems first, then by time. */
export function shipmentsToday(db: Database.Database, input: { day?: string | undefined }, now: Date = new Date()): ShipmentCheckRow[] {
  const day = input.day ?? localDay(now);
  const env = reconcileEnvFor(db);
  const seen = new Set<string>();
  const covered = new Set<string>();
  const rows: ShipmentCheckRow[] = [];
  for (const ref of shipmentsAround(db, day)) {
    if (shippedDayOf(ref) !== day) continue;
    const key = documentKey(ref.document);
    if (covered.has(key)) continue;
    for (const thread of threadsOf(db, env, ref)) {
      for (const entry of thread.documents) covered.add(entry.key);
      if (seen.has(thread.key)) continue;
      seen.add(thread.key);
      rows.push(judge(db, env, thread, now.toISOString()).row);
    }
  }
  return rows.sort((a, b) => MATCH_ORDER[a.match] - MATCH_ORDER[b.match] || (a.shippedAt ?? '').localeCompare(b.shippedAt ?? '') || a.threadKey.localeCompare(b.threadKey));
}

/** shipments.find: the shipment a scan names, its cartons side by side, its lines and its open mismatches; null when nothing matches. */
export function findShipment(db: Database.Database, input: { query: string }, now: Date = new Date()): ShipmentCheckDetail | null {
  const keys = scanKeys(input.query);
  const found = shipmentsNamedBy(db, [keys.text, keys.typed], keys.sscc);
  if (!found) return null;
  const env = reconcileEnvFor(db);
  const judged: Judged[] = [];
  const seen = new Set<string>();
  for (const ref of found.refs) {
    for (const thread of threadsOf(db, env, ref)) {
      if (seen.has(thread.key)) continue;
      seen.add(thread.key);
      judged.push(judge(db, env, thread, now.toISOString()));
    }
  }
  // a scanned carton: the thread that holds it first (a multi-order ASN lists it in one order's thread only)
  const holds = (each: Judged) => found.by !== 'sscc' || each.shipments.cartons.some((carton) => carton.sscc === found.value);
  judged.sort((a, b) => Number(holds(b)) - Number(holds(a)));
  const [first, ...others] = judged;
  if (!first) return null;
  const mismatches = queueRowsByIds(db, first.openIds);
  const lines = first.shipments.lines.map((line) => ({ ...line, mismatchIds: mismatches.filter((row) => row.lineKey === line.lineKey).map((row) => row.id) }));
  return {
    ...first.row,
    cartonsCompared: first.shipments.cartons,
    lines,
    mismatches,
    foundBy: { kind: found.by, value: found.value },
    alsoFound: others.map((each) => each.row),
  };
}

function localDay(now: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
