/**
 * The entry points. reconcileThread runs when one thread changes; reconcileAll is the full rebuild: the same
 * functions over every input. Output is sorted by id, so it does not depend on the order of inputs or rules.
 */
import { RULES } from './rules/index.js';
import { buildThreads } from './threads.js';
import { MISMATCH_TYPES, type Mismatch, type ReconcileContext, type ReconcileInput, type Thread } from './types.js';
import { ThreadView } from './view.js';

const ALL_RULES = MISMATCH_TYPES.map((type) => RULES[type]);

export function reconcileThread(thread: Thread, context: ReconcileContext): Mismatch[] {
  const enabled = context.rules ? new Set(context.rules) : undefined;
  let view: ThreadView | undefined;
  const byId = new Map<string, Mismatch>();
  for (const rule of ALL_RULES) {
    if (rule.scope !== thread.kind || (enabled && !enabled.has(rule.type))) continue;
    let found: Mismatch[];
    if (rule.scope === 'order') {
      view ??= new ThreadView(thread, context);
      found = rule.evaluate(view);
    } else found = rule.evaluate(thread, context);
    for (const item of found) if (!byId.has(item.id)) byId.set(item.id, item);
  }
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Threads and their mismatches for a whole set of inputs. */
export function reconcileAll(inputs: readonly ReconcileInput[], context: ReconcileContext): { threads: Thread[]; mismatches: Mismatch[] } {
  const threads = buildThreads(inputs, context.items);
  const mismatches = threads.flatMap((thread) => reconcileThread(thread, context));
  return { threads, mismatches: mismatches.sort((a, b) => (a.threadKey < b.threadKey ? -1 : a.threadKey > b.threadKey ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0)) };
}
