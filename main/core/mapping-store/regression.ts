/**
 * maps.regression: before publishing, the draft and the map that applies now both run over every archived
 * transaction of the partner and type; per document, the canonical difference and the errors the draft adds.
 * A task (progress per file, cancel between files); results are kept in memory for the last few runs and read
 * with maps.regressionResult. Nothing is written to the workspace.
 */
import type { CoreContext } from '../context.js';
import { CoreError } from '../api/result.js';
import { fileLocation, groupByFile, selectDocuments, visitArchivedTransactions } from './archived-transactions.js';
import type { CanonicalOutcome } from './canonical-store.js';
import { partnerCrossReferences } from './cross-references.js';
import { compileDefinition, diffDocuments, type CompiledHandle } from './engine.js';
import { mapResolved, mapWith, UNMAPPED } from './map-one.js';
import { resolveMap } from './resolver.js';
import type { MappingIssue, MapStandard, RegressionDocument, RegressionResult } from './types.js';

interface RegressionRun {
  summary: Omit<RegressionResult, 'documents'>;
  documents: RegressionDocument[];
}

const KEPT_RUNS = 8;
const runs = new Map<string, RegressionRun>();

function keep(taskId: string, run: RegressionRun): void {
  runs.set(taskId, run);
  while (runs.size > KEPT_RUNS) runs.delete(runs.keys().next().value!);
}

const issueKey = (issue: MappingIssue) => `${issue.ruleId ?? ''}|${issue.path ?? ''}|${issue.message}`;

/** Errors in `after` that `before` did not have (same rule, path and message). */
export function addedErrors(before: CanonicalOutcome, after: CanonicalOutcome): MappingIssue[] {
  const known = new Set(before.issues.filter((issue) => issue.severity === 'error').map(issueKey));
  return after.issues.filter((issue) => issue.severity === 'error' && !known.has(issueKey(issue)));
}

export function compareOutcomes(before: CanonicalOutcome, after: CanonicalOutcome): Pick<RegressionDocument, 'before' | 'after' | 'diff' | 'newErrors'> {
  return { before: before.status, after: after.status, diff: diffDocuments(before.document ?? undefined, after.document ?? undefined), newErrors: addedErrors(before, after) };
}

export interface RegressionRequest {
  partnerId: number;
  standard: MapStandard;
  type: string;
  definition: unknown;
  draftId: number | null;
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export function startRegression(context: CoreContext, request: RegressionRequest): { taskId: string; done: Promise<RegressionRun> } {
  const compiled = compileDefinition(request.definition);
  if (!compiled.ok) throw new CoreError('invalid-input', `The draft does not compile: ${compiled.errors[0]?.message ?? 'invalid map'}`, compiled.errors);
  const draft: CompiledHandle = compiled.handle;
  const { db, folders } = context.workspace;
  const baseline = resolveMap(db, request.partnerId, request.standard, request.type);
  const documents = selectDocuments(db, { partnerId: request.partnerId, standard: request.standard, type: request.type });
  const task = context.tasks.start('regression', `Comparing the draft ${request.standard.toUpperCase()} ${request.type} map over ${documents.length} documents`, documents.length);
  const run: RegressionRun = {
    summary: {
      taskId: task.taskId,
      state: 'running',
      partnerId: request.partnerId,
      standard: request.standard,
      type: request.type,
      baseline: baseline ? { origin: baseline.origin, mapId: baseline.mapId, version: baseline.version } : null,
      draftId: request.draftId,
      done: 0,
      total: documents.length,
      counts: { documents: documents.length, changed: 0, unchanged: 0, newErrors: 0, fixedErrors: 0, unreadable: 0 },
      message: null,
    },
    documents: [],
  };
  keep(task.taskId, run);
  const xref = partnerCrossReferences(db, request.partnerId);
  const counts = run.summary.counts;

  const done = (async () => {
    await nextTurn();
    for (const [fileId, fileDocuments] of groupByFile(documents)) {
      if (task.signal.aborted) {
        run.summary.state = 'cancelled';
        task.cancelled();
        return run;
      }
      const file = fileLocation(db, fileId);
      let visited = 0;
      try {
        if (!file) throw new Error('file row missing');
        const missing = visitArchivedTransactions(folders.archive, file, fileDocuments, (document, transaction, interchange, group) => {
          visited++;
          const call = { partnerId: request.partnerId, xref, sourceRef: { fileId, sha256: file.sha256 }, envelope: { interchange, group } };
          const before = baseline ? mapResolved(baseline, transaction, call) : UNMAPPED;
          const after = mapWith(draft, null, transaction, call);
          const comparison = compareOutcomes(before, after);
          const changed = comparison.diff.length > 0 || comparison.before !== comparison.after;
          if (changed) counts.changed++;
          else counts.unchanged++;
          if (comparison.newErrors.length > 0) counts.newErrors++;
          if (before.status === 'errors' && after.status !== 'errors') counts.fixedErrors++;
          run.documents.push({ documentId: document.id, fileId, fileName: file.name, receivedAt: document.received_at, controlNumber: document.control_number, ...comparison });
        });
        counts.unreadable += missing.length;
      } catch {
        counts.unreadable += fileDocuments.length - visited;
      }
      run.summary.done = counts.changed + counts.unchanged + counts.unreadable;
      task.update({ done: run.summary.done, current: file?.name ?? undefined });
      await nextTurn();
    }
    run.summary.state = 'finished';
    task.finish(`${counts.changed} of ${counts.documents} documents change${counts.newErrors > 0 ? `, ${counts.newErrors} with new errors` : ''}`);
    return run;
  })().catch((error: unknown) => {
    run.summary.state = 'failed';
    run.summary.message = error instanceof Error ? error.message : String(error);
    task.fail(run.summary.message);
    return run;
  });
  return { taskId: task.taskId, done };
}

export function regressionResult(taskId: string, page: { only: 'changed' | 'all'; offset: number; limit: number }): RegressionResult {
  const run = runs.get(taskId);
  if (!run) throw new CoreError('not-found', 'No regression run with this task id (only the last few runs are kept)');
  const selected = page.only === 'all' ? run.documents : run.documents.filter((document) => document.diff.length > 0 || document.before !== document.after);
  return { ...run.summary, counts: { ...run.summary.counts }, documents: selected.slice(page.offset, page.offset + page.limit) };
}
