/** Sample contract values for the Partners tests. */
import type { LedgerEntry } from '../../../../main/core/ledger/types.js';
import type { OutboundGroupAck, SentAck } from '../../../../main/core/acks/types.js';

export function ledgerEntry(overrides: Partial<LedgerEntry> = {}): LedgerEntry {
  return {
    kind: 'gap',
    partnerId: 3,
    partnerName: 'Buyer Co',
    direction: 'inbound',
    level: 'interchange',
    controlNumber: null,
    range: { from: 2, to: 2, count: 1 },
    highestBefore: null,
    occurrences: [
      { fileId: 10, interchangeId: 1, groupId: null, documentId: 21, controlNumber: '000000001', receivedAt: '2026-11-27T10:00:00.000Z' },
      { fileId: 11, interchangeId: 2, groupId: null, documentId: 22, controlNumber: '000000003', receivedAt: '2026-11-27T11:30:00.000Z' },
    ],
    occurrenceCount: 2,
    fileIds: [10, 11],
    documentIds: [21, 22],
    firstSeenAt: '2026-11-27T10:00:00.000Z',
    lastSeenAt: '2026-11-27T11:30:00.000Z',
    ...overrides,
  };
}

export function outboundGroup(overrides: Partial<OutboundGroupAck> = {}): OutboundGroupAck {
  return {
    groupId: 7,
    fileId: 4,
    partnerId: 3,
    partnerName: 'Buyer Co',
    standard: 'x12',
    functionalId: 'IN',
    groupControl: '42',
    interchangeControl: '000000042',
    transactionCount: 2,
    sentAt: '2026-11-26T08:00:00.000Z',
    dueAt: '2026-11-27T08:00:00.000Z',
    status: 'overdue',
    ackDocumentId: null,
    acknowledgedAt: null,
    transactions: [],
    ...overrides,
  };
}

export function sentAck(overrides: Partial<SentAck> = {}): SentAck {
  return {
    id: 5,
    partnerId: 3,
    partnerName: 'Buyer Co',
    kind: '997',
    standard: 'x12',
    fileName: '997-BUYERCO-000000001.x12',
    status: 'written',
    error: null,
    fileId: 10,
    groupId: 1,
    acknowledgedInterchange: '000000001',
    acknowledgedGroup: '1',
    functionalId: 'PO',
    outcome: 'accepted',
    interchangeControl: '000000001',
    groupControl: '1',
    transactionControl: '0001',
    createdAt: '2026-11-27T10:00:01.000Z',
    writtenAt: '2026-11-27T10:00:01.000Z',
    ...overrides,
  };
}
