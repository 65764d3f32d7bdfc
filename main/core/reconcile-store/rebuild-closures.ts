/**
 * The full rebuild: every thread re-built and every rule re-run, review state kept (the lifecycle merge of write.ts
 * applies as in any evaluation). Scales by never holding more than a batch of threads: documents and records are
 * visited in id order (ids only, a page at a time); an id not yet covered seeds a closure (closure.ts), whose
 * members are marked covered in a bitmap; closures are evaluated and written a batch at a time, each batch one
 * transaction, the event loop turning between batches (progress, cancellation). Then ack and ledger facts. Last,
 * stored threads this run did not produce (and evaluated before it started) are removed and their mismatches cleared.
 * A cancelled rebuild stops between batches: what it wrote is complete per thread, nothing is removed.
 */
import type Database from 'better-sqlite3';
import type { CoreContext } from '../context.js';
import { buildThreads, reconcileThread, type Mismatch, type Thread } from '../reconcile/index.js';
import { loadThreadInputs, type ThreadInputs } from './closure.js';
import { reconcileContextFor, reconcileEnvFor, type ReconcileEnv } from './inputs-context.js';
import { allAckFacts, controlFacts, type LoadedMember } from './inputs.js';
import type { ReconcileChanged } from './types.js';
import { emptyCounts, writeThread, type WriteCounts } from './write.js';

export const LAST_FULL_RUN_KEY = 'reconcile.lastFullRunAt';

export interface RebuildOptions {
  now?: string;
  actor?: string;
  /** members (documents, records, facts) evaluated per transaction */
  batchMembers?: number;
  signal?: AbortSignal;
  onProgress?(done: number, total: number): void;
}

export interface RebuildResult extends ReconcileChanged {
  threads: number;
  members: number;
  removed: number;
  cancelled: boolean;
  seconds: number;
}

const DEFAULT_BATCH_MEMBERS = 5_000;

class Bitmap {
  private bits: Uint8Array;
  constructor(size: number) {
    this.bits = new Uint8Array((size >> 3) + 1);
  }
  has(index: number): boolean {
    return index >> 3 < this.bits.length && (this.bits[index >> 3]! & (1 << (index & 7))) !== 0;
  }
  add(index: number): void {
    if (index >> 3 >= this.bits.length) {
      const grown = new Uint8Array(Math.max(this.bits.length * 2, (index >> 3) + 1));
      grown.set(this.bits);
      this.bits = grown;
    }
    this.bits[index >> 3]! |= 1 << (index & 7);
  }
}

interface Batch {
  threads: Thread[];
  mismatches: Mismatch[][];
  members: number;
}

