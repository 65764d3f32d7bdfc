/**
 * Runs the rebuild's batches on worker threads (rebuild-worker.ts) and hands each result to `onResult` on this
 * thread, in arrival order. Workers take batch numbers from a shared counter and stay at most a few batches ahead of
 * what was written (a second shared counter), so results never pile up in memory. A worker that cannot start (no
 * worker file, no worker support, an in-memory database) or fails leaves its batches unreported: they are evaluated
 * here afterwards, the same way, so the result never depends on whether workers ran.
 * Worker entries: from source (tsx, Vitest) rebuild-worker.ts through tsx's loader, registered inside the worker;
 * in the desktop build out/main/rebuild-worker.js (electron.vite.config.ts), beside or above the chunk importing this.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type Database from 'better-sqlite3';
import type { ReconcileContext } from '../reconcile/index.js';
import type { ReconcileEnv } from './inputs-context.js';
import { batchLoader, evaluateBatch, type BatchResult } from './rebuild-batch.js';
import { batchIds, partitionRows, type Partition } from './rebuild-partition.js';

/** The batches as the workers share them (SharedArrayBuffers: posted without a copy). */
export type SharedPartition = Pick<Partition, 'offsets' | 'rows' | 'batches'>;

export interface WorkerData {
  databasePath: string;
  /** the first worker cuts the partition (rows per batch) and posts it; the others wait for it from this thread */
  partitionRows: number | null;
  /** [0]: the next batch to take; [1]: batches written (workers wait while too far ahead of it) */
  counter: Int32Array;
  /** how many batches a worker may take beyond those written */
  ahead: number;
  now: string;
}

/** From a worker. */
export type WorkerMessage = { kind: 'partition'; partition: SharedPartition } | { kind: 'batch'; result: BatchResult } | { kind: 'done' };
/** To a worker: the partition, when another worker (or this thread) cut it. */
export type ToWorkerMessage = { kind: 'partition'; partition: SharedPartition };

export interface RunBatchesOptions {
  db: Database.Database;
  /** rows per batch (rebuild-partition.ts) */
  targetRows: number;
  now: string;
  env: ReconcileEnv;
  context: ReconcileContext;
  /** worker threads to start; 0: every batch on this thread */
  workers: number;
  signal?: AbortSignal;
  /** writes one result (synchronously) */
  onResult(result: BatchResult): void;
  /** work for this thread while the first worker partitions and the workers evaluate (stock positions, facts) */
  meanwhile?(): Promise<boolean>;
  /** how workers start (tests: a worker that fails); default: this build's worker entry */
  entry?: WorkerEntry | null;
}

export type WorkerEntry = { code: string; eval: true } | { file: URL; eval: false };

export interface RunBatchesResult {
  cancelled: boolean;
  /** batches evaluated by workers and on this thread */
  byWorkers: number;
  inThread: number;
}

/**
 * How many batches the workers may run ahead of those handed to the writer: enough to keep evaluating while the
 * writer commits what it buffered (rebuild.ts writes ~10,000 threads, some 40 batches, at a time), few enough that
 * results never pile up (a batch's digests are a few hundred KB).
 */
const AHEAD_BATCHES = 64;

/** The worker's young generation: the engine allocates many short-lived objects (about 2x faster than V8's default). */
const YOUNG_GENERATION_MB = 96;

const here = (file: string): URL => new URL(file, import.meta.url);

/** The worker from source through tsx; `prelude` (tests) runs first, in the worker's CommonJS eval scope. */
export function sourceWorkerEntry(prelude = ''): WorkerEntry {
  // tsx's ESM entry (require.resolve answers its CommonJS twin, whose hooks cannot load in a worker)
  const register = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  const worker = here('./rebuild-worker.ts').href;
  return { code: `${prelude}\nimport(${JSON.stringify(register)}).then(({ register }) => { register(); return import(${JSON.stringify(worker)}); })`, eval: true };
}

