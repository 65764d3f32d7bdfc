import type { CoreContext } from '../context.js';
import { runBatch, type BatchSource, type IngestSummary } from './batch.js';
import type { ReceiptSource } from './receive.js';

/**
 * Runs a batch as a task on the next turn of the event loop so the call that started it returns its task id at
 * once; files are processed one per turn so progress events and cancellation get through between files.
 */
export function startIngestTask(context: CoreContext, sources: BatchSource[], source: ReceiptSource, label: string): { taskId: string; done: Promise<IngestSummary> } {
  const task = context.tasks.start('ingest', label, sources.length);
  const done = new Promise<IngestSummary>((resolve) => {
    setImmediate(() => {
      try {
        const summary = runBatch(context, sources, source, task);
        if (summary.cancelled) task.cancelled();
        else task.finish(`${summary.files} files, ${summary.transactions} transactions`);
        context.events.emit('ingest.finished', { taskId: task.taskId, summary });
        resolve(summary);
      } catch (error) {
        task.fail((error as Error).message);
        throw error;
      }
    });
  });
  return { taskId: task.taskId, done };
}
