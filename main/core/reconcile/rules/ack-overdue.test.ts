import { describe, expect, it } from 'vitest';
import { ackFact, only } from '../test-fixtures.js';

describe('ack-overdue', () => {
  it('flags a group the ack module calls overdue', () => {
    expect(only('ack-overdue', [ackFact({ status: 'overdue' })])).toMatchObject([{ type: 'ack-overdue', owner: 'edi', expected: { value: { kind: 'instant', at: '2026-12-05T10:00:00.000Z' } } }]);
  });

  it('decides a pending group against now: overdue from the instant it is due, as main/core/acks does', () => {
    const pending = [ackFact({ status: 'pending' })];
    expect(only('ack-overdue', pending, {}, '2026-12-05T09:59:59.999Z')).toEqual([]);
    expect(only('ack-overdue', pending, {}, '2026-12-05T10:00:00.000Z')).toHaveLength(1);
  });

  it('is quiet for acknowledged groups whatever the time', () => {
    for (const status of ['accepted', 'accepted-with-errors', 'rejected'] as const) expect(only('ack-overdue', [ackFact({ status })])).toEqual([]);
  });

  it('cannot judge a pending group without a readable due time', () => {
    expect(only('ack-overdue', [ackFact({ status: 'pending', dueAt: 'unknown' })])).toEqual([]);
  });
});
