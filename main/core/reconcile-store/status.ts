/** reconcile.status: how many threads and open mismatches, when the last full rebuild and evaluation ran, a running rebuild. */
import type Database from 'better-sqlite3';
import { LAST_FULL_RUN_KEY, runningRebuild } from './rebuild.js';
import type { ReconcileStatus } from './types.js';

export function reconcileStatus(db: Database.Database): ReconcileStatus {
  return {
    threads: db.prepare('SELECT count(*) FROM recon_threads').pluck().get() as number,
    open: db.prepare("SELECT count(*) FROM mismatches WHERE present = 1 AND status IN ('open', 'assigned')").pluck().get() as number,
    lastFullRunAt: (db.prepare('SELECT value FROM workspace_meta WHERE key = ?').pluck().get(LAST_FULL_RUN_KEY) as string | undefined) ?? null,
    lastEvaluatedAt: db.prepare('SELECT max(evaluated_at) FROM recon_threads').pluck().get() as string | null,
    runningTaskId: runningRebuild(db),
  };
}
