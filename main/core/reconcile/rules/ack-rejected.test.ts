import { describe, expect, it } from 'vitest';
import { ackFact, only } from '../test-fixtures.js';

describe('ack-rejected', () => {
  it('flags a rejected group of ship notices as a chargeback risk', () => {
    const [found] = only('ack-rejected', [ackFact({ status: 'rejected' })]);
    expect(found).toMatchObject({ lineKey: 'group', chargebackRisk: true, severity: 'high', owner: 'edi' });
    expect(found?.evidence[0]?.source).toEqual({ kind: 'ack-group', groupId: 51, fileId: 90, ackDocumentId: null });
  });

  it('flags each set rejected in a group accepted with errors', () => {
    const found = only('ack-rejected', [ackFact({ status: 'accepted-with-errors', functionalId: 'PR', rejectedTransactions: [{ controlNumber: '0002', type: '855', codes: ['5'] }, { controlNumber: '0004', type: '855', codes: [] }] })]);
    expect(found.map((item) => item.lineKey).sort()).toEqual(['set:0002', 'set:0004']);
  });

  it('does not call an order-acknowledgment-free group a chargeback risk', () => {
    expect(only('ack-rejected', [ackFact({ status: 'rejected', functionalId: 'FA' })])[0]?.chargebackRisk).toBe(false);
  });

  it('is quiet for accepted, pending and overdue groups', () => {
    for (const status of ['accepted', 'pending', 'overdue'] as const) expect(only('ack-rejected', [ackFact({ status })])).toEqual([]);
  });
});
