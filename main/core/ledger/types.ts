/** Result types of the control-number ledger (plain JSON: they cross IPC and HTTP). */

/** interchange: ISA13 / UNB 0020; group: GS06 / UNG 0048; transaction: ST02 / UNH 0062 */
export type LedgerLevel = 'interchange' | 'group' | 'transaction';
export type LedgerKind = 'duplicate' | 'gap' | 'out-of-sequence';
export type LedgerDirection = 'inbound' | 'outbound';

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
  /** default 500 */
  limit?: number;
}

export interface LedgerList {
  entries: LedgerEntry[];
  /** entries found before the limit was applied */
  total: number;
}
