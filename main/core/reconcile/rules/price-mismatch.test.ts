import { describe, expect, it } from 'vitest';
import { erpOrder, inputs, only, purchaseOrder } from '../test-fixtures.js';

const po = purchaseOrder([['1', 'WID-10', '10', 'CA', '10.00']]);

describe('price-mismatch', () => {
  it('flags an ERP price beyond the price tolerance, with the difference × quantity at risk', () => {
    const [found] = only('price-mismatch', inputs(po, erpOrder([['1', 'WID-10', '10', 'CA', '10.60']])), { pricePercent: '5' });
    expect(found).toMatchObject({ lineKey: 'line:1', owner: 'sales', expected: { value: { amount: '10.00', currency: 'USD' } }, actual: { value: { amount: '10.60' } }, moneyAtRisk: { amount: '6.00', currency: 'USD' } });
  });

  it('accepts a price exactly at the tolerance and flags one a cent beyond', () => {
    expect(only('price-mismatch', inputs(po, erpOrder([['1', 'WID-10', '10', 'CA', '10.50']])), { pricePercent: '5' })).toEqual([]);
    expect(only('price-mismatch', inputs(po, erpOrder([['1', 'WID-10', '10', 'CA', '10.51']])), { pricePercent: '5' })).toHaveLength(1);
    expect(only('price-mismatch', inputs(po, erpOrder([['1', 'WID-10', '10', 'CA', '9.50']])), { pricePercent: '5' })).toEqual([]);
  });

  it('compares a price per each with a price per case through the CA = 12 EA conversion', () => {
    const perCase = purchaseOrder([['1', 'WID-10', '10', 'CA', '12.00']]);
    expect(only('price-mismatch', inputs(perCase, erpOrder([['1', 'WID-10', '120', 'EA', '1.00']])))).toEqual([]);
    expect(only('price-mismatch', inputs(perCase, erpOrder([['1', 'WID-10', '120', 'EA', '1.10']])))[0]?.actual.value).toEqual({ kind: 'money', amount: '13.20', currency: 'USD' });
  });

  it('cannot judge a line without a price on either side, or without an ERP order', () => {
    expect(only('price-mismatch', inputs(po, erpOrder([['1', 'WID-10', '10', 'CA']])))).toEqual([]);
    expect(only('price-mismatch', inputs(po))).toEqual([]);
  });
});
