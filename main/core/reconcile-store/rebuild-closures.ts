/**
 * The full rebuild as it was before the partitioned pipeline (rebuild.ts), kept as its reference: the tests compare
 * the two on the same workspace. Documents and records are visited in id order (ids only); an id not yet covered
 * seeds a closure (closure.ts), whose members are marked covered in a bitmap; closures are evaluated and written a
 * batch at a time, each batch one transaction. Then ack and ledger facts. Last, stored threads this run did not
 * produce are removed and their mismatches cleared. One thread, one closure query chain per seed: slow at scale.
 */
import type Database from 'better-sqlite3';
import { buildThreads, reconcileThread, type Mismatch, type Thread } from '../reconcile/index.js';
import { loadThreadInputs, type ThreadInputs } from './closure.js';
import { reconcileContextFor, reconcileEnvFor, type ReconcileEnv } from './inputs-context.js';
import { allAckFacts, controlFacts, type LoadedMember } from './inputs.js';
import { countMembers, finishRebuild, type RebuildOptions, type RebuildResult } from './rebuild.js';
import { emptyCounts, writeThread, type WriteCounts } from './write.js';

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

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function rebuildByClosures(db: Database.Database, options: RebuildOptions = {}): Promise<RebuildResult> {
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

  return finishRebuild(db, { written, write: { now, actor, env }, counts, cancelled, members: done, started, batches: { byWorkers: 0, inThread: 0 } });
}

export async function addFacts(facts: Iterable<LoadedMember>, addThreads: (inputs: ThreadInputs['inputs'], members: number) => Promise<boolean>): Promise<boolean> {
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

