import { describe, expect, it } from 'vitest';
import { erpOrder, input, inputs, only, purchaseOrder } from '../test-fixtures.js';

const erp = (patch = {}) => erpOrder([['1', 'WID-10', '10', 'CA', '12.50']], patch);

describe('erp-order-without-edi', () => {
  it('flags an ERP order for an EDI partner with no EDI order', () => {
    const [found] = only('erp-order-without-edi', inputs(erp()));
    expect(found).toMatchObject({ type: 'erp-order-without-edi', owner: 'sales', moneyAtRisk: { amount: '125.00' } });
    expect(found?.evidence[0]?.source).toMatchObject({ kind: 'connector', connector: 'erp', recordId: 'SO-1' });
  });

  it('is quiet when the EDI order is there, or when the ERP order is not from the EDI channel', () => {
    expect(only('erp-order-without-edi', inputs(erp(), purchaseOrder([['1', 'WID-10', '10', 'CA']])))).toEqual([]);
    expect(only('erp-order-without-edi', inputs(erp({ channel: 'field-sales' })))).toEqual([]);
  });

  it('waits ediOrderWithinHours: not at the limit, just after it', () => {
    const entered = [input(erp(), '2026-12-01T08:00:00.000Z')];
    expect(only('erp-order-without-edi', entered, { ediOrderWithinHours: 24 }, '2026-12-02T08:00:00.000Z')).toEqual([]);
    expect(only('erp-order-without-edi', entered, { ediOrderWithinHours: 24 }, '2026-12-02T08:00:01.000Z')).toHaveLength(1);
  });

  it('cannot judge an ERP order without any time', () => {
    const order = erp();
    delete order.documentDate;
    expect(only('erp-order-without-edi', inputs(order))).toEqual([]);
  });
});
