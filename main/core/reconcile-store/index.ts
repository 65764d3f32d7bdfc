/** The reconciliation store's evaluation side, for the other parts of the store (queue, review, shipment check, demo). */
export { reconcileContextFor, reconcileEnvFor, type ReconcileEnv } from './inputs-context.js';
export { allAckFacts, controlFacts, memberOfCanonical, memberOfRecord, type LoadedMember } from './inputs.js';
export { loadThreadInputs, seedKeysOfThread, MAX_CLOSURE_MEMBERS, type ThreadInputs, type ThreadSeed } from './closure.js';
export { evaluateThreads, planEvaluation, writePlan, candidateThreadKeys, type EvaluateOptions, type EvaluationPlan } from './evaluate.js';
export { fingerprintOf, minorUnits, SEVERITY_RANK, MAX_ALERTS, writeThread } from './write.js';
export { summarizeThread, type ThreadSummary } from './write-summary.js';
export { rebuildAll, startRebuild, runningRebuild, LAST_FULL_RUN_KEY, type RebuildOptions, type RebuildResult } from './rebuild.js';
export { reconcileStatus, openMismatches, evidenceWhere, type OpenMismatch } from './status.js';
export { evaluateIngestedFiles, evaluateRemapped, evaluateAfterMerge, keysOfStoredDocuments } from './evaluate-ingest.js';
export { evaluateMany, SEEDS_PER_EVALUATION } from './evaluate.js';
export { importRecords, storeRecords, prepareRecord, type RecordSide, type StoredRecords } from './records.js';
