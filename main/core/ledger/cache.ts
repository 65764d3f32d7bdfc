/**
 * The ledger reads every control number of the senders asked about (about a second per million documents), so
 * results are kept until the workspace changes: any write by this connection (total_changes) or a commit by another
 * one (data_version) starts afresh. The UI pages and re-filters the same findings many times between ingests.
 */
import type Database from 'better-sqlite3';
import { listLedger } from './ledger.js';
import type { LedgerFilter, LedgerKind, LedgerList } from './types.js';

const MAX_FILTERS = 16;
const caches = new WeakMap<Database.Database, { version: string; results: Map<string, LedgerList> }>();

function versionOf(db: Database.Database): string {
  const changes = db.prepare('SELECT total_changes()').pluck().get() as number;
  return `${changes}:${String(db.pragma('data_version', { simple: true }))}`;
}

export function listLedgerCached(db: Database.Database, filter: LedgerFilter, kinds?: readonly LedgerKind[]): LedgerList {
  const version = versionOf(db);
  let cache = caches.get(db);
  if (cache === undefined || cache.version !== version) {
    cache = { version, results: new Map() };
    caches.set(db, cache);
  }
  const key = JSON.stringify([filter.partnerId, filter.direction, filter.level, filter.kind, filter.senderId, filter.limit, kinds]);
  let result = cache.results.get(key);
  if (result === undefined) {
    result = listLedger(db, filter, kinds);
    if (cache.results.size >= MAX_FILTERS) cache.results.delete(cache.results.keys().next().value!);
    cache.results.set(key, result);
  }
  return structuredClone(result);
}
