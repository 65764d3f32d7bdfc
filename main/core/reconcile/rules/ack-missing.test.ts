import { describe, expect, it } from 'vitest';
import { input, inputs, only, orderAck, purchaseOrder } from '../test-fixtures.js';

const po = (patch = {}) => purchaseOrder([['1', 'WID-10', '10', 'CA', '12.50']], patch);

describe('ack-missing', () => {
  it('flags an EDI order without our acknowledgment after the SLA, as a chargeback risk', () => {
    const [found] = only('ack-missing', inputs(po()));
    expect(found).toMatchObject({ type: 'ack-missing', owner: 'edi', chargebackRisk: true });
  });

  it('is quiet when an acknowledgment exists, and for orders from channels without acks', () => {
    expect(only('ack-missing', inputs(po(), orderAck(undefined)))).toEqual([]);
    expect(only('ack-missing', inputs(po({ channel: 'ecommerce' })))).toEqual([]);
  });

  it('is due exactly orderAckWithinHours after receipt', () => {
    const received = [input(po(), '2026-12-01T06:00:00.000Z')];
    expect(only('ack-missing', received, { orderAckWithinHours: 24 }, '2026-12-02T06:00:00.000Z')).toEqual([]);
    expect(only('ack-missing', received, { orderAckWithinHours: 24 }, '2026-12-02T06:00:00.001Z')).toHaveLength(1);
  });

  it('cannot judge an order without any time', () => {
    const order = po();
    delete order.documentDate;
    expect(only('ack-missing', inputs(order))).toEqual([]);
  });
});
