/**
 * The entry points. reconcileThread runs when one thread changes; reconcileAll is the full rebuild: the same
 * functions over every input. Output is sorted by id, so it does not depend on the order of inputs or rules.
 */
import { RULES, type Rule } from './rules/index.js';
import { buildThreads } from './threads.js';
import { MISMATCH_TYPES, type Mismatch, type MismatchType, type ReconcileContext, type ReconcileInput, type Thread } from './types.js';
import { ThreadView } from './view.js';

const ALL_RULES = MISMATCH_TYPES.map((type) => RULES[type]);
const RULES_BY_SCOPE = new Map<Thread['kind'], Rule[]>();
for (const rule of ALL_RULES) RULES_BY_SCOPE.set(rule.scope, [...(RULES_BY_SCOPE.get(rule.scope) ?? []), rule]);

// the rule filter of the last context, so a rebuild with one filter builds its set once
let lastFilter: readonly MismatchType[] | undefined;
let lastEnabled: Set<MismatchType> | undefined;

function enabledRules(filter: readonly MismatchType[] | undefined): Set<MismatchType> | undefined {
  if (!filter) return undefined;
  if (filter !== lastFilter) {
    lastFilter = filter;
    lastEnabled = new Set(filter);
  }
  return lastEnabled;
}

function byId(a: Mismatch, b: Mismatch): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function reconcileThread(thread: Thread, context: ReconcileContext): Mismatch[] {
  const enabled = enabledRules(context.rules);
  let view: ThreadView | undefined;
  let found: Mismatch[] | undefined;
  for (const rule of RULES_BY_SCOPE.get(thread.kind) ?? []) {
    if (enabled && !enabled.has(rule.type)) continue;
    let ruleFound: Mismatch[];
    if (rule.scope === 'order') {
      view ??= new ThreadView(thread, context);
      ruleFound = rule.evaluate(view);
    } else ruleFound = rule.evaluate(thread, context);
    if (ruleFound.length === 0) continue;
    if (!found) found = [];
    for (const item of ruleFound) found.push(item);
  }
  if (!found) return [];
  if (found.length === 1) return found;
  // the first finding of an id wins (a rule may name one line twice)
  const unique = new Map<string, Mismatch>();
  for (const item of found) if (!unique.has(item.id)) unique.set(item.id, item);
  return [...unique.values()].sort(byId);
}

/** Threads and their mismatches for a whole set of inputs. */
export function reconcileAll(inputs: readonly ReconcileInput[], context: ReconcileContext): { threads: Thread[]; mismatches: Mismatch[] } {
  const threads = buildThreads(inputs, context.items);
  const mismatches = threads.flatMap((thread) => reconcileThread(thread, context));
  return { threads, mismatches: mismatches.sort((a, b) => (a.threadKey < b.threadKey ? -1 : a.threadKey > b.threadKey ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0)) };
}
