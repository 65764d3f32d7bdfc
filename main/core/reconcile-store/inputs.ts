/**
 * Engine inputs from the workspace: stored canonical documents (EDI and channel files), records from other systems
 * (source_records), our outbound groups' ack status (main/core/acks) and the control-number ledger's duplicates and
 * gaps (main/core/ledger). Each input comes with where it is stored (ThreadMemberRef), for evidence and the UI.
 */
import type Database from 'better-sqlite3';
import type { CanonicalDocument } from '../canonical/index.js';
import { effectiveStatus } from '../acks/status.js';
import type { AckedTransaction } from '../acks/types.js';
import { listLedgerCached } from '../ledger/cache.js';
import type { LedgerEntry } from '../ledger/types.js';
import type { AckFact, ControlNumberFact, ReconcileInput } from '../reconcile/index.js';
import type { ThreadMemberRef } from './types.js';
import type { ReconcileEnv } from './inputs-context.js';

export interface LoadedMember {
  input: ReconcileInput;
  ref: ThreadMemberRef;
}

/** Canonical documents the engine may read: mapped and valid against the schema (status ok or warnings). */
export const CANONICAL_USABLE = `c.canonical_json IS NOT NULL AND c.status IN ('ok', 'warnings')`;

export const CANONICAL_COLUMNS = `c.document_id, c.partner_id, c.canonical_json, d.received_at, d.file_id, d.byte_start, d.byte_end`;
export const RECORD_COLUMNS = `r.id, r.partner_id, r.connector, r.stream, r.record_id, r.canonical_json, r.received_at`;

export interface CanonicalRow {
  document_id: number;
  partner_id: number | null;
  canonical_json: string;
  received_at: string;
  file_id: number;
  byte_start: number;
  byte_end: number;
}

export interface RecordRow {
  id: number;
  partner_id: number | null;
  connector: string;
  stream: string;
  record_id: string;
  canonical_json: string;
  received_at: string;
}

/**
 * The stored row's partner is the document's: a map's output names none, and a merge re-points the row's column but
 * not the JSON. The engine scopes PO numbers by it and ignores it on warehouse documents.
 */
function withRowPartner(document: CanonicalDocument, partnerId: number | null): CanonicalDocument {
  if (partnerId !== null && document.partner?.id !== partnerId) document.partner = { ...document.partner, id: partnerId };
  return document;
}

/** The engine's input of a stored row (canonical document or source record), without the member's reference. */
export function inputOfRow(canonicalJson: string, partnerId: number | null, receivedAt: string): ReconcileInput {
  return { kind: 'document', document: withRowPartner(JSON.parse(canonicalJson) as CanonicalDocument, partnerId), receivedAt };
}

export function memberOfCanonical(row: CanonicalRow): LoadedMember {
  const document = withRowPartner(JSON.parse(row.canonical_json) as CanonicalDocument, row.partner_id);
  return {
    input: { kind: 'document', document, receivedAt: row.received_at },
    ref: { kind: 'document', documentId: row.document_id, fileId: row.file_id, byteStart: row.byte_start, byteEnd: row.byte_end },
  };
}

export function memberOfRecord(row: RecordRow): LoadedMember {
  const document = withRowPartner(JSON.parse(row.canonical_json) as CanonicalDocument, row.partner_id);
  return {
    input: { kind: 'document', document, receivedAt: row.received_at },
    ref: { kind: 'record', recordId: row.id, connector: row.connector, stream: row.stream, externalId: row.record_id },
  };
}

export interface OutboundAckRow {
  group_id: number;
  file_id: number;
  partner_id: number;
  partner_name: string;
  functional_id: string;
  group_control: string;
  interchange_control: string;
  sent_at: string;
  ack_status: 'pending' | 'accepted' | 'accepted-with-errors' | 'rejected';
  ack_document_id: number | null;
  transactions_json: string | null;
}

/** Outbound groups still stored (a file re-processed into quarantine leaves rows the join with groups drops). */
export const OUTBOUND_ACK_SELECT = `SELECT oa.group_id, oa.file_id, oa.partner_id, p.name AS partner_name, oa.functional_id, oa.group_control,
    oa.interchange_control, oa.sent_at, oa.ack_status, oa.ack_document_id, r.transactions_json
  FROM outbound_acks oa JOIN groups g ON g.id = oa.group_id JOIN partners p ON p.id = oa.partner_id
  LEFT JOIN acknowledgments_received r ON r.id = oa.ack_received_id`;

