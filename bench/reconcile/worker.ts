/**
 * One rebuild worker: opens the workspace read-only, takes the next batch number from a shared counter until none is
 * left, and posts each batch's threads and mismatches to the main thread (which writes them).
 */
import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';
import { DEFAULT_SETTINGS, plainItems, type ReconcileContext } from '../../main/core/reconcile/index.js';
import { batchIds, batchLoader, evaluateInputs } from './pipeline.js';

export interface WorkerData {
  databasePath: string;
  offsets: Int32Array;
  rows: Int32Array;
  batches: number;
  /** Int32Array over a SharedArrayBuffer: the next batch to take */
  counter: Int32Array;
  now: string;
}

const data = workerData as WorkerData;
const db = new Database(data.databasePath, { readonly: true });
db.pragma('cache_size = -65536');
const loader = batchLoader(db);
const context: ReconcileContext = { now: data.now, items: plainItems, settingsFor: () => DEFAULT_SETTINGS };
const timing = { loadMs: 0, engineMs: 0 };
for (;;) {
  const batch = Atomics.add(data.counter, 0, 1);
  if (batch >= data.batches) break;
  let started = performance.now();
  const inputs = loader.load(batchIds(data, batch));
  timing.loadMs += performance.now() - started;
  started = performance.now();
  const result = evaluateInputs(inputs, context);
  timing.engineMs += performance.now() - started;
  parentPort!.postMessage({ kind: 'batch', batch, result });
}
parentPort!.postMessage({ kind: 'done', timing, cpu: process.cpuUsage() });
db.close();
