/**
 * A full-rebuild worker thread: opens the workspace read-only, builds the same reconcile environment as the rebuild
 * (partners' cross-references and settings, ack hours), takes batch numbers from the shared counter until none is
 * left, and posts each batch's result; the rebuild's thread writes them. Entry of the desktop build as
 * out/main/rebuild-worker.js (electron.vite.config.ts); run from source through tsx (rebuild-workers.ts).
 */
import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';
import { reconcileContextFor, reconcileEnvFor } from './inputs-context.js';
import { batchIds } from './rebuild-partition.js';
import { batchLoader, evaluateBatch } from './rebuild-batch.js';
import type { WorkerData, WorkerMessage } from './rebuild-workers.js';

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
const db = new Database(data.databasePath, { readonly: true, fileMustExist: true });
try {
  db.pragma('busy_timeout = 10000');
  db.pragma('cache_size = -65536');
  const env = reconcileEnvFor(db);
  const context = reconcileContextFor(db, data.now, env);
  const loader = batchLoader(db);
  for (;;) {
    const batch = Atomics.add(data.counter, 0, 1);
    if (batch >= data.batches) break;
    waitForWriter(batch);
    post({ kind: 'batch', result: evaluateBatch(loader, batchIds(data, batch), batch, env, context) });
  }
  post({ kind: 'done' });
} finally {
  db.close();
}
