import type { CoreContext } from '../context.js';
import { readArchived } from './archive.js';
import { processArchivedFile } from './process-file.js';
import { ingestStoreFor, type FileRow } from './store.js';

/**
 * Files whose receipt was committed but whose results were not (a crash or kill in between) are parsed again from
 * the archive. Runs when a workspace opens; safe to run any time.
 */
export function resumeInterruptedIngest(context: CoreContext): number {
  const store = ingestStoreFor(context.workspace.db);
  const pending = store.pendingFiles.all() as FileRow[];
  for (const file of pending) processArchivedFile(context, file, readArchived(context.workspace.folders.archive, file.archive_path));
  return pending.length;
}

/** Re-parse files already stored (after a settings, parser or spec change). */
export function reprocessFiles(context: CoreContext, fileIds: number[]): number {
  const store = ingestStoreFor(context.workspace.db);
  let count = 0;
  for (const id of fileIds) {
    const file = store.fileById.get(id) as FileRow | undefined;
    if (!file) continue;
    processArchivedFile(context, file, readArchived(context.workspace.folders.archive, file.archive_path));
    count++;
  }
  return count;
}
