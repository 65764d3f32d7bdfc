import { writePendingAcks } from '../../acks/record.js';
import { requirePartner } from '../../channels/assign.js';
import type { CoreContext } from '../../context.js';
import { sourcesFromBuffers, sourcesFromPaths } from '../../ingest/batch.js';
import { readArchived } from '../../ingest/archive.js';
import { processArchivedFile } from '../../ingest/process-file.js';
import { startIngestTask } from '../../ingest/run-task.js';
import { ingestStoreFor, type FileRow } from '../../ingest/store.js';
import type { Handlers } from '../dispatch.js';
import { CoreError } from '../result.js';

export const ingestHandlers: Partial<Handlers<CoreContext>> = {
  'ingest.paths': ({ paths, source, partnerId }, context) => {
    if (partnerId !== undefined) requirePartner(context.workspace.db, partnerId);
    const { sources, missing } = sourcesFromPaths(paths);
    if (sources.length === 0) throw new CoreError('not-found', missing.length > 0 ? `Not found: ${missing.slice(0, 3).join(', ')}` : 'No files in the given folders');
    return { taskId: startIngestTask(context, sources, source, `Ingesting ${sources.length} files`, partnerId).taskId };
  },

  'ingest.upload': ({ files, partnerId }, context) => {
    if (partnerId !== undefined) requirePartner(context.workspace.db, partnerId);
    const sources = sourcesFromBuffers(files.map((file) => ({ name: file.name, bytes: Buffer.from(file.contentBase64, 'base64') })));
    return { taskId: startIngestTask(context, sources, 'upload', `Ingesting ${sources.length} uploaded files`, partnerId).taskId };
  },

  'files.reprocess': (input, context) => {
    const store = ingestStoreFor(context.workspace.db);
    const ids = 'all' in input ? (context.workspace.db.prepare('SELECT id FROM files ORDER BY id').pluck().all() as number[]) : input.fileIds;
    const task = context.tasks.start('reprocess', `Re-processing ${ids.length} files`, ids.length);
    setImmediate(() => {
      let done = 0;
      for (const id of ids) {
        if (task.signal.aborted) {
          writePendingAcks(context);
          return task.cancelled();
        }
        const file = store.fileById.get(id) as FileRow | undefined;
        if (file) processArchivedFile(context, file, readArchived(context.workspace.folders.archive, file.archive_path));
        task.update({ done: ++done });
      }
      writePendingAcks(context);
      task.finish(`${done} files re-processed`);
    });
    return { taskId: task.taskId };
  },
};
