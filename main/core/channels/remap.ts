/**
 * Re-mapping channel documents after a CSV/JSON map version is published or rolled back. mapping-store's remap
 * re-reads EDI transactions from the archive, which a CSV or JSON file has none of; a channel file is re-mapped by
 * re-processing it (claim, map, store again, one transaction per file). The partner is decided again the same way
 * (assignment, else signatures), so a new version the file no longer fits quarantines it with the reason.
 */
import type { CoreContext } from '../context.js';
import { readArchived } from '../ingest/archive.js';
import { processArchivedFile } from '../ingest/process-file.js';
import { ingestStoreFor, type FileRow } from '../ingest/store.js';

export interface ChannelRemapSummary {
  files: number;
  documents: number;
  quarantined: number;
  unreadable: number;
}

/** partnerId null: every partner's documents of that standard and type. */
export function reprocessChannelFiles(context: CoreContext, selection: { partnerId: number | null; standard: 'csv' | 'json'; type: string }): ChannelRemapSummary {
  const { db, folders } = context.workspace;
  const fileIds = db
    .prepare('SELECT DISTINCT file_id FROM documents WHERE standard = ? AND type = ? AND (? IS NULL OR partner_id = ?) ORDER BY file_id')
    .pluck()
    .all(selection.standard, selection.type, selection.partnerId, selection.partnerId) as number[];
  const summary: ChannelRemapSummary = { files: 0, documents: 0, quarantined: 0, unreadable: 0 };
  const store = ingestStoreFor(db);
  for (const fileId of fileIds) {
    const file = store.fileById.get(fileId) as FileRow | undefined;
    try {
      if (!file) throw new Error(`file ${fileId} is gone`);
      const outcome = processArchivedFile(context, file, readArchived(folders.archive, file.archive_path));
      summary.files++;
      summary.documents += outcome.documents;
      if (outcome.quarantined) summary.quarantined++;
    } catch {
      summary.unreadable++;
    }
  }
  return summary;
}
