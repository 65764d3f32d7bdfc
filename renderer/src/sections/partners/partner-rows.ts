/** Pure shaping of ledger entries and ack listings into what the Partners tables show. */
import type { LedgerEntry, LedgerKind, LedgerLevel } from '../../../../main/core/ledger/types.js';
import type { AckStatus, OutboundGroupAck, SentAck } from '../../../../main/core/acks/types.js';

export interface DocumentLink {
  documentId: number;
  href: string;
  label: string;
}

export interface LedgerRow {
  key: string;
  kind: LedgerKind;
  kindLabel: string;
  partner: string;
  direction: string;
  level: string;
  /** the number, or the missing range of a gap */
  numbers: string;
  /** extra words for the number column (how many are missing, what came before) */
  numbersNote: string | null;
  firstSeen: string;
  lastSeen: string;
  files: string;
  documents: DocumentLink[];
}

const kindLabels: Record<LedgerKind, string> = { duplicate: 'Duplicate', gap: 'Gap', 'out-of-sequence': 'Out of sequence' };
const levelLabels: Record<LedgerLevel, string> = {
  interchange: 'Interchange (ISA13 / UNB)',
  group: 'Group (GS06 / UNG)',
  transaction: 'Transaction (ST02 / UNH)',
};

/** Short, sortable timestamp: the UTC instant as stored, to the minute (the table headers say UTC). */
export function formatTime(iso: string | null): string {
  if (!iso) return '—';
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
  return match ? `${match[1]} ${match[2]}` : iso;
}

function numbersOf(entry: LedgerEntry): { numbers: string; note: string | null } {
  if (entry.kind === 'gap' && entry.range) {
    const { from, to, count } = entry.range;
    return { numbers: from === to ? String(from) : `${from}–${to}`, note: `${count} missing` };
  }
  const numbers = entry.controlNumber ?? '—';
  if (entry.kind === 'duplicate') return { numbers, note: `used ${entry.occurrenceCount} times` };
  if (entry.kind === 'out-of-sequence' && entry.highestBefore !== null) return { numbers, note: `after ${entry.highestBefore}` };
  return { numbers, note: null };
}

export function documentHref(documentId: number): string {
  return `#/documents/${documentId}`;
}

function documentLinks(entry: LedgerEntry): DocumentLink[] {
  const ids = new Set<number>(entry.documentIds);
  for (const occurrence of entry.occurrences) if (occurrence.documentId !== null) ids.add(occurrence.documentId);
  return [...ids].map((documentId) => ({ documentId, href: documentHref(documentId), label: `Document ${documentId}` }));
}

export function toLedgerRow(entry: LedgerEntry, index: number): LedgerRow {
  const { numbers, note } = numbersOf(entry);
  const fileIds = [...new Set([...entry.fileIds, ...entry.occurrences.map((occurrence) => occurrence.fileId)])];
  return {
    key: `${entry.kind}-${entry.partnerId}-${entry.direction}-${entry.level}-${numbers}-${index}`,
    kind: entry.kind,
    kindLabel: kindLabels[entry.kind],
    partner: entry.partnerName,
    direction: entry.direction === 'inbound' ? 'Inbound' : 'Outbound',
    level: levelLabels[entry.level],
    numbers,
    numbersNote: note,
    firstSeen: formatTime(entry.firstSeenAt),
    lastSeen: formatTime(entry.lastSeenAt),
    files: fileIds.length === 0 ? '—' : fileIds.map((id) => `#${id}`).join(', '),
    documents: documentLinks(entry),
  };
}

export const toLedgerRows = (entries: readonly LedgerEntry[]): LedgerRow[] => entries.map(toLedgerRow);

const ackStatusLabels: Record<AckStatus, string> = {
  pending: 'Pending',
  overdue: 'Overdue',
  accepted: 'Accepted',
  'accepted-with-errors': 'Accepted with errors',
  rejected: 'Rejected',
};

export interface AckStatusRow {
  key: string;
  status: AckStatus;
  statusLabel: string;
  partner: string;
  group: string;
  interchange: string;
  transactions: number;
  sentAt: string;
  /** only while an answer is still awaited */
  dueAt: string | null;
  acknowledgedAt: string;
  ackDocument: DocumentLink | null;
}

export function toAckStatusRow(group: OutboundGroupAck): AckStatusRow {
  const awaiting = group.status === 'pending' || group.status === 'overdue';
  const functional = group.functionalId ? `${group.functionalId} ` : '';
  return {
    key: String(group.groupId),
    status: group.status,
    statusLabel: ackStatusLabels[group.status],
    partner: group.partnerName,
    group: group.groupControl ? `${functional}${group.groupControl}` : functional.trim() || '—',
    interchange: group.interchangeControl,
    transactions: group.transactionCount,
    sentAt: formatTime(group.sentAt),
    dueAt: awaiting ? formatTime(group.dueAt) : null,
    acknowledgedAt: formatTime(group.acknowledgedAt),
    ackDocument:
      group.ackDocumentId === null
        ? null
        : { documentId: group.ackDocumentId, href: documentHref(group.ackDocumentId), label: `Ack ${group.ackDocumentId}` },
  };
}

export interface SentAckRow {
  key: string;
  kind: SentAck['kind'];
  partner: string;
  fileName: string;
  writeStatus: SentAck['status'];
  writeLabel: string;
  failed: boolean;
  error: string | null;
  outcome: string;
  answers: string;
  createdAt: string;
}

const writeLabels: Record<SentAck['status'], string> = { pending: 'Not yet written', written: 'Written', failed: 'Failed' };

export function toSentAckRow(ack: SentAck): SentAckRow {
  const group = ack.acknowledgedGroup ? ` / group ${ack.functionalId ? `${ack.functionalId} ` : ''}${ack.acknowledgedGroup}` : '';
  return {
    key: String(ack.id),
    kind: ack.kind,
    partner: ack.partnerName,
    fileName: ack.fileName,
    writeStatus: ack.status,
    writeLabel: writeLabels[ack.status],
    failed: ack.status === 'failed',
    error: ack.error,
    outcome: ackStatusLabels[ack.outcome],
    answers: `interchange ${ack.acknowledgedInterchange}${group}`,
    createdAt: formatTime(ack.createdAt),
  };
}
