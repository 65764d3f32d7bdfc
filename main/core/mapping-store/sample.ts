/**
 * One archived transaction read back for the preview, the way the document viewer does it (documents/reread.ts: the
 * interchange's bytes, or its headers plus this transaction for a huge interchange). The last few samples are kept
 * with their source view: the editor previews the same sample on every keystroke.
 */
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import type { Standard, Transaction } from '../../../parsers/index.js';
import { CoreError } from '../api/result.js';
import { rereadTransaction } from '../documents/reread.js';
import { buildSourceView, type SourceView } from './source-view.js';

export interface SampleDocument {
  id: number;
  file_id: number;
  partner_id: number | null;
  standard: Standard;
  type: string;
  version: string;
  control_number: string;
  byte_start: number;
  byte_end: number;
  interchange_start: number;
  interchange_end: number;
  first_group_start: number;
  group_start: number;
  group_end: number;
  group_first_transaction: number;
  archive_path: string;
  sha256: string;
  file_name: string | null;
  file_ordinal: number;
}

export interface LoadedSample {
  document: SampleDocument;
  transaction: Transaction;
  view: SourceView;
}

const SAMPLE_SQL = `SELECT d.id, d.file_id, d.partner_id, d.standard, d.type, d.version, d.control_number, d.byte_start, d.byte_end,
    i.byte_start AS interchange_start, i.byte_end AS interchange_end,
    (SELECT min(g2.byte_start) FROM groups g2 WHERE g2.interchange_id = i.id) AS first_group_start,
    g.byte_start AS group_start, g.byte_end AS group_end,
    (SELECT min(d2.byte_start) FROM documents d2 INDEXED BY documents_file WHERE d2.file_id = d.file_id AND d2.group_id = d.group_id) AS group_first_transaction,
    f.archive_path, f.sha256,
    (SELECT r.original_name FROM receipts r WHERE r.file_id = f.id ORDER BY r.id LIMIT 1) AS file_name,
    (SELECT count(*) FROM documents d3 INDEXED BY documents_file WHERE d3.file_id = d.file_id AND d3.byte_start < d.byte_start) AS file_ordinal
  FROM documents d JOIN interchanges i ON i.id = d.interchange_id JOIN groups g ON g.id = d.group_id JOIN files f ON f.id = d.file_id`;

export function sampleDocument(db: Database.Database, where: { documentId: number } | { fileId: number; ordinal: number }): SampleDocument {
  let documentId: number | undefined;
  if ('documentId' in where) documentId = where.documentId;
  else {
    documentId = db.prepare('SELECT id FROM documents INDEXED BY documents_file WHERE file_id = ? ORDER BY byte_start LIMIT 1 OFFSET ?').pluck().get(where.fileId, where.ordinal) as number | undefined;
    if (documentId === undefined) throw new CoreError('not-found', `File ${where.fileId} has no transaction ${where.ordinal}`);
  }
  const row = db.prepare(`${SAMPLE_SQL} WHERE d.id = ?`).get(documentId) as SampleDocument | undefined;
  if (!row) throw new CoreError('not-found', `There is no document ${documentId}; it may have been re-processed`);
  return row;
}

const CACHE_SIZE = 4;
const cache = new Map<string, LoadedSample>();

export function loadSample(db: Database.Database, archiveDir: string, document: SampleDocument): LoadedSample {
  const key = `${archiveDir}|${document.sha256}|${document.byte_start}`;
  const cached = cache.get(key);
  if (cached) {
    cache.delete(key);
    cache.set(key, { ...cached, document });
    return { ...cached, document };
  }
  let reread;
  try {
    reread = rereadTransaction({
      path: join(archiveDir, document.archive_path),
      interchange: { start: document.interchange_start, end: document.interchange_end },
      firstGroupStart: document.first_group_start ?? document.group_start,
      group: { start: document.group_start, end: document.group_end },
      groupFirstTransactionStart: document.group_first_transaction ?? document.byte_start,
      transaction: { start: document.byte_start, end: document.byte_end },
      type: document.type,
      controlNumber: document.control_number,
    });
  } catch (error) {
    throw new CoreError('unavailable', `Could not read the archived file: ${(error as Error).message}`);
  }
  if (!reread) throw new CoreError('conflict', 'The archived file no longer holds this transaction where it was found; re-process the file');
  const loaded: LoadedSample = { document, transaction: reread.transaction, view: buildSourceView(document.standard, reread.transaction) };
  cache.set(key, loaded);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  return loaded;
}
