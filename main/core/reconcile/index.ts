/** The reconciliation engine: threads from canonical documents and facts, rules, mismatches. Pure TypeScript. */
export * from './types.js';
export { buildThreads } from './threads.js';
export { ThreadIndex, inputsOf } from './incremental.js';
export { reconcileAll, reconcileThread } from './reconcile.js';
export { documentKey, threadKeysFor, sideOf } from './keys.js';
export { DEFAULT_SETTINGS, settingsFromProfile } from './settings.js';
export { itemResolverFrom, plainItems } from './resolver.js';
export { mismatchId } from './hash.js';
export { RULES, type Rule } from './rules/index.js';