/** The engine decides overdue itself from dueAt and its `now`; the stored status is passed as it is. */
export function ackFactOf(row: OutboundAckRow, env: ReconcileEnv): LoadedMember {
  const { dueAt } = effectiveStatus(row.ack_status, row.sent_at, env.ackHoursFor(row.partner_id), new Date(row.sent_at));
  const transactions = row.transactions_json === null ? [] : (JSON.parse(row.transactions_json) as AckedTransaction[]);
  const rejected = transactions.filter((transaction) => transaction.status === 'rejected');
  const fact: AckFact = {
    kind: 'ack-fact',
    partnerId: row.partner_id,
    partnerName: row.partner_name,
    groupId: row.group_id,
    fileId: row.file_id,
    functionalId: row.functional_id,
    groupControl: row.group_control,
    interchangeControl: row.interchange_control,
    status: row.ack_status,
    sentAt: row.sent_at,
    dueAt,
    ackDocumentId: row.ack_document_id,
    ...(rejected.length > 0 ? { rejectedTransactions: rejected.map(({ controlNumber, type, codes }) => ({ controlNumber, type, codes })) } : {}),
  };
  return { input: fact, ref: { kind: 'fact', label: `${row.functional_id} group ${row.group_control} (interchange ${row.interchange_control})` } };
}

export function ackFactsByGroup(db: Database.Database, env: ReconcileEnv, groupIds: readonly number[]): LoadedMember[] {
  if (groupIds.length === 0) return [];
  const statement = db.prepare(`${OUTBOUND_ACK_SELECT} WHERE oa.group_id = ?`);
  const members: LoadedMember[] = [];
  for (const groupId of new Set(groupIds)) for (const row of statement.all(groupId) as OutboundAckRow[]) members.push(ackFactOf(row, env));
  return members;
}

export function* allAckFacts(db: Database.Database, env: ReconcileEnv): Generator<LoadedMember> {
  for (const row of db.prepare(`${OUTBOUND_ACK_SELECT} ORDER BY oa.group_id`).iterate() as IterableIterator<OutboundAckRow>) yield ackFactOf(row, env);
}

export function controlFactOf(entry: LedgerEntry): LoadedMember | undefined {
  if (entry.kind !== 'duplicate' && entry.kind !== 'gap') return undefined;
  const fact: ControlNumberFact = {
    kind: 'control-number-fact',
    finding: entry.kind,
    partnerId: entry.partnerId,
    partnerName: entry.partnerName,
    direction: entry.direction,
    level: entry.level,
    ...(entry.controlNumber !== null ? { controlNumber: entry.controlNumber } : {}),
    ...(entry.range ? { range: { from: entry.range.from, to: entry.range.to } } : {}),
    fileIds: entry.fileIds,
    documentIds: entry.documentIds,
    occurrenceCount: entry.occurrenceCount,
  };
  const what = entry.kind === 'gap' ? `gap ${entry.range?.from ?? ''}-${entry.range?.to ?? ''}` : `duplicate ${entry.controlNumber ?? ''}`;
  return { input: fact, ref: { kind: 'fact', label: `${entry.direction} ${entry.level} control number ${what}` } };
}

/** The ledger's duplicates and gaps (of one partner when given); the ledger scans every control number of them. */
export function controlFacts(db: Database.Database, partnerId?: number): LoadedMember[] {
  const members: LoadedMember[] = [];
  // one scan for both kinds (each scan reads every control number of the partners asked about)
  const list = listLedgerCached(db, { limit: 1_000_000, ...(partnerId === undefined ? {} : { partnerId }) }, ['duplicate', 'gap']);
  // duplicates first, as two scans gave them
  for (const kind of ['duplicate', 'gap'] as const) {
    for (const entry of list.entries) {
      if (entry.kind !== kind) continue;
      const member = controlFactOf(entry);
      if (member) members.push(member);
    }
  }
  return members;
}
