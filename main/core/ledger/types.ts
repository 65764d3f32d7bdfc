/** Result types of the control-number ledger (plain JSON: they cross IPC and HTTP). */

/** interchange: ISA13 / UNB 0020; group: GS06 / UNG 0048; transaction: ST02 / UNH 0062 */
export type LedgerLevel = 'interchange' | 'group' | 'transaction';
export type LedgerKind = 'duplicate' | 'gap' | 'out-of-sequence';
export type LedgerDirection = 'inbound' | 'outbound';

/**
 * Whose numbers a finding is about: one partner may hold several series (a merged test and production id, two ids
 * of one company, two of our own ids), each numbered on its own. Ids trimmed and upper-cased.
 */
export interface LedgerSeries {
  /** the interchange sender that numbered: the partner's id inbound, ours outbound (ISA05/06, UNB 0007/0004) */
  senderQualifier: string;
  senderId: string;
  /** outbound: the partner id we numbered for (ISA07/08, UNB recipient); null inbound */
  receiverQualifier: string | null;
  receiverId: string | null;
}

/** One place a control number was seen: the file and the envelope rows as stored now. */
export interface LedgerOccurrence {
  fileId: number;
  interchangeId: number;
  /** null at the interchange level */
  groupId: number | null;
  /** the document itself at the transaction level; the envelope's first document at the other levels */
  documentId: number | null;
  controlNumber: string;
  /** when the file was first received */
  receivedAt: string;
}

export interface LedgerEntry {
  kind: LedgerKind;
  partnerId: number;
  partnerName: string;
  /** inbound: the partner's numbers; outbound: ours to the partner */
  direction: LedgerDirection;
  level: LedgerLevel;
  /** the series the numbers belong to; always set by listLedger (optional so hand-built entries, e.g. test data, stay valid) */
  series?: LedgerSeries;
  /** duplicate and out-of-sequence: the number concerned; gap: null */
  controlNumber: string | null;
  /** gap: the missing numbers, inclusive */
  range: { from: number; to: number; count: number } | null;
  /** out-of-sequence: the highest number of the same sequence received before it */
  highestBefore: number | null;
  /** duplicate: every use (up to a cap); gap: the numbers on either side; out-of-sequence: the late one */
  occurrences: LedgerOccurrence[];
  /** how many occurrences there are in all (occurrences may be capped) */
  occurrenceCount: number;
  fileIds: number[];
  documentIds: number[];
  firstSeenAt: string;
  lastSeenAt: string;
}

export interface LedgerFilter {
  partnerId?: number;
  direction?: LedgerDirection;
  level?: LedgerLevel;
  kind?: LedgerKind;
  /** only series numbered by this envelope id (LedgerSeries.senderId; trimmed, case-insensitive) */
  senderId?: string;
  /** default 500 */
  limit?: number;
}

export interface LedgerList {
  entries: LedgerEntry[];
  /** entries found before the limit was applied */
  total: number;
}
