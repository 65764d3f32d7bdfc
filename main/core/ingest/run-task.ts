import type { CoreContext } from '../context.js';
import { runBatchAsync, type BatchSource, type IngestSummary } from './batch.js';
import type { ReceiptSource } from './receive.js';

/**
 * Runs a batch as a task: the call returns its task id at once and the files are ingested from the next turn of the
 * event loop on, in groups, so progress events and cancellation get through between groups.
 */
export function startIngestTask(context: CoreContext, sources: BatchSource[], source: ReceiptSource, label: string, partnerId?: number): { taskId: string; done: Promise<IngestSummary> } {
  const task = context.tasks.start('ingest', label, sources.length);
  const done = runBatchAsync(context, sources, source, task, partnerId).then(
    (summary) => {
      if (summary.cancelled) task.cancelled();
      else task.finish(`${summary.files} files, ${summary.transactions} transactions`);
      context.events.emit('ingest.finished', { taskId: task.taskId, summary });
      return summary;
    },
    (error: unknown) => {
      task.fail((error as Error).message);
      throw error;
    },
  );
  // The failure is reported as the task's state; a caller that only wanted the task id must not crash the process.
  done.catch(() => {});
  return { taskId: task.taskId, done };
}
