/**
 * Re-mapping a partner's documents of one type after a map version is published or rolled back: every archived
 * file holding such documents is read back and its transactions mapped with the map that now applies. Each file's
 * canonical rows are replaced in one SQLite transaction, so a crash leaves every document either as it was or fully
 * re-mapped (remap again to finish: it is idempotent). Runs as a task: progress per file, cancel between files.
 */
import { reprocessChannelFiles } from '../channels/remap.js';
import type { CoreContext } from '../context.js';
import { evaluateRemapped, keysOfStoredDocuments } from '../reconcile-store/evaluate-ingest.js';
import type { RunningTask } from '../tasks.js';
import { fileLocation, groupByFile, selectDocuments, visitArchivedTransactions, type DocumentSelection } from './archived-transactions.js';
import { canonicalStoreFor, type CanonicalOutcome } from './canonical-store.js';
import { partnerCrossReferences } from './cross-references.js';
import { mapResolved } from './map-one.js';
import { createResolutionMemo } from './resolver.js';

export interface RemapSummary {
  documents: number;
  remapped: number;
  /** documents whose transaction could not be read back (archive missing or re-processed meanwhile) */
  unreadable: number;
  files: number;
  cancelled: boolean;
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function remapDocuments(context: CoreContext, selection: DocumentSelection, task?: RunningTask): Promise<RemapSummary> {
  if (selection.standard === 'csv' || selection.standard === 'json') {
    // a CSV/JSON file has no transactions to read back: which orders it holds depends on the map, so it is claimed again
    const channel = reprocessChannelFiles(context, { partnerId: selection.partnerId, standard: selection.standard, type: selection.type });
    return { documents: channel.documents, remapped: channel.documents, unreadable: channel.unreadable, files: channel.files, cancelled: false };
  }
  const { db, folders } = context.workspace;
  const documents = selectDocuments(db, selection);
  const byFile = groupByFile(documents);
  const summary: RemapSummary = { documents: documents.length, remapped: 0, unreadable: 0, files: 0, cancelled: false };
  task?.update({ total: documents.length, done: 0 });
  const resolve = createResolutionMemo(db, { builtInDefaults: false });
  const store = canonicalStoreFor(db);
  const xrefs = new Map<number, ReturnType<typeof partnerCrossReferences>>();
  const writeFile = db.transaction((outcomes: { documentId: number; partnerId: number | null; outcome: CanonicalOutcome }[], mappedAt: string) => {
    for (const { documentId, partnerId, outcome } of outcomes) {
      if (outcome.status === 'unmapped') store.remove(documentId);
      else store.write(documentId, partnerId, outcome, mappedAt);
    }
  });

  for (const [fileId, fileDocuments] of byFile) {
    if (task?.signal.aborted) {
      summary.cancelled = true;
      break;
    }
    const file = fileLocation(db, fileId);
    const outcomes: { documentId: number; partnerId: number | null; outcome: CanonicalOutcome }[] = [];
    try {
      if (!file) throw new Error('file row missing');
      const missing = visitArchivedTransactions(folders.archive, file, fileDocuments, (document, transaction, interchange, group) => {
        const partnerId = document.partner_id;
        if (partnerId !== null && !xrefs.has(partnerId)) xrefs.set(partnerId, partnerCrossReferences(db, partnerId));
        const resolved = resolve(partnerId, selection.standard, selection.type);
        outcomes.push({ documentId: document.id, partnerId, outcome: mapResolved(resolved, transaction, { partnerId, xref: partnerId === null ? undefined : xrefs.get(partnerId), sourceRef: { fileId, sha256: file.sha256 }, envelope: { interchange, group } }) });
      });
      summary.unreadable += missing.length;
    } catch {
      summary.unreadable += fileDocuments.length - outcomes.length;
    }
    const remappedIds = outcomes.map((outcome) => outcome.documentId);
    const keysBefore = keysOfStoredDocuments(context, remappedIds);
    writeFile(outcomes, new Date().toISOString());
    evaluateRemapped(context, remappedIds, keysBefore);
    summary.remapped += outcomes.length;
    summary.files++;
    task?.update({ done: summary.remapped + summary.unreadable, current: file?.name ?? undefined });
    await nextTurn();
  }
  return summary;
}

/** The call returns the task id at once; the work runs from the next turn of the event loop. */
export function startRemapTask(context: CoreContext, selection: DocumentSelection, label: string): { taskId: string; done: Promise<RemapSummary> } {
  const task = context.tasks.start('remap', label, 0);
  const done = (async () => {
    await nextTurn();
    return remapDocuments(context, selection, task);
  })().then(
    (summary) => {
      if (summary.cancelled) task.cancelled();
      else task.finish(`${summary.remapped} documents re-mapped${summary.unreadable > 0 ? `, ${summary.unreadable} could not be read back` : ''}`);
      return summary;
    },
    (error: unknown) => {
      task.fail(error instanceof Error ? error.message : String(error));
      throw error;
    },
  );
  done.catch(() => {});
  return { taskId: task.taskId, done };
}

/** Re-maps one partner's documents of a standard and type as a task (publishing and rolling back call this). */
export function remapPartner(context: CoreContext, partnerId: number | null, { standard, type }: { standard: string; type: string }): { taskId: string; done: Promise<RemapSummary> } {
  const whose = partnerId === null ? 'every partner without its own map' : `partner ${partnerId}`;
  return startRemapTask(context, { partnerId, standard, type }, `Re-mapping ${standard.toUpperCase()} ${type} documents of ${whose}`);
}
