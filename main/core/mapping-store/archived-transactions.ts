/**
 * Re-reading a partner's archived transactions of one type: the documents rows say which files and where each
 * transaction starts; each file is read back from archive/ and parsed once, its segments lent to a callback, and
 * every wanted transaction is handed over with its document id. Used by remap and regression runs.
 */
import type Database from 'better-sqlite3';
import { parseEdi, type Group, type Interchange, type Transaction } from '../../../parsers/index.js';
import { readArchived } from '../ingest/archive.js';

export interface TargetDocument {
  id: number;
  file_id: number;
  partner_id: number | null;
  byte_start: number;
  control_number: string;
  received_at: string;
}

export interface DocumentSelection {
  /** null: every partner's documents (a workspace map), except partners with a published map of their own */
  partnerId: number | null;
  standard: string;
  type: string;
}

export function selectDocuments(db: Database.Database, selection: DocumentSelection): TargetDocument[] {
  const columns = 'd.id, d.file_id, d.partner_id, d.byte_start, d.control_number, d.received_at';
  if (selection.partnerId !== null) {
    return db
      .prepare(`SELECT ${columns} FROM documents d WHERE d.partner_id = ? AND d.type = ? AND d.standard = ? ORDER BY d.file_id, d.byte_start`)
      .all(selection.partnerId, selection.type, selection.standard) as TargetDocument[];
  }
  return db
    .prepare(
      `SELECT ${columns} FROM documents d WHERE d.type = ? AND d.standard = ? AND NOT EXISTS (
         SELECT 1 FROM maps m WHERE m.partner_id = d.partner_id AND m.standard = d.standard AND m.doc_type = d.type AND m.status = 'published')
       ORDER BY d.file_id, d.byte_start`,
    )
    .all(selection.type, selection.standard) as TargetDocument[];
}

export function groupByFile(documents: TargetDocument[]): Map<number, TargetDocument[]> {
  const byFile = new Map<number, TargetDocument[]>();
  for (const document of documents) {
    const list = byFile.get(document.file_id);
    if (list) list.push(document);
    else byFile.set(document.file_id, [document]);
  }
  return byFile;
}

export interface FileLocation {
  id: number;
  archive_path: string;
  sha256: string;
  name: string | null;
}

export function fileLocation(db: Database.Database, fileId: number): FileLocation | undefined {
  return db
    .prepare('SELECT f.id, f.archive_path, f.sha256, (SELECT r.original_name FROM receipts r WHERE r.file_id = f.id ORDER BY r.id LIMIT 1) AS name FROM files f WHERE f.id = ?')
    .get(fileId) as FileLocation | undefined;
}

/**
 * Parses the archived file and calls `visit` for each wanted transaction while its segments are lent. Returns the
 * documents whose transaction was not found where the row says (the file was re-processed meanwhile, or the archive
 * is damaged). Throws when the archived file cannot be read.
 */
export function visitArchivedTransactions(
  archiveDir: string,
  file: FileLocation,
  documents: TargetDocument[],
  visit: (document: TargetDocument, transaction: Transaction, interchange: Interchange, group: Group) => void,
): TargetDocument[] {
  const wanted = new Map(documents.map((document) => [document.byte_start, document]));
  const bytes = readArchived(archiveDir, file.archive_path);
  parseEdi(bytes, {
    keepSegments: false,
    segmentsForCallback: true,
    onTransaction: (transaction, group, interchange) => {
      const document = wanted.get(transaction.range.start);
      if (!document || transaction.controlNumber !== document.control_number) return;
      wanted.delete(transaction.range.start);
      visit(document, transaction, interchange, group);
    },
  });
  return [...wanted.values()];
}
