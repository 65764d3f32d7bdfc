import { describe, expect, it } from 'vitest';
import { formatTime, toAckStatusRow, toLedgerRows, toSentAckRow } from './partner-rows.js';
import { ledgerEntry, outboundGroup, sentAck } from './test-data.js';

describe('ledger rows', () => {
  it('shows a gap as its missing range with a count, and links each document once', () => {
    const [row] = toLedgerRows([ledgerEntry({ range: { from: 2, to: 5, count: 4 }, documentIds: [21] })]);
    expect(row).toMatchObject({ kind: 'gap', kindLabel: 'Gap', numbers: '2–5', numbersNote: '4 missing', direction: 'Inbound' });
    expect(row!.level).toContain('ISA13');
    expect(row!.documents.map((link) => link.href)).toEqual(['#/documents/21', '#/documents/22']);
    expect(row!.files).toBe('#10, #11');
    expect(row!.firstSeen).toBe('2026-11-27 10:00');
    expect(row!.lastSeen).toBe('2026-11-27 11:30');
  });

  it('shows a single missing number without a range, a duplicate with its use count, out-of-sequence with what came before', () => {
    const rows = toLedgerRows([
      ledgerEntry(),
      ledgerEntry({ kind: 'duplicate', controlNumber: '000000007', range: null, occurrenceCount: 3, level: 'group', direction: 'outbound' }),
      ledgerEntry({ kind: 'out-of-sequence', controlNumber: '4', range: null, highestBefore: 9, level: 'transaction' }),
    ]);
    expect(rows.map((row) => [row.kindLabel, row.numbers, row.numbersNote])).toEqual([
      ['Gap', '2', '1 missing'],
      ['Duplicate', '000000007', 'used 3 times'],
      ['Out of sequence', '4', 'after 9'],
    ]);
    expect(rows[1]!.direction).toBe('Outbound');
    expect(rows[1]!.level).toContain('GS06');
    expect(rows[2]!.level).toContain('ST02');
    expect(new Set(rows.map((row) => row.key)).size).toBe(3);
  });

  it('has no links when no document id is known', () => {
    const [row] = toLedgerRows([
      ledgerEntry({ documentIds: [], occurrences: [{ fileId: 10, interchangeId: 1, groupId: null, documentId: null, controlNumber: '1', receivedAt: '' }] }),
    ]);
    expect(row!.documents).toEqual([]);
  });
});

describe('ack rows', () => {
  it('gives a due time only while the answer is awaited, and links the ack document once it came', () => {
    const overdue = toAckStatusRow(outboundGroup());
    expect(overdue).toMatchObject({ statusLabel: 'Overdue', dueAt: '2026-11-27 08:00', ackDocument: null, group: 'IN 42' });
    const accepted = toAckStatusRow(outboundGroup({ status: 'accepted-with-errors', ackDocumentId: 99, acknowledgedAt: '2026-11-26T09:15:00Z' }));
    expect(accepted).toMatchObject({ statusLabel: 'Accepted with errors', dueAt: null, acknowledgedAt: '2026-11-26 09:15' });
    expect(accepted.ackDocument?.href).toBe('#/documents/99');
  });

  it('marks failed writes and says what the ack answers', () => {
    expect(toSentAckRow(sentAck())).toMatchObject({ failed: false, writeLabel: 'Written', answers: 'interchange 000000001 / group PO 1', outcome: 'Accepted' });
    const failed = toSentAckRow(sentAck({ status: 'failed', error: 'EACCES', acknowledgedGroup: null, kind: 'TA1' }));
    expect(failed).toMatchObject({ failed: true, writeLabel: 'Failed', error: 'EACCES', answers: 'interchange 000000001' });
  });

  it('formats missing and odd times plainly', () => {
    expect(formatTime(null)).toBe('—');
    expect(formatTime('yesterday')).toBe('yesterday');
  });
});
