/**
 * What the rebuild writes per batch, as the store would: a recon_threads row per thread and, for each mismatch, its
 * mismatches row (status open, present) and a 'found' event. Fingerprints follow the shared design: a hash of
 * expected text, actual text and money at risk.
 */
import type Database from 'better-sqlite3';
import { mismatchId, type Mismatch } from '../../main/core/reconcile/index.js';
import type { BatchResult } from './pipeline.js';

const SEVERITY_RANK = { low: 1, medium: 2, high: 3, critical: 4 } as const;

export function minorUnits(amount: string | undefined): number {
  return amount === undefined ? 0 : Math.round(Number(amount) * 100);
}

export function resultWriter(db: Database.Database, at: string): (result: BatchResult) => void {
  const thread = db.prepare(`INSERT OR REPLACE INTO recon_threads (key, kind, partner_id, po_numbers, member_count, open_count, evaluated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`);
  const mismatch = db.prepare(`INSERT OR REPLACE INTO mismatches (id, type, thread_key, line_key, partner_id, channel, warehouse, severity, severity_rank, owner, chargeback_risk, summary, expected_json, actual_json, evidence_json,
      money_at_risk, currency, money_at_risk_minor, fingerprint, status, present, first_seen_at, last_seen_at, status_changed_at)
    VALUES (?, ?, ?, ?, ?, 'edi', NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', 1, ?, ?, ?)`);
  const event = db.prepare(`INSERT INTO mismatch_events (mismatch_id, at, actor, action, to_status, detail_json) VALUES (?, ?, 'system', 'found', 'open', ?)`);
  const writeMismatch = (item: Mismatch) => {
    const fingerprint = mismatchId(item.expected.text, item.actual.text, item.moneyAtRisk?.amount ?? null).slice(3);
    mismatch.run(item.id, item.type, item.threadKey, item.lineKey, item.partner?.id ?? null, item.severity, SEVERITY_RANK[item.severity], item.owner, item.chargebackRisk ? 1 : 0, item.summary,
      JSON.stringify(item.expected), JSON.stringify(item.actual), JSON.stringify(item.evidence), item.moneyAtRisk?.amount ?? null, item.moneyAtRisk?.currency ?? null, minorUnits(item.moneyAtRisk?.amount), fingerprint, at, at, at);
    event.run(item.id, at, JSON.stringify({ fingerprint }));
  };
  return db.transaction((result: BatchResult) => {
    const open = new Map<string, number>();
    for (const item of result.mismatches) {
      writeMismatch(item);
      open.set(item.threadKey, (open.get(item.threadKey) ?? 0) + 1);
    }
    for (const [key, kind, partnerId, poNumbers, members] of result.threads) thread.run(key, kind, partnerId, poNumbers, members, open.get(key) ?? 0, at);
  });
}

export function clearResults(db: Database.Database): void {
  db.exec('DELETE FROM mismatch_events; DELETE FROM mismatches; DELETE FROM recon_threads;');
}
