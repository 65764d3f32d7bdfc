/**
 * The acknowledgment side of one document, for the document view: for an outbound document, what the partner's
 * 997/999/CONTRL said about its group (and about this transaction set); for an inbound one, the acks we sent for its
 * group and its interchange (997/999 and TA1, or CONTRL).
 */
import type Database from 'better-sqlite3';
import { CoreError } from '../api/result.js';
import { SENT_COLUMNS, sentAckOf, type SentRow } from './sent.js';
import { effectiveStatus, partnerHours } from './status.js';
import type { AckedTransaction, AckStatus, DocumentAcks } from './types.js';

interface DocumentRow {
  file_id: number;
  group_id: number;
  partner_id: number | null;
  direction: 'inbound' | 'outbound';
  control_number: string;
  interchange_ordinal: number;
  group_ordinal: number;
}

interface OutboundRow {
  ack_status: Exclude<AckStatus, 'overdue'>;
  sent_at: string;
  ack_document_id: number | null;
  acknowledged_at: string | null;
  transactions_json: string | null;
}

export function documentAcks(db: Database.Database, documentId: number, workspaceHours: number, now: Date): DocumentAcks {
  const document = db
    .prepare(
      `SELECT d.file_id, d.group_id, d.partner_id, d.direction, d.control_number, i.ordinal AS interchange_ordinal, g.ordinal AS group_ordinal
       FROM documents d JOIN groups g ON g.id = d.group_id JOIN interchanges i ON i.id = d.interchange_id WHERE d.id = ?`,
    )
    .get(documentId) as DocumentRow | undefined;
  if (!document) throw new CoreError('not-found', `No document with id ${documentId}`);
  if (document.direction === 'inbound') {
    const rows = db
      .prepare(
        `SELECT ${SENT_COLUMNS} FROM acknowledgments_sent s JOIN partners p ON p.id = s.partner_id
         WHERE s.file_id = ? AND s.interchange_ordinal = ? AND s.group_ordinal IN (?, -1) ORDER BY s.id`,
      )
      .all(document.file_id, document.interchange_ordinal, document.group_ordinal) as SentRow[];
    return { documentId, direction: 'inbound', received: null, sent: rows.map(sentAckOf) };
  }
  const row = db
    .prepare(
      `SELECT oa.ack_status, oa.sent_at, oa.ack_document_id, oa.acknowledged_at, r.transactions_json
       FROM outbound_acks oa LEFT JOIN acknowledgments_received r ON r.id = oa.ack_received_id WHERE oa.group_id = ?`,
    )
    .get(document.group_id) as OutboundRow | undefined;
  if (!row) return { documentId, direction: 'outbound', received: null, sent: [] };
  const hours = (document.partner_id === null ? undefined : partnerHours(db).get(document.partner_id)) ?? workspaceHours;
  const transactions = row.transactions_json === null ? [] : (JSON.parse(row.transactions_json) as AckedTransaction[]);
  return {
    documentId,
    direction: 'outbound',
    received: {
      ...effectiveStatus(row.ack_status, row.sent_at, hours, now),
      sentAt: row.sent_at,
      ackDocumentId: row.ack_document_id,
      acknowledgedAt: row.acknowledged_at,
      transaction: transactions.find((transaction) => transaction.controlNumber === document.control_number) ?? null,
    },
    sent: [],
  };
}
