/**
 * Results that are slow to compute over a million rows (the total count, the facets) are kept until the database
 * changes: `total_changes()` moves with every write on this connection, `PRAGMA data_version` with every commit made
 * by another connection (the CLI ingesting into the same workspace).
 */
import type Database from 'better-sqlite3';

interface Entry {
  version: string;
  value: unknown;
}

const caches = new WeakMap<Database.Database, Map<string, Entry>>();

function versionOf(db: Database.Database): string {
  const changes = db.prepare('SELECT total_changes()').pluck().get() as number;
  const dataVersion = db.pragma('data_version', { simple: true }) as number;
  return `${changes}:${dataVersion}`;
}

export function cachedByDataVersion<T>(db: Database.Database, key: string, compute: () => T): T {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  const version = versionOf(db);
  const entry = cache.get(key);
  if (entry && entry.version === version) return entry.value as T;
  const value = compute();
  cache.set(key, { version, value });
  return value;
}
