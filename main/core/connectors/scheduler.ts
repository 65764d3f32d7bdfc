/**
 * Scheduled syncs: a connector with a schedule (minutes) is due when any of its streams has never run or its
 * next_run_at has passed. The scheduler checks on an interval and runs due connectors one at a time, in the
 * background (as tasks), never more than one run per connector at once. Paused and disabled connectors are skipped;
 * an offline connector is simply due again at its next slot.
 */
import type Database from 'better-sqlite3';
import type { CoreContext } from '../context.js';
import { startSyncTask } from './context-deps.js';
import type { ConnectorDeps } from './instances.js';
import { watchConnectorChanges } from './watch.js';

export function dueConnectors(db: Database.Database, nowIso: string): string[] {
  return db
    .prepare(
      `SELECT c.name FROM connectors c
       WHERE c.enabled = 1 AND c.paused = 0 AND c.schedule_minutes IS NOT NULL
         AND (NOT EXISTS (SELECT 1 FROM connector_streams s WHERE s.connector = c.name AND s.last_success_at IS NOT NULL)
              OR EXISTS (SELECT 1 FROM connector_streams s WHERE s.connector = c.name AND (s.next_run_at IS NULL OR s.next_run_at <= ?)))
       ORDER BY c.name`,
    )
    .pluck()
    .all(nowIso) as string[];
}

export interface SyncScheduler {
  /** one check now (the interval calls this); resolves when the runs it started have finished */
  tick(): Promise<void>;
  stop(): void;
}

/** `deps` may be a getter: the desktop shell supplies its secret store after the core has started. */
export function startSyncScheduler(context: CoreContext, deps: ConnectorDeps | (() => ConnectorDeps), options: { intervalMs?: number; watchMs?: number; now?: () => number } = {}): SyncScheduler {
  const running = new Set<string>();
  const now = options.now ?? Date.now;
  const tick = async () => {
    const due = dueConnectors(context.workspace.db, new Date(now()).toISOString()).filter((name) => !running.has(name));
    for (const name of due) {
      running.add(name);
      try {
        await startSyncTask(context, typeof deps === 'function' ? deps() : deps, { connector: name, trigger: 'schedule' }).done;
      } finally {
        running.delete(name);
      }
    }
  };
  const timer = setInterval(() => void tick().catch(() => undefined), options.intervalMs ?? 60_000);
  timer.unref();
  // the running app also tells its clients when the CLI changed connectors
  const watch = watchConnectorChanges(context, options.watchMs);
  return {
    tick,
    stop: () => {
      clearInterval(timer);
      watch.stop();
    },
  };
}
