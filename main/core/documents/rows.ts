/** Reading document rows (database shape) and turning them into the list's DocumentRow (contract shape). */
import type Database from 'better-sqlite3';
import { resolveTransactionSpec } from '../../../parsers/specs/registry.js';
import type { DocumentDirection, DocumentRow, DocumentStatus } from '../api/types-documents.js';

export interface DocumentRecord {
  id: number;
  file_id: number;
  interchange_id: number;
  group_id: number;
  partner_id: number | null;
  partner_name: string | null;
  direction: DocumentDirection;
  standard: 'x12' | 'edifact';
  type: string;
  version: string;
  control_number: string;
  interchange_control_number: string;
  group_control_number: string | null;
  status: DocumentStatus;
  error_count: number;
  warning_count: number;
  problems_json: string;
  segment_count: number;
  byte_start: number;
  byte_end: number;
  received_at: string;
  file_name: string | null;
  po_number: string | null;
  reference: string | null;
  document_date: string | null;
  amount: string | null;
}

export const DOCUMENT_COLUMNS = `d.id, d.file_id, d.interchange_id, d.group_id, d.partner_id, p.name AS partner_name, d.direction, d.standard,
  d.type, d.version, d.control_number, i.control_number AS interchange_control_number, g.control_number AS group_control_number,
  d.status, d.error_count, d.warning_count, d.problems_json, d.segment_count, d.byte_start, d.byte_end, d.received_at,
  (SELECT r.original_name FROM receipts r WHERE r.file_id = d.file_id ORDER BY r.id LIMIT 1) AS file_name,
  d.po_number, d.reference, d.document_date, d.amount`;

export const DOCUMENT_FROM = `documents d
  LEFT JOIN partners p ON p.id = d.partner_id
  JOIN interchanges i ON i.id = d.interchange_id
  JOIN groups g ON g.id = d.group_id`;

const typeNames = new Map<string, string | null>();

export function transactionTypeName(standard: 'x12' | 'edifact', type: string, version: string): string | null {
  const key = `${standard}\u0000${type}`;
  let name = typeNames.get(key);
  if (name === undefined) {
    name = resolveTransactionSpec(standard, type, version)?.spec.name ?? null;
    typeNames.set(key, name);
  }
  return name;
}

interface StoredProblem {
  severity?: string;
  message?: string;
}

/** The first error, else the first warning: what the list shows in its "problem" column. */
function firstProblem(problemsJson: string, errors: number, warnings: number): string | null {
  if (errors === 0 && warnings === 0) return null;
  let problems: StoredProblem[];
  try {
    problems = JSON.parse(problemsJson) as StoredProblem[];
  } catch {
    return null;
  }
  const wanted = errors > 0 ? 'error' : 'warning';
  return problems.find((problem) => problem.severity === wanted)?.message ?? null;
}

export function toDocumentRow(record: DocumentRecord): DocumentRow {
  return {
    id: record.id,
    fileId: record.file_id,
    partnerId: record.partner_id,
    partnerName: record.partner_name,
    direction: record.direction,
    standard: record.standard,
    type: record.type,
    typeName: transactionTypeName(record.standard, record.type, record.version),
    version: record.version,
    controlNumber: record.control_number,
    interchangeControlNumber: record.interchange_control_number,
    groupControlNumber: record.group_control_number,
    status: record.status,
    errorCount: record.error_count,
    warningCount: record.warning_count,
    firstProblem: firstProblem(record.problems_json, record.error_count, record.warning_count),
    segmentCount: record.segment_count,
    receivedAt: record.received_at,
    fileName: record.file_name,
    poNumber: record.po_number,
    reference: record.reference,
    documentDate: record.document_date,
    amount: record.amount,
  };
}

/** The rows for a page of ids, in the order given. */
export function documentRowsByIds(db: Database.Database, ids: number[]): DocumentRow[] {
  if (ids.length === 0) return [];
  const records = db
    .prepare(`SELECT ${DOCUMENT_COLUMNS} FROM ${DOCUMENT_FROM} WHERE d.id IN (SELECT value FROM json_each(?))`)
    .all(JSON.stringify(ids)) as DocumentRecord[];
  const byId = new Map(records.map((record) => [record.id, record]));
  return ids.flatMap((id) => {
    const record = byId.get(id);
    return record ? [toDocumentRow(record)] : [];
  });
}

export function documentRecord(db: Database.Database, id: number): DocumentRecord | undefined {
  return db.prepare(`SELECT ${DOCUMENT_COLUMNS} FROM ${DOCUMENT_FROM} WHERE d.id = ?`).get(id) as DocumentRecord | undefined;
}
