/**
 * reconcile.dashboard: open mismatches by type, partner and age, money at risk per currency, the 30-day trend of
 * found and resolved from the audit trail, and how many threads are clean. Sums are of the minor-unit column
 * (round(amount × 100)), shown back as decimal text.
 */
import type Database from 'better-sqlite3';
import type { MismatchType } from '../reconcile/types.js';
import type { Dashboard } from './types.js';

const DAY_MS = 86_400_000;
const OPEN = "m.present = 1 AND m.status IN ('open', 'assigned')";
export const AGING_BUCKETS: { bucket: string; fromDays: number; toDays: number }[] = [
  { bucket: '0-1', fromDays: 0, toDays: 1 },
  { bucket: '1-3', fromDays: 1, toDays: 3 },
  { bucket: '3-7', fromDays: 3, toDays: 7 },
  { bucket: '7-30', fromDays: 7, toDays: 30 },
  { bucket: '30+', fromDays: 30, toDays: Number.POSITIVE_INFINITY },
];

/** Minor units as decimal text with two places ('-' sign kept). */
export function fromMinor(minor: number): string {
  const sign = minor < 0 ? '-' : '';
  const absolute = Math.abs(Math.round(minor));
  return `${sign}${Math.floor(absolute / 100)}.${String(absolute % 100).padStart(2, '0')}`;
}

interface OpenTotals {
  openTotal: number;
  money: Map<string | null, number>;
  byType: Map<MismatchType, { open: number; minor: number }>;
  byPartner: Map<number | null, { open: number; minor: number }>;
  threads: number;
}

/** One pass over the open mismatches (each grouping as its own query read every open row again: 4× the time). */
function openTotals(db: Database.Database): OpenTotals {
  const rows = db
    .prepare(`SELECT m.type, m.partner_id, m.currency, m.money_at_risk IS NOT NULL, m.money_at_risk_minor, m.thread_key FROM mismatches m WHERE ${OPEN}`)
    .raw()
    .all() as [MismatchType, number | null, string | null, number, number, string][];
  const totals: OpenTotals = { openTotal: rows.length, money: new Map(), byType: new Map(), byPartner: new Map(), threads: 0 };
  const threads = new Set<string>();
  for (const [type, partnerId, currency, hasMoney, minor, threadKey] of rows) {
    if (hasMoney) totals.money.set(currency, (totals.money.get(currency) ?? 0) + minor);
    const ofType = totals.byType.get(type) ?? { open: 0, minor: 0 };
    ofType.open++;
    ofType.minor += minor;
    totals.byType.set(type, ofType);
    const ofPartner = totals.byPartner.get(partnerId) ?? { open: 0, minor: 0 };
    ofPartner.open++;
    ofPartner.minor += minor;
    totals.byPartner.set(partnerId, ofPartner);
    threads.add(threadKey);
  }
  totals.threads = threads.size;
  return totals;
}

export function dashboard(db: Database.Database, now: number = Date.now()): Dashboard {
  const totals = openTotals(db);
  const nameOf = db.prepare('SELECT name FROM partners WHERE id = ?').pluck();
  const byPartner = [...totals.byPartner].map(([partnerId, entry]) => ({ partnerId, partnerName: partnerId === null ? null : ((nameOf.get(partnerId) as string | undefined) ?? null), ...entry }));
  byPartner.sort((a, b) => b.open - a.open || (a.partnerName ?? '~').localeCompare(b.partnerName ?? '~'));
  const instant = (days: number) => new Date(now - days * DAY_MS).toISOString();
  const agingStatement = db.prepare(`SELECT count(*) FROM mismatches m WHERE ${OPEN} AND m.first_seen_at <= ? AND m.first_seen_at > ?`).pluck();
  const aging = AGING_BUCKETS.map(({ bucket, fromDays, toDays }) => ({ bucket, open: agingStatement.get(instant(fromDays), Number.isFinite(toDays) ? instant(toDays) : '') as number }));
  const threadTotal = db.prepare('SELECT count(*) FROM recon_threads').pluck().get() as number;
  return {
    openTotal: totals.openTotal,
    moneyAtRisk: [...totals.money].sort((a, b) => b[1] - a[1]).map(([currency, minor]) => ({ amount: fromMinor(minor), currency })),
    byType: [...totals.byType]
      .sort((a, b) => b[1].open - a[1].open || (a[0] < b[0] ? -1 : 1))
      .map(([type, entry]) => ({ type, open: entry.open, money: fromMinor(entry.minor) })),
    byPartner: byPartner.map((entry) => ({ partnerId: entry.partnerId, partnerName: entry.partnerName, open: entry.open, money: fromMinor(entry.minor) })),
    aging,
    trend: trend(db, now),
    threads: { total: threadTotal, withOpen: totals.threads, clean: Math.max(0, threadTotal - totals.threads) },
    lastEvaluatedAt: db.prepare('SELECT max(evaluated_at) FROM recon_threads').pluck().get() as string | null,
  };
}

/**
 * Per UTC day over the last 30 (today included): mismatches found and mismatches closed (resolved or accepted by a
 * reviewer, or resolved by the system when new data cleared them).
 */
function trend(db: Database.Database, now: number): Dashboard['trend'] {
  const today = Math.floor(now / DAY_MS) * DAY_MS;
  const days = Array.from({ length: 30 }, (_, index) => new Date(today - (29 - index) * DAY_MS).toISOString().slice(0, 10));
  const rows = db
    .prepare(
      `SELECT substr(at, 1, 10) AS day, action, count(*) AS n FROM mismatch_events
       WHERE action IN ('found', 'resolved', 'accepted', 'cleared') AND at >= ?
         AND (action = 'found' OR (to_status IN ('resolved', 'accepted') AND (from_status IS NULL OR from_status IN ('open', 'assigned'))))
       GROUP BY day, action`,
    )
    .all(`${days[0]}T00:00:00`) as { day: string; action: string; n: number }[];
  const byDay = new Map(days.map((day) => [day, { day, found: 0, resolved: 0 }]));
  for (const row of rows) {
    const entry = byDay.get(row.day);
    if (!entry) continue;
    if (row.action === 'found') entry.found += row.n;
    else entry.resolved += row.n;
  }
  return [...byDay.values()];
}
