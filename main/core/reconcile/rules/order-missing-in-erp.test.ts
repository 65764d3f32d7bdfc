import { describe, expect, it } from 'vitest';
import { erpOrder, input, inputs, only, purchaseOrder } from '../test-fixtures.js';

const po = () => purchaseOrder([['1', 'WID-10', '10', 'CA', '12.50'], ['2', 'GAD-02', '24', 'EA', '3.75']]);

describe('order-missing-in-erp', () => {
  it('flags a partner order not in the ERP after the SLA, with its value at risk and the 850 as evidence', () => {
    const [found] = only('order-missing-in-erp', inputs(po()));
    expect(found).toMatchObject({ type: 'order-missing-in-erp', owner: 'sales', threadKey: 'order:3:PO-1', lineKey: null, moneyAtRisk: { amount: '215.00', currency: 'USD' } });
    expect(found?.evidence[0]?.source).toMatchObject({ kind: 'edi', type: '850' });
    expect(found?.actual.text).toBe('no ERP sales order');
  });

  it('is quiet once the ERP has the order', () => {
    expect(only('order-missing-in-erp', inputs(po(), erpOrder([['1', 'WID-10', '10', 'CA', '12.50']])))).toEqual([]);
  });

  it('is due exactly erpOrderWithinHours after receipt: not at the limit, just after it', () => {
    const received = [input(po(), '2026-12-01T10:00:00.000Z')];
    expect(only('order-missing-in-erp', received, { erpOrderWithinHours: 4 }, '2026-12-01T14:00:00.000Z')).toEqual([]);
    expect(only('order-missing-in-erp', received, { erpOrderWithinHours: 4 }, '2026-12-01T14:00:00.001Z')).toHaveLength(1);
  });

  it('takes a date without time as the end of that day, so a missing time never breaches early', () => {
    // documentDate 2026-12-01: the clock starts at 2026-12-02T00:00Z
    expect(only('order-missing-in-erp', inputs(po()), { erpOrderWithinHours: 4 }, '2026-12-02T03:59:00Z')).toEqual([]);
  });

  it('cannot judge an order with neither receipt time nor date', () => {
    const order = po();
    delete order.documentDate;
    expect(only('order-missing-in-erp', inputs(order))).toEqual([]);
  });
});
