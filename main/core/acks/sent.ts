/** Reading the acks we generated, newest first. */
import type Database from 'better-sqlite3';
import type { SentAck, SentAckPage } from './types.js';

export interface SentRow {
  id: number;
  partner_id: number;
  partner_name: string;
  kind: SentAck['kind'];
  standard: SentAck['standard'];
  file_name: string;
  status: SentAck['status'];
  error: string | null;
  file_id: number;
  group_id: number | null;
  acknowledged_interchange: string;
  acknowledged_group: string | null;
  functional_id: string | null;
  outcome: SentAck['outcome'];
  interchange_control: string;
  group_control: string | null;
  transaction_control: string | null;
  created_at: string;
  /** a placeholder of the same length until the ack is written (see insertSent) */
  written_at: string | null;
}

/** The columns sentAckOf reads, from acknowledgments_sent s joined with partners p. */
export const SENT_COLUMNS = `s.id, s.partner_id, p.name AS partner_name, s.kind, s.standard, s.file_name, s.status, s.error, s.file_id, s.group_id,
  s.acknowledged_interchange, s.acknowledged_group, s.functional_id, s.outcome, s.interchange_control, s.group_control,
  s.transaction_control, s.created_at, s.written_at`;

export function sentAckOf(row: SentRow): SentAck {
  return {
    id: row.id,
    partnerId: row.partner_id,
    partnerName: row.partner_name,
    kind: row.kind,
    standard: row.standard,
    fileName: row.file_name,
    status: row.status,
    error: row.error,
    fileId: row.file_id,
    groupId: row.group_id,
    acknowledgedInterchange: row.acknowledged_interchange,
    acknowledgedGroup: row.acknowledged_group,
    functionalId: row.functional_id,
    outcome: row.outcome,
    interchangeControl: row.interchange_control,
    groupControl: row.group_control,
    transactionControl: row.transaction_control,
    createdAt: row.created_at,
    writtenAt: row.status === 'written' ? row.written_at : null,
  };
}

export function listSentAcks(db: Database.Database, filter: { partnerId?: number | undefined; offset: number; limit: number }): SentAckPage {
  const where = filter.partnerId === undefined ? '' : 'WHERE s.partner_id = @partnerId';
  const parameters = filter.partnerId === undefined ? {} : { partnerId: filter.partnerId };
  const total = db.prepare(`SELECT count(*) FROM acknowledgments_sent s ${where}`).pluck().get(parameters) as number;
  const rows = db
    .prepare(`SELECT ${SENT_COLUMNS} FROM acknowledgments_sent s JOIN partners p ON p.id = s.partner_id ${where} ORDER BY s.id DESC LIMIT @limit OFFSET @offset`)
    .all({ ...parameters, limit: filter.limit, offset: filter.offset }) as SentRow[];
  return { items: rows.map(sentAckOf), total };
}
