import { writePendingAcks } from '../acks/record.js';
import type { CoreContext } from '../context.js';
import { readArchived, removeAbandonedPartials } from './archive.js';
import { PARSER_VERSION, processArchivedFile } from './process-file.js';
import { ingestStoreFor, type FileRow } from './store.js';

/**
 * Files whose receipt was committed but whose results were not (a crash or kill in between) are parsed again from
 * the archive; acks recorded but never written to outbox/ (a crash after their commit) are written; and (shortly after) temporary files of archive writes a crash cut short are removed. Runs when a
 * workspace opens; safe to run any time.
 */
export function resumeInterruptedIngest(context: CoreContext): number {
  const { db, folders } = context.workspace;
  const store = ingestStoreFor(db);
  // Temporary files are hidden and never read, so their clean-up need not delay opening: it walks every archive
  // folder, which takes a while in a large workspace. Not at all in a process that exits before it is due.
  setTimeout(() => {
    try {
      removeAbandonedPartials(folders.archive);
    } catch {
      // the workspace was closed and removed meanwhile (tests), or a folder is unreadable: next time
    }
  }, 2000).unref();
  const pending = store.pendingFiles.all() as FileRow[];
  for (const file of pending) {
    try {
      processArchivedFile(context, file, readArchived(folders.archive, file.archive_path));
    } catch (error) {
      // Runs inside opening the workspace: one file that cannot be processed (its archive copy deleted by hand, an
      // engine bug) must not keep the workspace from opening. Quarantined with the reason, it can be re-processed.
      store.markQuarantined.run('errors', '[]', new Date().toISOString(), PARSER_VERSION, `Could not be processed: ${(error as Error).message}`, file.id);
    }
  }
  writePendingAcks(context);
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
  writePendingAcks(context);
  return count;
}
