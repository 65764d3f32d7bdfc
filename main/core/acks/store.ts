/** SQL for the acknowledgment tables, kept beside the code that owns them. */
import type Database from 'better-sqlite3';

export interface StoredEnvelopeRow {
  interchange_ordinal: number;
  interchange_id: number;
  partner_id: number;
  direction: 'inbound' | 'outbound';
  group_ordinal: number | null;
  group_id: number | null;
}

export interface OutboundAckRow {
  id: number;
  partner_id: number;
  standard: 'x12' | 'edifact';
  functional_id: string;
  group_control: string;
  interchange_control: string;
  ack_status: string;
  ack_received_id: number | null;
  ack_document_id: number | null;
  acknowledged_at: string | null;
}

export interface MatchRow {
  id: number;
  document_id: number;
  status: string;
  received_at: string;
}

/** ISA13 and GS06 hold at most 9 digits; after that an ack counter starts again at 1. */
export const MAX_CONTROL_NUMBER = 999_999_999;

const nextNumber = (column: string) =>
  `UPDATE ack_counters SET ${column} = CASE WHEN ${column} >= ${MAX_CONTROL_NUMBER} THEN 1 ELSE ${column} + 1 END WHERE partner_id = ? RETURNING ${column}`;

function createAckStore(db: Database.Database) {
  return {
    profileJson: db.prepare('SELECT profile_json FROM partners WHERE id = ?').pluck(),
    ensureCounter: db.prepare('INSERT OR IGNORE INTO ack_counters (partner_id) VALUES (?)'),
    nextInterchange: db.prepare(nextNumber('last_interchange')).pluck(),
    nextGroup: db.prepare(nextNumber('last_group')).pluck(),
    nextTransaction: db.prepare(nextNumber('last_transaction')).pluck(),

    fileInfo: db.prepare('SELECT sha256, first_received_at FROM files WHERE id = ?'),
    envelopes: db.prepare(
      `SELECT i.ordinal AS interchange_ordinal, i.id AS interchange_id, i.partner_id, i.direction, g.ordinal AS group_ordinal, g.id AS group_id
       FROM interchanges i LEFT JOIN groups g ON g.interchange_id = i.id WHERE i.file_id = ? AND i.partner_id IS NOT NULL ORDER BY i.ordinal, g.ordinal`,
    ),
    partnerName: db.prepare('SELECT name FROM partners WHERE id = ?').pluck(),

    answered: db.prepare('SELECT interchange_ordinal, group_ordinal FROM acknowledgments_sent WHERE file_sha256 = ?'),
    refreshSentIds: db.prepare('UPDATE acknowledgments_sent SET file_id = ?, group_id = ? WHERE file_sha256 = ? AND interchange_ordinal = ? AND group_ordinal = ?'),
    fileNameTaken: db.prepare('SELECT 1 FROM acknowledgments_sent WHERE file_name = ?').pluck(),
    // written_at holds a placeholder as long as the real time until the ack is written (sentAckOf shows it only
    // then): marking it written rewrites the row in place instead of growing it and splitting its page
    insertSent: db.prepare(
      `INSERT INTO acknowledgments_sent (partner_id, file_sha256, file_id, interchange_ordinal, group_ordinal, group_id, standard, kind,
         acknowledged_interchange, acknowledged_group, functional_id, interchange_control, group_control, transaction_control, outcome,
         file_name, encoding, content, status, created_at, written_at)
       VALUES (@partnerId, @sha256, @fileId, @interchangeOrdinal, @groupOrdinal, @groupId, @standard, @kind, @acknowledgedInterchange,
         @acknowledgedGroup, @functionalId, @interchangeControl, @groupControl, @transactionControl, @outcome, @fileName, @encoding, @text,
         'pending', @createdAt, @createdAt)`,
    ),
    unwritten: db.prepare(`SELECT id, partner_id, file_name, content, encoding FROM acknowledgments_sent WHERE status <> 'written' ORDER BY id`),
    markWritten: db.prepare(`UPDATE acknowledgments_sent SET status = 'written', written_at = ?, error = NULL WHERE id = ?`),
    markFailed: db.prepare(`UPDATE acknowledgments_sent SET status = 'failed', error = ? WHERE id = ?`),

    receivedKeysOfFile: db.prepare('SELECT partner_id, standard, functional_id, group_control, interchange_control FROM acknowledgments_received WHERE file_id = ?'),
    deleteReceivedOfFile: db.prepare('DELETE FROM acknowledgments_received WHERE file_id = ?'),
    ackDocuments: db.prepare(
      `SELECT id, byte_start, partner_id, type FROM documents
       WHERE file_id = ? AND direction = 'inbound' AND type IN ('997', '999', 'CONTRL')`,
    ),
    insertReceived: db.prepare(
      `INSERT INTO acknowledgments_received (file_id, document_id, partner_id, standard, kind, functional_id, group_control,
         interchange_control, status, transactions_json, received_at)
       VALUES (@fileId, @documentId, @partnerId, @standard, @kind, @functionalId, @groupControl, @interchangeControl, @status,
         @transactionsJson, @receivedAt)`,
    ),

    outboundOfFile: db.prepare('SELECT interchange_ordinal, group_ordinal, ack_status FROM outbound_acks WHERE file_id = ?'),
    deleteOutboundOfFile: db.prepare('DELETE FROM outbound_acks WHERE file_id = ?'),
    insertOutbound: db.prepare(
      `INSERT INTO outbound_acks (file_id, interchange_ordinal, group_ordinal, group_id, partner_id, standard, functional_id, group_control,
         interchange_control, transaction_count, sent_at, ack_status)
       VALUES (@fileId, @interchangeOrdinal, @groupOrdinal, @groupId, @partnerId, @standard, @functionalId, @groupControl,
         @interchangeControl, @transactionCount, @sentAt, 'pending')`,
    ),
    outboundById: db.prepare('SELECT * FROM outbound_acks WHERE id = ?'),
    outboundX12ByKey: db.prepare(`SELECT id FROM outbound_acks WHERE partner_id = ? AND standard = 'x12' AND functional_id = ? AND group_control = ?`).pluck(),
    outboundEdifactByKey: db.prepare(`SELECT id FROM outbound_acks WHERE partner_id = ? AND standard = 'edifact' AND interchange_control = ?`).pluck(),
    bestX12Match: db.prepare(
      `SELECT id, document_id, status, received_at FROM acknowledgments_received
       WHERE partner_id = ? AND standard = 'x12' AND functional_id = ? AND group_control = ? ORDER BY received_at DESC, id DESC LIMIT 1`,
    ),
    // a response naming the group wins over one for the whole interchange
    bestEdifactMatch: db.prepare(
      `SELECT id, document_id, status, received_at FROM acknowledgments_received
       WHERE partner_id = ? AND standard = 'edifact' AND interchange_control = ? AND group_control IN (?, '')
       ORDER BY group_control = '', received_at DESC, id DESC LIMIT 1`,
    ),
    setOutboundStatus: db.prepare('UPDATE outbound_acks SET ack_status = ?, ack_received_id = ?, ack_document_id = ?, acknowledged_at = ? WHERE id = ?'),
  };
}

export type AckStore = ReturnType<typeof createAckStore>;

const stores = new WeakMap<Database.Database, AckStore>();

/** The statements of one connection, prepared once: the ingest hook runs for every file. */
export function ackStoreFor(db: Database.Database): AckStore {
  let store = stores.get(db);
  if (store === undefined) {
    store = createAckStore(db);
    stores.set(db, store);
  }
  return store;
}
