/**
 * The full rebuild: every thread re-built and every rule re-run, review state kept (write.ts's lifecycle merge, as
 * in any evaluation). Partitioned: one pass over the business-key columns groups the stored rows into batches that
 * hold whole threads (rebuild-partition.ts); worker threads load and evaluate the batches (rebuild-worker.ts,
 * min(2, cores) by default) while this thread writes each result in one transaction, reporting progress and
 * stopping between batches when cancelled; meanwhile it evaluates the stock positions, then the ack and ledger facts,
 * as the closure path (rebuild-closures.ts, the reference the tests compare with) does. Link keys a batch could not
 * answer (rebuild-batch.ts) are evaluated last through the closure. Then stored threads this run did not produce
 * (and evaluated before it started) are removed and their mismatches cleared. A cancelled rebuild removes nothing.
 */
import { availableParallelism } from 'node:os';
import type Database from 'better-sqlite3';
import type { CoreContext } from '../context.js';
import { buildThreads, reconcileThread, type Mismatch, type ReconcileInput } from '../reconcile/index.js';
import { loadThreadInputs } from './closure.js';
import { reconcileContextFor, reconcileEnvFor, type ReconcileEnv } from './inputs-context.js';
import { allAckFacts, controlFacts, type LoadedMember } from './inputs.js';
import { batchLoader, evaluateInputs, type ThreadDigest } from './rebuild-batch.js';
import { runBatches, type WorkerEntry } from './rebuild-workers.js';
import type { ReconcileChanged } from './types.js';
import { summarizeThread } from './write-summary.js';
import { emptyCounts, keysWithMismatches, writeThread, writeThreadShape, type ThreadShape, type WriteCounts, type WriteOptions } from './write.js';

export const LAST_FULL_RUN_KEY = 'reconcile.lastFullRunAt';

export interface RebuildOptions {
  now?: string;
  actor?: string;
  /** rows evaluated (and written) per batch */
  batchMembers?: number;
  /** worker threads; 0 evaluates every batch on the calling thread (default: min(2, cores) from WORKERS_FROM_ROWS rows) */
  workers?: number;
  /** how workers start (tests) */
  workerEntry?: WorkerEntry | null;
  signal?: AbortSignal;
  onProgress?(done: number, total: number): void;
}

export interface RebuildResult extends ReconcileChanged {
  threads: number;
  members: number;
  removed: number;
  cancelled: boolean;
  seconds: number;
  /** batches evaluated by worker threads and on the calling thread */
  batches: { byWorkers: number; inThread: number };
}

/**
 * Rows per batch: 1,000-2,000 cost ~15% less CPU than 6,000 at 100,000 orders (the workers' batches die young
 * instead of being promoted to the old generation).
 */
const DEFAULT_BATCH_MEMBERS = 1_500;
const FACTS_PER_BATCH = 500;
const ESCAPED_PER_CLOSURE = 200;
/** Below this many rows starting workers (a second or so from source) costs more than it saves. */
export const WORKERS_FROM_ROWS = 20_000;

/**
 * The workers read while this thread writes, so SQLite's automatic (passive) checkpoint rarely finds the moment to
 * start the WAL over: it grew to 600 MB at 1,000,000 orders, and every page lookup, reads and writes alike, searches
 * the WAL index. A RESTART checkpoint now and then waits (busy timeout) for the readers of the moment to finish one
 * batch's load, copies the WAL back and lets the next commit write from its start.
 */
const RESTART_WAL_EVERY_THREADS = 40_000;
/** Worker results are written in transactions of at least this many threads. */
const WRITE_THREADS = 10_000;

function restartWal(db: Database.Database): void {
  try {
    db.pragma('wal_checkpoint(RESTART)');
  } catch {
    // busy: the automatic checkpoint goes on as before
  }
}

export const defaultRebuildWorkers = (): number => Math.min(2, availableParallelism());

