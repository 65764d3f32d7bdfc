/** Result and event types of acknowledgments (plain JSON: they cross IPC and HTTP). */
import type { AckPolicy } from './schema.js';

export type AckStatus = 'pending' | 'overdue' | 'accepted' | 'accepted-with-errors' | 'rejected';
export type AckOutcome = 'accepted' | 'accepted-with-errors' | 'rejected';

/** What a partner's ack said about one of the group's transaction sets / messages. */
export interface AckedTransaction {
  controlNumber: string;
  type: string;
  status: AckOutcome;
  /** AK5/IK5 error codes, CONTRL UCM syntax error code */
  codes: string[];
}

/** One of our outbound groups and what the partner acknowledged. */
export interface OutboundGroupAck {
  groupId: number;
  fileId: number;
  partnerId: number;
  partnerName: string;
  standard: 'x12' | 'edifact';
  /** X12 GS01; EDIFACT UNG 0038 ('' without UNG) */
  functionalId: string;
  /** GS06 / UNG 0048 ('' without UNG) */
  groupControl: string;
  /** ISA13 / UNB 0020 */
  interchangeControl: string;
  transactionCount: number;
  sentAt: string;
  /** when a pending group becomes overdue */
  dueAt: string;
  status: AckStatus;
  /** the partner's 997/999/CONTRL document, when one arrived */
  ackDocumentId: number | null;
  acknowledgedAt: string | null;
  /** per transaction set, as acknowledged (empty while pending) */
  transactions: AckedTransaction[];
}

export interface OutboundGroupAckPage {
  items: OutboundGroupAck[];
  total: number;
}

/** An ack we generated and wrote to outbox/. */
export interface SentAck {
  id: number;
  partnerId: number;
  partnerName: string;
  kind: '997' | '999' | 'TA1' | 'CONTRL';
  standard: 'x12' | 'edifact';
  fileName: string;
  status: 'pending' | 'written' | 'failed';
  error: string | null;
  /** the inbound file and envelope it answers */
  fileId: number;
  groupId: number | null;
  acknowledgedInterchange: string;
  acknowledgedGroup: string | null;
  functionalId: string | null;
  /** what we told the partner */
  outcome: AckOutcome;
  /** the ack's own control numbers */
  interchangeControl: string;
  groupControl: string | null;
  transactionControl: string | null;
  createdAt: string;
  writtenAt: string | null;
}

export interface SentAckPage {
  items: SentAck[];
  total: number;
}

export interface PartnerAckPolicy {
  partnerId: number;
  policy: AckPolicy;
  /** the partner's own overdue hours, or null when it follows the workspace setting */
  ackOverdueHours: number | null;
  /** the hours that apply */
  effectiveOverdueHours: number;
}

/** Pushed when acks were generated or an outbound group's ack status changed. */
export interface AcksChanged {
  partnerIds: number[];
  /** acks written to outbox/ */
  sent: number;
  /** outbound groups whose status changed */
  statusChanges: number;
}

/** The acknowledgment side of one document (the document view). */
export interface DocumentAcks {
  documentId: number;
  direction: 'inbound' | 'outbound';
  /** outbound: the partner's ack of the document's group; null when the group awaits none (an ack itself) */
  received: {
    status: AckStatus;
    sentAt: string;
    dueAt: string;
    ackDocumentId: number | null;
    acknowledgedAt: string | null;
    /** what the ack said about this transaction set / message, when it named it */
    transaction: AckedTransaction | null;
  } | null;
  /** inbound: the acks we sent for its group and its interchange */
  sent: SentAck[];
}
