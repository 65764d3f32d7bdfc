/** files.list (received files, quarantined ones included: they are not documents but must be seen) and originals. */
import type Database from 'better-sqlite3';
import type { FileRowView, FilesPage, OriginalFile } from '../api/types-documents.js';
import { CoreError } from '../api/result.js';
import { readArchived } from '../ingest/archive.js';

interface FileListRecord {
  id: number;
  sha256: string;
  size: number;
  state: FileRowView['state'];
  standard: string | null;
  verdict: string | null;
  quarantine_reason: string | null;
  first_received_at: string;
  name: string | null;
  receipts: number;
  documents: number;
}

export interface FilesRequest {
  state?: FileRowView['state'];
  offset: number;
  limit: number;
}

export function listFiles(db: Database.Database, request: FilesRequest): FilesPage {
  // Newest first: files_state holds (state, id), so either shape walks an index and stops after the page.
  const where = request.state === undefined ? '' : 'WHERE f.state = @state';
  const records = db
    .prepare(
      `SELECT f.id, f.sha256, f.size, f.state, f.standard, f.verdict, f.quarantine_reason, f.first_received_at,
         (SELECT r.original_name FROM receipts r WHERE r.file_id = f.id ORDER BY r.id LIMIT 1) AS name,
         (SELECT count(*) FROM receipts r WHERE r.file_id = f.id) AS receipts,
         (SELECT count(*) FROM documents d INDEXED BY documents_file WHERE d.file_id = f.id) AS documents
       FROM files f ${where} ORDER BY f.id DESC LIMIT @limit OFFSET @offset`,
    )
    .all({ ...(request.state === undefined ? {} : { state: request.state }), limit: request.limit, offset: request.offset }) as FileListRecord[];
  const total = db.prepare(`SELECT count(*) FROM files f ${where}`).pluck().get(request.state === undefined ? {} : { state: request.state }) as number;
  return {
    rows: records.map((record) => ({
      id: record.id,
      sha256: record.sha256,
      size: record.size,
      state: record.state,
      standard: record.standard,
      verdict: record.verdict,
      reason: record.quarantine_reason,
      name: record.name,
      firstReceivedAt: record.first_received_at,
      receipts: record.receipts,
      documents: record.documents,
    })),
    total,
  };
}

/** The archived bytes of a document's file (or of a file by id), under the name it was first delivered as. */
export function originalFile(db: Database.Database, archiveDir: string, target: { id: number } | { fileId: number }): OriginalFile {
  const fileId =
    'fileId' in target ? target.fileId : (db.prepare('SELECT file_id FROM documents WHERE id = ?').pluck().get(target.id) as number | undefined);
  const file = fileId === undefined ? undefined : (db.prepare('SELECT id, archive_path, sha256 FROM files WHERE id = ?').get(fileId) as { id: number; archive_path: string; sha256: string } | undefined);
  if (!file) throw new CoreError('not-found', 'That file is not in this workspace (it may have been re-processed); reload the list.');
  const name = (db.prepare('SELECT original_name FROM receipts WHERE file_id = ? ORDER BY id LIMIT 1').pluck().get(file.id) as string | undefined) ?? `${file.sha256}.edi`;
  return { name, contentBase64: readArchived(archiveDir, file.archive_path).toString('base64') };
}