export function countMembers(db: Database.Database): number {
  // every stored row, usable or not: counting the usable ones would read every row's JSON
  const documents = db.prepare('SELECT count(*) FROM canonical_documents').pluck().get() as number;
  const records = db.prepare('SELECT count(*) FROM source_records').pluck().get() as number;
  const acks = db.prepare('SELECT count(*) FROM outbound_acks').pluck().get() as number;
  return documents + records + acks;
}

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function rebuildAll(db: Database.Database, options: RebuildOptions = {}): Promise<RebuildResult> {
  const started = Date.now();
  const now = options.now ?? new Date().toISOString();
  const actor = options.actor ?? 'system';
  const env: ReconcileEnv = reconcileEnvFor(db);
  const context = reconcileContextFor(db, now, env);
  const batchMembers = options.batchMembers ?? DEFAULT_BATCH_MEMBERS;
  const total = countMembers(db);
  const counts: WriteCounts = emptyCounts();
  const written = new Set<string>();
  let done = 0;
  let batch: Batch = { threads: [], mismatches: [], members: 0 };

  const flush = async (): Promise<boolean> => {
    if (batch.threads.length > 0) {
      const pending = batch;
      db.transaction(() => {
        pending.threads.forEach((thread, index) => writeThread(db, thread.key, thread, pending.mismatches[index]!, { now, actor, env }, counts));
      })();
    }
    batch = { threads: [], mismatches: [], members: 0 };
    options.onProgress?.(done, total);
    await turn();
    return !options.signal?.aborted;
  };
  const addThreads = async (inputs: ThreadInputs['inputs'], members: number): Promise<boolean> => {
    for (const thread of buildThreads(inputs, env.items)) {
      // a key seen twice comes from a document the indexes cannot reach from all its threads (closure.ts): the later,
      // larger closure wins
      written.add(thread.key);
      batch.threads.push(thread);
      batch.mismatches.push(reconcileThread(thread, context));
    }
    batch.members += members;
    done += members;
    return batch.members >= batchMembers ? flush() : true;
  };

  const covered = { documents: new Bitmap(maxId(db, 'canonical_documents', 'document_id')), records: new Bitmap(maxId(db, 'source_records', 'id')) };
  // seeds in partner, kind and date order (an index walk, never the JSON pages); loaded before any write
  const pages = [
    { ids: idsOf(db, 'SELECT document_id FROM canonical_documents INDEXED BY canonical_partner_kind'), bitmap: covered.documents, seed: (id: number) => ({ documentIds: [id] }) },
    { ids: idsOf(db, 'SELECT id FROM source_records INDEXED BY source_records_kind'), bitmap: covered.records, seed: (id: number) => ({ recordIds: [id] }) },
  ];
  let cancelled = false;
  outer: for (const page of pages) {
    for (const id of page.ids) {
      if (page.bitmap.has(id)) continue;
      page.bitmap.add(id);
      const loaded = loadThreadInputs(db, page.seed(id), env);
      for (const member of loaded.documentIds) covered.documents.add(member);
      for (const member of loaded.recordIds) covered.records.add(member);
      if (!(await addThreads(loaded.inputs, loaded.members.length))) {
        cancelled = true;
        break outer;
      }
    }
  }
  if (!cancelled) cancelled = !(await addFacts(allAckFacts(db, env), addThreads));
  if (!cancelled) cancelled = !(await addFacts(controlFacts(db), addThreads));
  if (!cancelled) cancelled = !(await flush());

  let removed = 0;
  if (!cancelled) {
    removed = removeStale(db, written, now, actor, env, counts);
    db.prepare('INSERT INTO workspace_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(LAST_FULL_RUN_KEY, now);
  }
  return {
    threadKeys: counts.threadKeys,
    found: counts.found,
    reopened: counts.reopened,
    cleared: counts.cleared,
    alerts: counts.alerts,
    threads: written.size,
    members: done,
    removed,
    cancelled,
    seconds: (Date.now() - started) / 1000,
  };
}

async function addFacts(facts: Iterable<LoadedMember>, addThreads: (inputs: ThreadInputs['inputs'], members: number) => Promise<boolean>): Promise<boolean> {
  let chunk: ThreadInputs['inputs'] = [];
  for (const member of facts) {
    chunk.push(member.input);
    if (chunk.length >= 500) {
      if (!(await addThreads(chunk, chunk.length))) return false;
      chunk = [];
    }
  }
  return chunk.length === 0 || addThreads(chunk, chunk.length);
}

function idsOf(db: Database.Database, sql: string): Int32Array {
  const ids: number[] = [];
  for (const id of db.prepare(sql).pluck().iterate() as IterableIterator<number>) ids.push(id);
  return Int32Array.from(ids);
}

function maxId(db: Database.Database, table: string, column: string): number {
  return (db.prepare(`SELECT max(${column}) FROM ${table}`).pluck().get() as number | null) ?? 0;
}

/** Threads not produced by this run and not evaluated since it began, and mismatches of threads no longer stored. */
function removeStale(db: Database.Database, written: Set<string>, now: string, actor: string, env: ReconcileEnv, counts: WriteCounts): number {
  const stale = (db.prepare('SELECT key FROM recon_threads WHERE evaluated_at <= ?').pluck().all(now) as string[]).filter((key) => !written.has(key));
  const orphaned = db
    .prepare('SELECT DISTINCT thread_key FROM mismatches m WHERE present = 1 AND NOT EXISTS (SELECT 1 FROM recon_threads t WHERE t.key = m.thread_key)')
    .pluck()
    .all() as string[];
  const keys = [...new Set([...stale, ...orphaned])];
  for (let start = 0; start < keys.length; start += 1000) {
    db.transaction(() => {
      for (const key of keys.slice(start, start + 1000)) writeThread(db, key, null, [], { now, actor, env }, counts);
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