/** How to start a worker here, or null when this build has no worker entry. */
function workerEntry(): WorkerEntry | null {
  if (import.meta.url.endsWith('.ts')) return sourceWorkerEntry();

  for (const candidate of ['./rebuild-worker.js', '../rebuild-worker.js']) {
    const file = here(candidate);
    if (existsSync(fileURLToPath(file))) return { file, eval: false };
  }
  return null;
}

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

function databaseFile(db: Database.Database): string | null {
  return db.memory || db.name === '' || db.name === ':memory:' ? null : db.name;
}

/**
 * The partition is cut by the first worker while this thread runs `meanwhile` (both about 20 s at 1,000,000 orders,
 * the cut alone on the critical path before); this thread cuts it when no worker runs or the first one fails first.
 */
export async function runBatches(options: RunBatchesOptions): Promise<RunBatchesResult> {
  const { db, signal } = options;
  const counter = new Int32Array(new SharedArrayBuffer(8));
  const outcome: RunBatchesResult = { cancelled: false, byWorkers: 0, inThread: 0 };
  const path = databaseFile(db);
  const entry = options.workers > 0 && path !== null ? (options.entry === undefined ? workerEntry() : options.entry) : null;
  const started: Worker[] = [];
  let partition: SharedPartition | null = null;
  let reported = new Uint8Array(0);
  let partitionSettled: () => void = () => {};
  const partitionReady = new Promise<void>((resolve) => (partitionSettled = resolve));
  const stopWorkers = () => {
    outcome.cancelled = true;
    for (const worker of started) void worker.terminate();
  };
  const share = (value: SharedPartition, from: Worker | null) => {
    if (partition) return;
    partition = value;
    reported = new Uint8Array(value.batches);
    for (const worker of started) if (worker !== from) worker.postMessage({ kind: 'partition', partition: value } satisfies ToWorkerMessage);
    partitionSettled();
  };
  const take = (result: BatchResult) => {
    if (outcome.cancelled || reported[result.batch]) return;
    reported[result.batch] = 1;
    options.onResult(result);
    Atomics.add(counter, 1, 1);
    Atomics.notify(counter, 1);
    if (signal?.aborted) stopWorkers();
  };
  const finished: Promise<void>[] = [];
  for (let index = 0; entry && index < options.workers; index++) {
    const data: WorkerData = { databasePath: path!, partitionRows: index === 0 ? options.targetRows : null, counter, ahead: AHEAD_BATCHES, now: options.now };
    let worker: Worker;
    try {
      worker = new Worker(entry.eval ? entry.code : entry.file, { eval: entry.eval, workerData: data, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
    } catch {
      break;
    }
    started.push(worker);
    finished.push(
      new Promise<void>((resolve) => {
        worker.on('message', (message: WorkerMessage) => {
          if (message.kind === 'partition') share(message.partition, worker);
          else if (message.kind === 'batch') {
            if (!reported[message.result.batch]) outcome.byWorkers++;
            take(message.result);
          }
        });
        // a failed worker's batches are evaluated below
        worker.on('error', (error) => { if (process.env.CROSSDOCK_DEBUG_WORKERS) console.error('rebuild worker', error); });
        worker.on('exit', () => {
          // the partitioning worker failed first: this thread cuts it after `meanwhile`
          if (index === 0 && !partition) partitionSettled();
          resolve();
        });
      }),
    );
  }
  if (started.length === 0) share(partitionRows(db, options.targetRows), null);
  if (options.meanwhile && !(await options.meanwhile())) stopWorkers();
  if (!outcome.cancelled) {
    await partitionReady;
    if (!partition) share(partitionRows(db, options.targetRows), null);
  }
  await Promise.all(finished);
  if (outcome.cancelled || !partition) return { ...outcome, cancelled: true };

  // batches no worker reported: all of them without workers
  const loader = batchLoader(db);
  const all: SharedPartition = partition;
  for (let batch = 0; batch < all.batches; batch++) {
    if (reported[batch]) continue;
    take(evaluateBatch(loader, batchIds(all, batch), batch, options.env, options.context));
    outcome.inThread++;
    await turn();
    if (outcome.cancelled || signal?.aborted) return { ...outcome, cancelled: true };
  }
  return outcome;
}
