/**
 * A mapped channel file stored like an interchange: one interchanges row (standard 'csv' or 'json', sender = the
 * partner's channel and name, control number = the file's SHA-256 prefix), one groups row, and per canonical
 * document one documents row (type = the map's type, byte range = its rows / JSON text, business keys from the
 * canonical output, mapping issues as problems) with its canonical_documents row written through mapping-store.
 * Runs inside ingest's storing transaction; nothing here commits.
 */
import type Database from 'better-sqlite3';
import type { Settings } from '../api/types.js';
import { ingestStoreFor } from '../ingest/store.js';
import type { MappingIssue as EngineIssue } from '../mapping/index.js';
import { canonicalStoreFor, type CanonicalOutcome } from '../mapping-store/canonical-store.js';
import { statusOf } from '../mapping-store/map-one.js';
import type { MappingIssue } from '../mapping-store/types.js';
import type { CandidateMap } from './candidates.js';
import type { MappedDocument } from './map-file.js';
import type { DecodedText } from './text.js';

/** Characters of the SHA-256 used as the file's control number: unique enough within one partner's files. */
const CONTROL_LENGTH = 12;
const MAX_STORED_PROBLEMS = 200;

export interface StoredChannelFile {
  documents: number;
  errors: number;
  warnings: number;
  verdict: 'ok' | 'warnings' | 'errors';
}

export interface ChannelFileInput {
  file: { id: number; sha256: string };
  bytes: Uint8Array;
  decoded: DecodedText;
  candidate: CandidateMap & { partnerId: number };
  channel: string;
  documents: MappedDocument[];
  /** file-level notes (e.g. a document whose rows could not be located) stored as warnings on the interchange */
  notes: string[];
  company: Settings['company'];
  now: string;
  parserVersion: number;
}

const statementCache = new WeakMap<Database.Database, { markParsed: Database.Statement }>();

function statements(db: Database.Database) {
  let cached = statementCache.get(db);
  if (!cached) {
    // files.standard only admits x12/edifact (0002): a channel file is parsed with no EDI standard; its interchange says csv/json
    cached = { markParsed: db.prepare(`UPDATE files SET state = 'parsed', standard = NULL, verdict = ?, problems_json = '[]', parsed_at = ?, parser_version = ?, quarantine_reason = NULL WHERE id = ?`) };
    statementCache.set(db, cached);
  }
  return cached;
}

function toStoreIssue(issue: EngineIssue): MappingIssue {
  return { severity: issue.severity, ruleId: issue.ruleId ?? null, message: issue.message, path: issue.path ?? null, segment: null };
}

function problemOf(issue: MappingIssue, offset: number, line: number) {
  const rule = issue.ruleId ? ` (rule ${issue.ruleId})` : '';
  const path = issue.path ? ` at ${issue.path}` : '';
  return { severity: issue.severity, code: 'mapping-issue', message: `${issue.message}${rule}${path}`, level: 'transaction', position: { offset, line, column: 1 } };
}

/** The canonical row as mapping-store stores it; CSV/JSON documents have no segments, so no unused-segment coverage. */
export function canonicalOutcome(candidate: CandidateMap, document: MappedDocument): CanonicalOutcome {
  const issues = document.result.issues.map(toStoreIssue);
  return {
    kind: candidate.kind,
    status: statusOf(issues, document.result.ok),
    map: { origin: candidate.origin, mapId: candidate.mapId, version: candidate.version },
    document: document.result.document,
    issues,
    coverage: { unmappedRequired: document.result.coverage.unmappedRequired, unusedSegments: [], ruleHits: document.result.coverage.ruleHits },
  };
}

const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

function searchKeys(document: unknown) {
  const record = (document ?? {}) as Record<string, unknown>;
  const date = record.documentDate as { value?: unknown } | undefined;
  const total = record.totalAmount as { amount?: unknown } | undefined;
  return {
    poNumber: text(record.poNumber),
    reference: text(record.orderNumber) ?? text(record.reference),
    documentDate: text(date?.value),
    amount: text(total?.amount),
  };
}

/** 1-based line of each document's first byte (for problem positions). */
function lineAt(bytes: Uint8Array, documents: MappedDocument[]): (byteOffset: number) => number {
  const lines = new Map<number, number>();
  const wanted = new Set(documents.map((document) => document.byteStart));
  let line = 1;
  for (let i = 0; i < bytes.length && lines.size < wanted.size; i++) {
    if (wanted.has(i)) lines.set(i, line);
    if (bytes[i] === 0x0a) line++;
  }
  return (offset) => lines.get(offset) ?? 1;
}