export function countMembers(db: Database.Database): number {
  // every stored row, usable or not: counting the usable ones would read every row's JSON
  const documents = db.prepare('SELECT count(*) FROM canonical_documents').pluck().get() as number;
  const records = db.prepare('SELECT count(*) FROM source_records').pluck().get() as number;
  const acks = db.prepare('SELECT count(*) FROM outbound_acks').pluck().get() as number;
  return documents + records + acks;
}

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** A digest's shape: its stored summary while every mismatch is open, else one from the thread loaded again. */
function shapeOfDigest(db: Database.Database, digest: ThreadDigest, env: ReconcileEnv): ThreadShape {
  const { key, summaryAllOpen, mismatches, ...shape } = digest;
  return {
    ...shape,
    summary(open: readonly Mismatch[]) {
      if (open.length === mismatches.length) return summaryAllOpen;
      const thread = buildThreads(loadThreadInputs(db, { threadKey: key }, env).inputs, env.items).find((one) => one.key === key);
      return thread ? JSON.stringify(summarizeThread(thread, open)) : summaryAllOpen;
    },
  };
}

export async function rebuildAll(db: Database.Database, options: RebuildOptions = {}): Promise<RebuildResult> {
  const started = Date.now();
  const now = options.now ?? new Date().toISOString();
  const write: WriteOptions = { now, actor: options.actor ?? 'system', env: reconcileEnvFor(db) };
  const { env } = write;
  const context = reconcileContextFor(db, now, env);
  const total = countMembers(db);
  const counts: WriteCounts = emptyCounts();
  const written = new Set<string>();
  const escaped = new Set<string>();
  let done = 0;
  // worker results, written a few batches at a time (small batches keep the workers' heaps young; few commits keep
  // the pages a commit rewrites few)
  let pending: ThreadDigest[] = [];
  let sinceRestart = 0;
  const flush = () => {
    if (pending.length === 0) return;
    writeDigests(pending);
    sinceRestart += pending.length;
    pending = [];
    if (sinceRestart >= RESTART_WAL_EVERY_THREADS) {
      restartWal(db);
      sinceRestart = 0;
    }
  };
  const aborted = () => options.signal?.aborted === true;
  const writeDigests = db.transaction((digests: ThreadDigest[]) => {
    const withRows = keysWithMismatches(db, digests.map((digest) => digest.key));
    for (const digest of digests) {
      written.add(digest.key);
      writeThreadShape(db, digest.key, shapeOfDigest(db, digest, env), digest.mismatches, write, counts, withRows.has(digest.key));
    }
  });
  const evaluated = (inputs: ReconcileInput[]) => {
    writeDigests(evaluateInputs(inputs, env, context));
    done += inputs.length;
    options.onProgress?.(done, total);
  };
  // stock positions (linked by SKU: all of them one closure), then ack and ledger facts (threads of their own)
  const meanwhile = async (): Promise<boolean> => {
    evaluated(batchLoader(db).inventory());
    // read whole before writing: one connection cannot write while a statement iterates
    for (const facts of [[...allAckFacts(db, env)], controlFacts(db)] as LoadedMember[][]) {
      let chunk: ReconcileInput[] = [];
      for (const member of facts) {
        chunk.push(member.input);
        if (chunk.length < FACTS_PER_BATCH) continue;
        evaluated(chunk);
        chunk = [];
        await turn();
        if (aborted()) return false;
      }
      if (chunk.length > 0) evaluated(chunk);
      await turn();
      if (aborted()) return false;
    }
    return true;
  };

  options.onProgress?.(0, total);
  const run = await runBatches({
    db,
    targetRows: Math.max(1, options.batchMembers ?? DEFAULT_BATCH_MEMBERS),
    now,
    env,
    context,
    workers: Math.max(0, options.workers ?? (total >= WORKERS_FROM_ROWS ? defaultRebuildWorkers() : 0)),
    ...(options.workerEntry !== undefined ? { entry: options.workerEntry } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
    onResult(result) {
      pending.push(...result.threads);
      if (pending.length >= WRITE_THREADS) flush();
      for (const key of result.escaped) escaped.add(key);
      done += result.members;
      options.onProgress?.(done, total);
    },
    meanwhile,
  });
  flush();
  let cancelled = run.cancelled || aborted();

  // keys a batch's documents name beyond its rows: their closures, written last (the larger closure wins)
  const keys = [...escaped].sort();
  for (let start = 0; start < keys.length && !cancelled; start += ESCAPED_PER_CLOSURE) {
    const loaded = loadThreadInputs(db, { keys: keys.slice(start, start + ESCAPED_PER_CLOSURE) }, env);
    db.transaction(() => {
      for (const thread of buildThreads(loaded.inputs, env.items)) {
        written.add(thread.key);
        writeThread(db, thread.key, thread, reconcileThread(thread, context), write, counts);
      }
    })();
    await turn();
    cancelled = aborted();
  }

  return finishRebuild(db, { written, write, counts, cancelled, members: done, started, batches: { byWorkers: run.byWorkers, inThread: run.inThread } });
}

/** A rebuild's end, whichever way it evaluated: stale threads removed and the full run recorded unless cancelled. */
export function finishRebuild(
  db: Database.Database,
  run: { written: Set<string>; write: WriteOptions; counts: WriteCounts; cancelled: boolean; members: number; started: number; batches: RebuildResult['batches'] },
): RebuildResult {
  const { counts, cancelled } = run;
  let removed = 0;
  if (!cancelled) {
    removed = removeStale(db, run.written, run.write, counts);
    db.prepare('INSERT INTO workspace_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(LAST_FULL_RUN_KEY, run.write.now);
  }
  return {
    threadKeys: counts.threadKeys,
    found: counts.found,
    reopened: counts.reopened,
    cleared: counts.cleared,
    alerts: counts.alerts,
    threads: run.written.size,
    members: run.members,
    removed,
    cancelled,
    seconds: (Date.now() - run.started) / 1000,
    batches: run.batches,
  };
}

/** Threads not produced by this run and not evaluated since it began, and mismatches of threads no longer stored. */
export function removeStale(db: Database.Database, written: Set<string>, write: WriteOptions, counts: WriteCounts): number {
  const stale = (db.prepare('SELECT key FROM recon_threads WHERE evaluated_at <= ?').pluck().all(write.now) as string[]).filter((key) => !written.has(key));
  const orphaned = db
    .prepare('SELECT DISTINCT thread_key FROM mismatches m WHERE present = 1 AND NOT EXISTS (SELECT 1 FROM recon_threads t WHERE t.key = m.thread_key)')
    .pluck()
    .all() as string[];
  const keys = [...new Set([...stale, ...orphaned])];
  for (let start = 0; start < keys.length; start += 1000) {
    db.transaction(() => {
      for (const key of keys.slice(start, start + 1000)) writeThread(db, key, null, [], write, counts);
    })();
  }
  return keys.length;
}

/** Runs the rebuild as a task ('reconcile'); at most one at a time per workspace connection. */
const runningByDb = new WeakMap<Database.Database, { taskId: string; done: Promise<RebuildResult> }>();

export function runningRebuild(db: Database.Database): string | null {
  return runningByDb.get(db)?.taskId ?? null;
}

export function startRebuild(context: CoreContext, options: Omit<RebuildOptions, 'signal' | 'onProgress'> = {}): { taskId: string; done: Promise<RebuildResult> } {
  const db = context.workspace.db;
  const running = runningByDb.get(db);
  if (running) return running;
  const task = context.tasks.start('reconcile', 'Reconciliation rebuild', countMembers(db));
  const done = rebuildAll(db, { actor: context.actor, ...options, signal: task.signal, onProgress: (doneCount, total) => task.update({ done: doneCount, total }) }).then(
    (result) => {
      if (result.cancelled) task.cancelled();
      else task.finish(`${result.threads} threads, ${result.found} found, ${result.reopened} re-opened, ${result.cleared} cleared`);
      if (result.found + result.reopened + result.cleared > 0) {
        context.events.emit('reconcile.changed', { threadKeys: result.threadKeys, found: result.found, reopened: result.reopened, cleared: result.cleared, alerts: result.alerts.slice(0, 100) });
      }
      return result;
    },
    (error: unknown) => {
      task.fail((error as Error).message);
      throw error;
    },
  );
  const entry = { taskId: task.taskId, done: done.finally(() => runningByDb.delete(db)) };
  entry.done.catch(() => {});
  runningByDb.set(db, entry);
  return entry;
}
