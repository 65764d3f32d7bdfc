/**
 * Threads kept up to date one input at a time, in memory: what a store does with its tables. A new input touches the
 * threads sharing a link key with it (and, transitively, the threads sharing link keys with those); only they are
 * rebuilt, with buildThreads over their inputs plus the new one, so the result equals a full rebuild (tested).
 */
import { inputKey, threadKeysFor } from './keys.js';
import { buildThreads } from './threads.js';
import type { ItemResolver, ReconcileInput, Thread } from './types.js';

export function inputsOf(thread: Thread): ReconcileInput[] {
  return [...thread.documents.map((entry): ReconcileInput => ({ kind: 'document', document: entry.document, ...(entry.receivedAt ? { receivedAt: entry.receivedAt } : {}) })), ...thread.facts];
}

export class ThreadIndex {
  private readonly threads = new Map<string, Thread>();
  private readonly byLink = new Map<string, Set<string>>();

  constructor(private readonly items: ItemResolver) {}

  /** Adds one input; answers the threads to re-reconcile and the keys of threads that no longer exist (merged away). */
  add(input: ReconcileInput): { updated: Thread[]; removed: string[] } {
    const touched = this.touchedBy(threadKeysFor(input, this.items));
    const pool = new Map<string, ReconcileInput>();
    for (const key of touched) for (const member of inputsOf(this.threads.get(key)!)) pool.set(inputKey(member), member);
    pool.set(inputKey(input), input);
    // an inventory record spans SKUs: the pool also yields partial threads of SKUs the new input does not touch;
    // those threads exist complete already and stay as they are
    const rebuilt = buildThreads([...pool.values()], this.items).filter((thread) => touched.has(thread.key) || !this.threads.has(thread.key));
    for (const key of touched) this.forget(key);
    for (const thread of rebuilt) this.remember(thread);
    const kept = new Set(rebuilt.map((thread) => thread.key));
    return { updated: rebuilt, removed: [...touched].filter((key) => !kept.has(key)).sort() };
  }

  all(): Thread[] {
    return [...this.threads.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  }

  get(key: string): Thread | undefined {
    return this.threads.get(key);
  }

  private touchedBy(linkKeys: string[]): Set<string> {
    const touched = new Set<string>();
    const pending = [...linkKeys];
    const seenLinks = new Set<string>();
    while (pending.length > 0) {
      const link = pending.pop()!;
      if (seenLinks.has(link)) continue;
      seenLinks.add(link);
      for (const threadKey of this.byLink.get(link) ?? []) {
        if (touched.has(threadKey)) continue;
        touched.add(threadKey);
        pending.push(...this.threads.get(threadKey)!.linkKeys);
      }
    }
    return touched;
  }

  private remember(thread: Thread): void {
    this.threads.set(thread.key, thread);
    for (const link of thread.linkKeys) {
      const set = this.byLink.get(link) ?? new Set<string>();
      set.add(thread.key);
      this.byLink.set(link, set);
    }
  }

  private forget(key: string): void {
    const thread = this.threads.get(key);
    if (!thread) return;
    this.threads.delete(key);
    for (const link of thread.linkKeys) {
      const set = this.byLink.get(link);
      set?.delete(key);
      if (set?.size === 0) this.byLink.delete(link);
    }
  }
}