export function storeChannelFile(db: Database.Database, input: ChannelFileInput): StoredChannelFile {
  const store = ingestStoreFor(db);
  const canonical = canonicalStoreFor(db);
  const { file, candidate, decoded, now } = input;
  const partnerId = candidate.partnerId;
  const controlNumber = file.sha256.slice(0, CONTROL_LENGTH);
  const receivedAt = (store.firstReceivedAt.get(file.id) as string | null) ?? now;
  const duplicateControl = store.controlSeenElsewhere.get(partnerId, 'inbound', controlNumber, file.id) ? 1 : 0;
  const notes = input.notes.map((message) => ({ severity: 'warning', code: 'mapping-issue', message, level: 'interchange', position: { offset: 0, line: 1, column: 1 } }));
  const interchangeId = Number(
    store.insertInterchange.run({
      fileId: file.id,
      ordinal: 0,
      standard: candidate.standard,
      partnerId,
      direction: 'inbound',
      senderQualifier: input.channel,
      senderId: candidate.partnerName ?? String(partnerId),
      receiverQualifier: '',
      receiverId: input.company.name,
      controlNumber,
      version: '',
      syntaxId: input.decoded.encoding,
      sentDate: '',
      sentTime: '',
      test: 0,
      delimitersJson: JSON.stringify(candidate.standard === 'csv' ? { delimiter: csvDelimiter(candidate) } : {}),
      quirksJson: JSON.stringify(decoded.bom ? ['bom'] : []),
      problemsJson: JSON.stringify(notes),
      byteStart: 0,
      byteEnd: input.bytes.length,
      duplicateControl,
    }).lastInsertRowid,
  );
  const outcomes = input.documents.map((document) => canonicalOutcome(candidate, document));
  const anyErrors = outcomes.some((outcome) => outcome.status === 'errors');
  const dataStart = input.documents[0]?.byteStart ?? 0;
  const dataEnd = input.documents[input.documents.length - 1]?.byteEnd ?? input.bytes.length;
  const groupId = Number(
    store.insertGroup.run(interchangeId, 0, candidate.kind, null, null, 0, anyErrors ? 'accepted-with-errors' : 'accepted', input.documents.length, '[]', dataStart, dataEnd).lastInsertRowid,
  );
  const lineOf = lineAt(input.bytes, input.documents);
  const result: StoredChannelFile = { documents: 0, errors: 0, warnings: notes.length, verdict: 'ok' };
  input.documents.forEach((document, ordinal) => {
    const outcome = outcomes[ordinal]!;
    const errors = outcome.issues.filter((issue) => issue.severity === 'error').length;
    const warnings = outcome.issues.filter((issue) => issue.severity === 'warning').length;
    const shown = outcome.issues.filter((issue) => issue.severity !== 'info').slice(0, MAX_STORED_PROBLEMS);
    const problems = shown.length === 0 ? '[]' : JSON.stringify(shown.map((issue) => problemOf(issue, document.byteStart, lineOf(document.byteStart))));
    const keys = searchKeys(outcome.document);
    const documentId = Number(
      store.insertDocument.run(
        file.id, interchangeId, groupId, ordinal, partnerId, 'inbound', candidate.standard, candidate.type, '',
        `${controlNumber}-${ordinal + 1}`, errors > 0 ? 'rejected' : 'accepted', errors, warnings, problems, document.rows,
        document.byteStart, document.byteEnd, receivedAt, keys.poNumber, keys.reference, keys.documentDate, keys.amount,
      ).lastInsertRowid,
    );
    canonical.write(documentId, partnerId, outcome, now);
    result.documents++;
    result.errors += errors;
    result.warnings += warnings;
  });
  result.verdict = result.errors > 0 ? 'errors' : result.warnings > 0 ? 'warnings' : 'ok';
  statements(db).markParsed.run(result.verdict, now, input.parserVersion, file.id);
  return result;
}

function csvDelimiter(candidate: CandidateMap): string {
  const source = candidate.compiled.definition.source;
  return source.standard === 'csv' ? (source.delimiter ?? ',') : ',';
}
