/**
 * A full-rebuild worker thread: opens the workspace read-only, builds the same reconcile environment as the rebuild
 * (partners' cross-references and settings, ack hours), takes batch numbers from the shared counter until none is
 * left, and posts each batch's result; the rebuild's thread writes them. Entry of the desktop build as
 * out/main/rebuild-worker.js (electron.vite.config.ts); run from source through tsx (rebuild-workers.ts).
 */
import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';
import { reconcileContextFor, reconcileEnvFor } from './inputs-context.js';
import { batchIds, partitionRows } from './rebuild-partition.js';
import { batchLoader, evaluateBatch } from './rebuild-batch.js';
import type { SharedPartition, ToWorkerMessage, WorkerData, WorkerMessage } from './rebuild-workers.js';

const data = workerData as WorkerData;

/** Stays at most `ahead` batches beyond those written (a lost batch of a failed worker delays, never blocks). */
function waitForWriter(batch: number): void {
  for (let waited = 0; waited < 600; waited++) {
    const written = Atomics.load(data.counter, 1);
    if (batch - written < data.ahead) return;
    Atomics.wait(data.counter, 1, written, 100);
  }
}
const post = (message: WorkerMessage) => parentPort!.postMessage(message);

/** Cut here (the first worker) and posted, or received from the rebuild's thread. */
async function partitionOf(db: Database.Database): Promise<SharedPartition> {
  if (data.partitionRows !== null) {
    const { offsets, rows, batches } = partitionRows(db, data.partitionRows);
    const partition = { offsets, rows, batches };
    post({ kind: 'partition', partition });
    return partition;
  }
  return new Promise((resolve) => parentPort!.once('message', (message: ToWorkerMessage) => resolve(message.partition)));
}

async function run(): Promise<void> {
  const db = new Database(data.databasePath, { readonly: true, fileMustExist: true });
  try {
    db.pragma('busy_timeout = 10000');
    db.pragma('cache_size = -65536');
    const env = reconcileEnvFor(db);
    const context = reconcileContextFor(db, data.now, env);
    const loader = batchLoader(db);
    const partition = await partitionOf(db);
    for (;;) {
      const batch = Atomics.add(data.counter, 0, 1);
      if (batch >= partition.batches) break;
      waitForWriter(batch);
      post({ kind: 'batch', result: evaluateBatch(loader, batchIds(partition, batch), batch, env, context) });
    }
    post({ kind: 'done' });
  } finally {
    db.close();
  }
}

// a rejection goes unhandled and fails the worker ('error' on its side): the rebuild's thread evaluates its batches
void run();
