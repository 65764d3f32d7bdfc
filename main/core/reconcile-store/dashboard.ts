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

export function dashboard(db: Database.Database, now: number = Date.now()): Dashboard {
  const openTotal = db.prepare(`SELECT count(*) FROM mismatches m WHERE ${OPEN}`).pluck().get() as number;
  const money = db
    .prepare(`SELECT m.currency, sum(m.money_at_risk_minor) AS minor FROM mismatches m WHERE ${OPEN} AND m.money_at_risk IS NOT NULL GROUP BY m.currency ORDER BY minor DESC`)
    .all() as { currency: string | null; minor: number }[];
  const byType = db.prepare(`SELECT m.type, count(*) AS open, sum(m.money_at_risk_minor) AS minor FROM mismatches m WHERE ${OPEN} GROUP BY m.type ORDER BY open DESC, m.type`).all() as {
    type: MismatchType;
    open: number;
    minor: number;
  }[];
  const byPartner = db
    .prepare(
      `SELECT m.partner_id, p.name, count(*) AS open, sum(m.money_at_risk_minor) AS minor FROM mismatches m LEFT JOIN partners p ON p.id = m.partner_id
       WHERE ${OPEN} GROUP BY m.partner_id ORDER BY open DESC, p.name`,
    )
    .all() as { partner_id: number | null; name: string | null; open: number; minor: number }[];
  const instant = (days: number) => new Date(now - days * DAY_MS).toISOString();
  const agingStatement = db.prepare(`SELECT count(*) FROM mismatches m WHERE ${OPEN} AND m.first_seen_at <= ? AND m.first_seen_at > ?`).pluck();
  const aging = AGING_BUCKETS.map(({ bucket, fromDays, toDays }) => ({ bucket, open: agingStatement.get(instant(fromDays), Number.isFinite(toDays) ? instant(toDays) : '') as number }));
  return {
    openTotal,
    moneyAtRisk: money.map((row) => ({ amount: fromMinor(row.minor), currency: row.currency })),
    byType: byType.map((row) => ({ type: row.type, open: row.open, money: fromMinor(row.minor) })),
    byPartner: byPartner.map((row) => ({ partnerId: row.partner_id, partnerName: row.name, open: row.open, money: fromMinor(row.minor) })),
    aging,
    trend: trend(db, now),
    threads: threadCounts(db),
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

function threadCounts(db: Database.Database): Dashboard['threads'] {
  const total = db.prepare('SELECT count(*) FROM recon_threads').pluck().get() as number;
  const withOpen = db.prepare(`SELECT count(DISTINCT m.thread_key) FROM mismatches m WHERE ${OPEN}`).pluck().get() as number;
  return { total, withOpen, clean: Math.max(0, total - withOpen) };
}
