/**
 * documents.get: the stored summary of one transaction (row, file, receipts, envelopes, problems) and what only the
 * archived original holds (segments with their names, loop tree, HL hierarchy, raw text), read back from it.
 */
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import type { Delimiters } from '../../../parsers/index.js';
import { resolveTransactionSpec } from '../../../parsers/specs/registry.js';
import type { DocumentDetail, EnvelopeSummary, ReceiptView } from '../api/types-documents.js';
import { CoreError } from '../api/result.js';
import { parseProblems, problemViews, type RawSpan } from './problem-view.js';
import { readRange, rereadTransaction, type Reread } from './reread.js';
import { documentRecord, toDocumentRow, type DocumentRecord } from './rows.js';
import { hierarchyView, loopView, segmentViews } from './segment-view.js';

/** Longer transactions show their first segments only; the raw text stops at the same size. */
export const MAX_SEGMENTS = 20_000;
export const MAX_RAW_BYTES = 4 * 1024 * 1024;

interface FileRecord {
  id: number;
  sha256: string;
  size: number;
  archive_path: string;
  state: 'received' | 'parsed' | 'quarantined';
  verdict: string | null;
  problems_json: string;
}

interface InterchangeRecord {
  id: number;
  standard: 'x12' | 'edifact';
  control_number: string;
  sender_qualifier: string;
  sender_id: string;
  receiver_qualifier: string;
  receiver_id: string;
  sent_date: string | null;
  sent_time: string | null;
  version: string;
  syntax_id: string | null;
  test: number;
  delimiters_json: string;
  quirks_json: string;
  problems_json: string;
  byte_start: number;
  byte_end: number;
  duplicate_control: number;
  first_group_start: number | null;
}

interface GroupRecord {
  id: number;
  functional_id: string | null;
  control_number: string | null;
  version: string | null;
  explicit: number;
  status: string;
  transaction_count: number;
  problems_json: string;
  byte_start: number;
  byte_end: number;
  first_transaction_start: number | null;
}

function statements(db: Database.Database) {
  return {
    file: db.prepare('SELECT id, sha256, size, archive_path, state, verdict, problems_json FROM files WHERE id = ?'),
    receipts: db.prepare('SELECT id, received_at, source, original_name, original_path, duplicate_delivery FROM receipts WHERE file_id = ? ORDER BY id LIMIT 200'),
    interchange: db.prepare(
      `SELECT i.*, (SELECT min(g.byte_start) FROM groups g WHERE g.interchange_id = i.id) AS first_group_start FROM interchanges i WHERE i.id = ?`,
    ),
    group: db.prepare(
      `SELECT g.*, (SELECT min(d.byte_start) FROM documents d INDEXED BY documents_file WHERE d.file_id = ? AND d.group_id = g.id) AS first_transaction_start FROM groups g WHERE g.id = ?`,
    ),
  };
}

function parseJson<T>(json: string, fallback: T): T {
  try {
    return JSON.parse(json) as T;
  } catch {
    return fallback;
  }
}

function reread(path: string, record: DocumentRecord, interchange: InterchangeRecord, group: GroupRecord): { result: Reread | null; error: string | null } {
  try {
    const result = rereadTransaction({
      path,
      interchange: { start: interchange.byte_start, end: interchange.byte_end },
      firstGroupStart: interchange.first_group_start ?? group.byte_start,
      group: { start: group.byte_start, end: group.byte_end },
      groupFirstTransactionStart: group.first_transaction_start ?? record.byte_start,
      transaction: { start: record.byte_start, end: record.byte_end },
      type: record.type,
      controlNumber: record.control_number,
    });
    return result ? { result, error: null } : { result: null, error: 'The archived file no longer holds this transaction where it was found; re-process the file.' };
  } catch (error) {
    return { result: null, error: `Could not read the archived file: ${(error as Error).message}` };
  }
}

