/**
 * alerts.summary: the badge on Reconciliation and what a desktop notification says. Only business priority counts:
 * high and critical mismatches found (or re-opened) since an instant and still open, and SLAs (ack, ASN) about to be
 * missed. Low and medium mismatches stay quiet.
 */
import type Database from 'better-sqlite3';
import { slasAboutToBeMissed } from './alerts-sla.js';
import { queueRowsByIds } from './queue.js';
import type { AlertsSummary } from './types.js';

/** The rows a notification or the badge's tooltip lists; the badge counts them all. */
export const ALERT_ROWS = 20;

export function alertsSummary(db: Database.Database, input: { since?: string | undefined }, now: number = Date.now()): AlertsSummary {
  const since = input.since ? new Date(input.since).toISOString() : null;
  // new or re-opened since `since` (the audit trail says when), else every open one
  const ids = (
    since
      ? db
          .prepare(
            `SELECT m.id FROM mismatches m WHERE m.present = 1 AND m.status IN ('open', 'assigned') AND m.severity_rank >= 3
              AND m.id IN (SELECT mismatch_id FROM mismatch_events WHERE action IN ('found', 'reopened') AND at >= ?)
              ORDER BY m.severity_rank DESC, m.first_seen_at DESC, m.id`,
          )
          .pluck()
          .all(since)
      : db
          .prepare(
            `SELECT id FROM mismatches WHERE present = 1 AND status IN ('open', 'assigned') AND severity_rank >= 3
              ORDER BY severity_rank DESC, first_seen_at DESC, id`,
          )
          .pluck()
          .all()
  ) as string[];
  return { badge: ids.length, highPriority: queueRowsByIds(db, ids.slice(0, ALERT_ROWS)), slaSoon: slasAboutToBeMissed(db, now) };
}
