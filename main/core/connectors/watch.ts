/**
 * Connector changes made by another process (the CLI on the same workspace) reach the running app's clients as
 * connectors.changed: a light poll compares the settings columns of the connectors table (a handful of rows) with
 * what it saw last. Sync state columns are left out, so a running sync is not a change. The app's own changes are
 * announced by the service as they happen, and the watcher takes them as seen.
 */
import type Database from 'better-sqlite3';
import type { CoreContext } from '../context.js';

const SETTINGS = `SELECT name, kind || char(31) || side || char(31) || config_json || char(31) || enabled || char(31) || paused || char(31)
  || coalesce(schedule_minutes, '') || char(31) || rate_limit_per_second || char(31) || updated_at AS settings FROM connectors`;

/** connector name → its settings as one string */
type Snapshot = Map<string, string>;

function snapshot(db: Database.Database): Snapshot {
  return new Map((db.prepare(SETTINGS).raw().all() as [string, string][]).map(([name, settings]) => [name, settings]));
}

/** Connectors added, removed or changed between two snapshots, by name. */
export function changedNames(before: Snapshot, after: Snapshot): string[] {
  const names = new Set<string>();
  for (const [name, settings] of after) if (before.get(name) !== settings) names.add(name);
  for (const name of before.keys()) if (!after.has(name)) names.add(name);
  return [...names].sort();
}

/** Compares now and emits when another process changed the connectors; returns whether it did. */
export type ConnectorWatch = { check(): boolean; stop(): void };

export function watchConnectorChanges(context: CoreContext, intervalMs = 5_000): ConnectorWatch {
  const db = context.workspace.db;
  let seen = snapshot(db);
  const stopListening = context.events.subscribe((name) => {
    if (name === 'connectors.changed') seen = snapshot(db);
  });
  const check = () => {
    const current = snapshot(db);
    const names = changedNames(seen, current);
    if (names.length === 0) return false;
    // the listener above takes the new state as seen
    context.events.emit('connectors.changed', { change: 'outside', names });
    seen = current;
    return true;
  };
  const timer = setInterval(() => {
    try {
      check();
    } catch {
      // a closed or busy database: the next tick tries again
    }
  }, intervalMs);
  timer.unref();
  return {
    check,
    stop() {
      clearInterval(timer);
      stopListening();
    },
  };
}
