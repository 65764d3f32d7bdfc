import { describe, expect, it } from 'vitest';
import type { OrderChange } from '../../canonical/index.js';
import { ediSource, erpOrder, inputs, only, purchaseOrder } from '../test-fixtures.js';

const po = purchaseOrder([['1', 'WID-10', '10', 'CA', '12.50']]);

describe('qty-mismatch', () => {
  it('flags an ERP quantity that differs from the ordered one', () => {
    const [found] = only('qty-mismatch', inputs(po, erpOrder([['1', 'WID-10', '12', 'CA', '12.50']])));
    expect(found).toMatchObject({ lineKey: 'line:1', expected: { text: '10 CA' }, actual: { text: '12 CA' }, moneyAtRisk: { amount: '25.00' } });
  });

  it('accepts a difference exactly at the unit or percent tolerance', () => {
    const erp = inputs(po, erpOrder([['1', 'WID-10', '12', 'CA']]));
    expect(only('qty-mismatch', erp, { quantityUnits: '2' })).toEqual([]);
    expect(only('qty-mismatch', erp, { quantityPercent: '20' })).toEqual([]);
    expect(only('qty-mismatch', erp, { quantityPercent: '19.99' })).toHaveLength(1);
  });

  it('converts the ERP line into the order line unit (120 EA = 10 CA)', () => {
    expect(only('qty-mismatch', inputs(po, erpOrder([['1', 'WID-10', '120', 'EA']])))).toEqual([]);
  });

  it('measures against the order after the partner changed it', () => {
    const change: OrderChange = { kind: 'order-change', source: ediSource('860', '3001'), partner: { id: 3 }, channel: 'edi', poNumber: 'PO-1', lines: [{ lineNumber: '1', change: 'quantity', quantity: { value: '8', uom: 'CA' } }] };
    expect(only('qty-mismatch', inputs(po, change, erpOrder([['1', 'WID-10', '8', 'CA']])))).toEqual([]);
    expect(only('qty-mismatch', inputs(po, change, erpOrder([['1', 'WID-10', '10', 'CA']])))).toHaveLength(1);
  });

  it('flags an ERP line that is not on the order as ordered 0', () => {
    const found = only('qty-mismatch', inputs(po, erpOrder([['1', 'WID-10', '10', 'CA'], ['2', 'BOLT-7', '5', 'EA']])));
    expect(found).toMatchObject([{ lineKey: 'item:sku:BOLT-7', expected: { text: '0 EA' }, actual: { text: '5 EA' } }]);
  });

  it('skips a line whose units no cross-reference links', () => {
    expect(only('qty-mismatch', inputs(po, erpOrder([['1', 'WID-10', '3', 'PL']])))).toEqual([]);
  });
});
