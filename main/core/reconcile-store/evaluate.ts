/**
 * Re-evaluating the threads around new data: load the closure (closure.ts), build its threads, run every rule on
 * each, and write threads and mismatches in one transaction (write.ts). Threads stored before whose members are now
 * part of another thread (two orders joined by a record naming both) are found through the keys their members carry
 * and removed, their mismatches cleared.
 */
import type Database from 'better-sqlite3';
import type { CoreContext } from '../context.js';
import { buildThreads, documentKey, reconcileThread, type Mismatch, type Thread } from '../reconcile/index.js';
import { loadThreadInputs, type ThreadInputs, type ThreadSeed } from './closure.js';
import { reconcileContextFor, reconcileEnvFor, type ReconcileEnv } from './inputs-context.js';
import type { ReconcileChanged } from './types.js';
import { emptyCounts, writeThread, type WriteCounts } from './write.js';

export interface EvaluateOptions {
  /** ISO instant the SLA rules compare against and the rows are stamped with (default: the wall clock) */
  now?: string;
  /** who the audit trail names (default: the context's actor, else 'system') */
  actor?: string;
  env?: ReconcileEnv;
}

export interface EvaluationPlan {
  threads: Thread[];
  mismatches: Map<string, Mismatch[]>;
  /** stored threads the evaluation no longer produces */
  removed: string[];
}

/** Thread keys a thread holding these inputs may have been stored under (see buildThreads' threadKeyOf). */
export function candidateThreadKeys(loaded: ThreadInputs): Set<string> {
  const keys = new Set<string>();
  for (const key of loaded.keys) {
    if (key.startsWith('po:') && !key.startsWith('po:*:')) keys.add(`order:${key.slice(3)}`);
    else if (key.startsWith('so:')) keys.add(`order:${key}`);
    else if (key.startsWith('stock:') || key.startsWith('ack:') || key.startsWith('control:')) keys.add(key);
  }
  for (const input of loaded.inputs) {
    if (input.kind !== 'document') continue;
    const { document } = input;
    if (document.kind === 'order' || document.kind === 'order-change' || document.kind === 'order-ack' || document.kind === 'inventory') continue;
    keys.add(`order:orphan:${document.kind}:${document.partner?.id ?? '?'}:${documentKey(document).split('|')[1] ?? ''}`);
  }
  return keys;
}

export function planEvaluation(db: Database.Database, loaded: ThreadInputs, now: string, env: ReconcileEnv, extraCandidates: Iterable<string> = []): EvaluationPlan {
  const context = reconcileContextFor(db, now, env);
  const threads = buildThreads(loaded.inputs, env.items);
  const mismatches = new Map<string, Mismatch[]>();
  for (const thread of threads) mismatches.set(thread.key, reconcileThread(thread, context));
  const produced = new Set(threads.map((thread) => thread.key));
  const stored = db.prepare('SELECT 1 FROM recon_threads WHERE key = ?').pluck();
  const removed: string[] = [];
  for (const key of new Set([...candidateThreadKeys(loaded), ...extraCandidates])) if (!produced.has(key) && stored.get(key) !== undefined) removed.push(key);
  return { threads, mismatches, removed: removed.sort() };
}

/** Writes a plan; call inside a transaction. */
export function writePlan(db: Database.Database, plan: EvaluationPlan, now: string, actor: string, env: ReconcileEnv, counts: WriteCounts = emptyCounts()): WriteCounts {
  for (const thread of plan.threads) writeThread(db, thread.key, thread, plan.mismatches.get(thread.key) ?? [], { now, actor, env }, counts);
  for (const key of plan.removed) writeThread(db, key, null, [], { now, actor, env }, counts);
  return counts;
}

const isContext = (target: CoreContext | Database.Database): target is CoreContext => 'workspace' in target;

export function hasChanges(counts: ReconcileChanged & { changed?: number }): boolean {
  return counts.found + counts.reopened + counts.cleared + (counts.changed ?? 0) > 0;
}

export function publicCounts(counts: WriteCounts): ReconcileChanged {
  return { threadKeys: counts.threadKeys, found: counts.found, reopened: counts.reopened, cleared: counts.cleared, alerts: counts.alerts };
}

/**
 * Evaluates the threads around `seeds` and stores the outcome in one transaction. With a CoreContext, emits
 * `reconcile.changed` when a mismatch was found, re-opened, cleared or changed.
 */
export function evaluateThreads(target: CoreContext | Database.Database, seeds: ThreadSeed | readonly ThreadSeed[], options: EvaluateOptions = {}): ReconcileChanged {
  const counts = evaluateCounts(isContext(target) ? target.workspace.db : target, seeds, { ...options, actor: options.actor ?? (isContext(target) ? target.actor : 'system') });
  const result = publicCounts(counts);
  if (isContext(target) && hasChanges(counts)) target.events.emit('reconcile.changed', result);
  return result;
}

function evaluateCounts(db: Database.Database, seeds: ThreadSeed | readonly ThreadSeed[], options: EvaluateOptions): WriteCounts {
  const now = options.now ?? new Date().toISOString();
  const actor = options.actor ?? 'system';
  const env = options.env ?? reconcileEnvFor(db);
  const seedList = (Array.isArray(seeds) ? seeds : [seeds]) as readonly ThreadSeed[];
  return db.transaction(() => {
    const loaded = loadThreadInputs(db, seedList, env);
    const extra = seedList.flatMap((seed) => ('threadKey' in seed ? [seed.threadKey] : []));
    return writePlan(db, planEvaluation(db, loaded, now, env, extra), now, actor, env);
  })();
}

/** Seeds evaluated per transaction by evaluateMany: a large import or ingest group is several small closures. */
export const SEEDS_PER_EVALUATION = 500;

/**
 * evaluateThreads over many documents and records, a slice at a time (each slice one transaction), with one
 * reconcile.changed for the whole when something changed.
 */
export function evaluateMany(context: CoreContext, ids: { documentIds?: readonly number[]; recordIds?: readonly number[] }, options: EvaluateOptions = {}): ReconcileChanged {
  const db = context.workspace.db;
  const env = options.env ?? reconcileEnvFor(db);
  const total: ReconcileChanged = { threadKeys: 0, found: 0, reopened: 0, cleared: 0, alerts: [] };
  let changed = false;
  const run = (seed: ThreadSeed) => {
    const counts = evaluateCounts(db, seed, { actor: context.actor, ...options, env });
    total.threadKeys += counts.threadKeys;
    total.found += counts.found;
    total.reopened += counts.reopened;
    total.cleared += counts.cleared;
    total.alerts.push(...counts.alerts);
    changed ||= hasChanges(counts);
  };
  const documents = [...new Set(ids.documentIds ?? [])];
  const records = [...new Set(ids.recordIds ?? [])];
  for (let start = 0; start < documents.length; start += SEEDS_PER_EVALUATION) run({ documentIds: documents.slice(start, start + SEEDS_PER_EVALUATION) });
  for (let start = 0; start < records.length; start += SEEDS_PER_EVALUATION) run({ recordIds: records.slice(start, start + SEEDS_PER_EVALUATION) });
  if (changed) context.events.emit('reconcile.changed', { ...total, alerts: total.alerts.slice(0, 100) });
  return total;
}
