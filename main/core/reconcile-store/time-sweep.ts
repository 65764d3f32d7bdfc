/**
 * Some mismatches appear without new data: an 855 or ASN not sent by its deadline, an order not entered in the ERP
 * in time, an ack overdue. Ingest and imports re-evaluate only the threads they touch, so while the app runs a sweep
 * re-evaluates recent order and ack threads now and then (recent: activity within `windowDays`; older threads have
 * no clock left to run). Slices are small transactions with a yield between them, so the UI never waits on a sweep.
 */
import type { CoreContext } from '../context.js';
import { evaluateThreads, hasChanges } from './evaluate.js';
import { reconcileEnvFor } from './inputs-context.js';
import type { ReconcileChanged } from './types.js';

export interface SweepOptions {
  /** ISO instant the SLA rules compare against (default: the wall clock) */
  now?: string;
  /** only threads with activity within this many days (default 45) */
  windowDays?: number;
  /** threads per transaction (default 100) */
  slice?: number;
  signal?: AbortSignal;
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Re-evaluates recent order and ack threads; one reconcile.changed for the whole sweep when something changed. */
export async function sweepTimeRules(context: CoreContext, options: SweepOptions = {}): Promise<ReconcileChanged & { threads: number }> {
  const db = context.workspace.db;
  const now = options.now ?? new Date().toISOString();
  const since = new Date(Date.parse(now) - (options.windowDays ?? 45) * 86_400_000).toISOString();
  const keys = db
    .prepare("SELECT key FROM recon_threads WHERE kind IN ('order', 'ack') AND last_activity_at >= ? ORDER BY kind, last_activity_at")
    .pluck()
    .all(since) as string[];
  const total: ReconcileChanged & { threads: number } = { threads: keys.length, threadKeys: 0, found: 0, reopened: 0, cleared: 0, alerts: [] };
  const env = reconcileEnvFor(db);
  const slice = options.slice ?? 100;
  for (let start = 0; start < keys.length && !options.signal?.aborted; start += slice) {
    // The threads of a slice may have been merged or removed by an ingest between two slices: a key that no longer
    // exists evaluates to nothing and is removed again, which is harmless.
    const seeds = keys.slice(start, start + slice).map((threadKey) => ({ threadKey }));
    const counts = evaluateThreads(db, seeds, { now, actor: 'system', env });
    total.threadKeys += counts.threadKeys;
    total.found += counts.found;
    total.reopened += counts.reopened;
    total.cleared += counts.cleared;
    total.alerts.push(...counts.alerts);
    await nextTurn();
  }
  if (hasChanges(total)) context.events.emit('reconcile.changed', { threadKeys: total.threadKeys, found: total.found, reopened: total.reopened, cleared: total.cleared, alerts: total.alerts.slice(0, 100) });
  return total;
}

/** Runs the sweep shortly after the app opens and then every `everyMs`; stop() on close. Errors are logged, never thrown. */
export function scheduleTimeSweeps(context: CoreContext, everyMs = 15 * 60_000, firstAfterMs = 30_000): { stop(): void } {
  const controller = new AbortController();
  let running = false;
  const run = () => {
    if (running || controller.signal.aborted) return;
    running = true;
    sweepTimeRules(context, { signal: controller.signal })
      .catch((error: unknown) => console.error('reconcile time sweep failed:', error))
      .finally(() => (running = false));
  };
  const first = setTimeout(run, firstAfterMs);
  const every = setInterval(run, everyMs);
  first.unref();
  every.unref();
  return {
    stop() {
      controller.abort();
      clearTimeout(first);
      clearInterval(every);
    },
  };
}
