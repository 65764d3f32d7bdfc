import { describe, expect, it } from 'vitest';
import { inputs, only, orderAck, purchaseOrder } from '../test-fixtures.js';

const po = () => purchaseOrder([['1', 'WID-10', '10', 'CA', '12.50'], ['2', 'GAD-02', '24', 'EA', '3.75']]);

describe('ack-line-rejected', () => {
  it('flags a rejected line with the rejected quantity and its value', () => {
    const ack = orderAck([
      { lineNumber: '1', statuses: [{ status: 'accepted', quantity: { value: '10', uom: 'CA' } }] },
      { lineNumber: '2', statuses: [{ status: 'rejected', code: 'IR', quantity: { value: '24', uom: 'EA' } }] },
    ]);
    const [found, ...rest] = only('ack-line-rejected', inputs(po(), ack));
    expect(rest).toEqual([]);
    expect(found).toMatchObject({ lineKey: 'line:2', owner: 'sales', expected: { value: { value: '24', uom: 'EA' } }, actual: { value: { value: '24', uom: 'EA' } }, moneyAtRisk: { amount: '90.00' } });
  });

  it('converts a rejection stated in cases into the order line unit', () => {
    const ack = orderAck([{ lineNumber: '2', statuses: [{ status: 'accepted', quantity: { value: '12', uom: 'EA' } }, { status: 'rejected', quantity: { value: '1', uom: 'CA' } }] }]);
    expect(only('ack-line-rejected', inputs(po(), ack))[0]?.actual.value).toEqual({ kind: 'quantity', value: '12', uom: 'EA' });
  });

  it('flags an acknowledgment rejecting the whole order', () => {
    expect(only('ack-line-rejected', inputs(po(), orderAck(undefined, { status: 'rejected', statusCode: 'RJ' })))).toMatchObject([{ lineKey: 'order', moneyAtRisk: { amount: '215.00' } }]);
  });

  it('is quiet for accepted and backordered lines, and when there is no ack', () => {
    const ack = orderAck([{ lineNumber: '2', statuses: [{ status: 'accepted', quantity: { value: '12', uom: 'EA' } }, { status: 'backordered', quantity: { value: '12', uom: 'EA' } }] }]);
    expect(only('ack-line-rejected', inputs(po(), ack))).toEqual([]);
    expect(only('ack-line-rejected', inputs(po()))).toEqual([]);
  });

  it('judges only the latest acknowledgment', () => {
    const first = orderAck([{ lineNumber: '2', statuses: [{ status: 'rejected' }] }], { documentDate: { value: '2026-12-01', precision: 'day' } });
    const second = orderAck([{ lineNumber: '2', statuses: [{ status: 'accepted' }] }], { documentDate: { value: '2026-12-02', precision: 'day' } });
    expect(only('ack-line-rejected', inputs(po(), first, second))).toEqual([]);
  });
});