export function documentDetail(db: Database.Database, archiveDir: string, id: number): DocumentDetail {
  const record = documentRecord(db, id);
  if (!record) throw new CoreError('not-found', `There is no document ${id}; it may have been re-processed. Reload the list.`);
  const sql = statements(db);
  const file = sql.file.get(record.file_id) as FileRecord;
  const interchange = sql.interchange.get(record.interchange_id) as InterchangeRecord;
  const group = sql.group.get(record.file_id, record.group_id) as GroupRecord;
  const path = join(archiveDir, file.archive_path);
  const { result, error } = reread(path, record, interchange, group);
  const transaction = result?.transaction ?? null;
  const segments = transaction?.segments ?? [];
  const rawSpan: RawSpan = { start: record.byte_start, end: Math.min(record.byte_end, record.byte_start + MAX_RAW_BYTES) };
  let rawText = '';
  try {
    rawText = readRange(path, rawSpan).toString('latin1');
  } catch {
    // The reread error above already says the archive could not be read.
  }
  const delimiters = parseJson<Delimiters>(interchange.delimiters_json, { element: '*', component: ':', segment: '~', repetition: null, segmentSuffix: '' });
  const views = segmentViews(record.standard, segments, delimiters, record.byte_start, MAX_SEGMENTS);
  const problems = problemViews(parseProblems(record.problems_json), rawSpan, segments);
  problems.forEach((problem, index) => {
    if (problem.segmentIndex !== null) views.segments[problem.segmentIndex]?.problems.push(index);
  });
  const resolved = resolveTransactionSpec(record.standard, record.type, record.version);
  const receipts: ReceiptView[] = (sql.receipts.all(file.id) as { id: number; received_at: string; source: string; original_name: string; original_path: string | null; duplicate_delivery: number }[]).map((row) => ({
    id: row.id,
    receivedAt: row.received_at,
    source: row.source,
    name: row.original_name,
    path: row.original_path,
    duplicate: row.duplicate_delivery === 1,
  }));
  return {
    document: toDocumentRow(record),
    file: {
      id: file.id,
      sha256: file.sha256,
      size: file.size,
      names: [...new Set(receipts.map((receipt) => receipt.name))],
      state: file.state,
      verdict: file.verdict,
      receipts,
      problems: problemViews(parseProblems(file.problems_json), rawSpan, segments),
    },
    envelope: envelopeSummary(interchange, group, rawSpan, delimiters),
    problems,
    spec: resolved ? { name: resolved.spec.name, version: resolved.specVersion, exact: resolved.exact } : null,
    segmentNames: views.names,
    segments: views.segments,
    segmentsTruncated: segments.length > MAX_SEGMENTS,
    tree: transaction?.tree && segments.length <= MAX_SEGMENTS ? loopView(transaction.tree, segments) : null,
    hierarchy: transaction?.hierarchy && segments.length <= MAX_SEGMENTS ? hierarchyView(record.standard, transaction.hierarchy, segments) : null,
    raw: { text: rawText, byteStart: rawSpan.start, byteEnd: record.byte_end, truncated: rawSpan.end < record.byte_end },
    rereadError: error,
  };
}

function envelopeSummary(interchange: InterchangeRecord, group: GroupRecord, rawSpan: RawSpan, delimiters: Delimiters): EnvelopeSummary {
  return {
    interchange: {
      id: interchange.id,
      standard: interchange.standard,
      controlNumber: interchange.control_number,
      sender: { qualifier: interchange.sender_qualifier, id: interchange.sender_id },
      receiver: { qualifier: interchange.receiver_qualifier, id: interchange.receiver_id },
      date: interchange.sent_date,
      time: interchange.sent_time,
      version: interchange.version,
      syntaxId: interchange.syntax_id,
      test: interchange.test === 1,
      delimiters: delimiters as unknown as Record<string, string | null>,
      quirks: parseJson<string[]>(interchange.quirks_json, []),
      duplicateControlNumber: interchange.duplicate_control === 1,
      problems: problemViews(parseProblems(interchange.problems_json), rawSpan, []),
    },
    group: {
      id: group.id,
      functionalId: group.functional_id,
      controlNumber: group.control_number,
      version: group.version,
      explicit: group.explicit === 1,
      status: group.status,
      transactionCount: group.transaction_count,
      problems: problemViews(parseProblems(group.problems_json), rawSpan, []),
    },
  };
}
