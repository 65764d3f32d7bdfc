import { describe, expect, it } from 'vitest';
import { inputs, invoice, only, purchaseOrder } from '../test-fixtures.js';

const po = purchaseOrder([['1', 'WID-10', '10', 'CA', '12.50']]);

describe('invoice-price-vs-po', () => {
  it('flags an invoice price beyond the tolerance, keyed by invoice and line', () => {
    expect(only('invoice-price-vs-po', inputs(po, invoice('I-1', [['1', 'WID-10', '10', 'CA', '12.90']])), { pricePercent: '3' })).toMatchObject([
      { lineKey: 'I-1/line:1', owner: 'finance', expected: { value: { amount: '12.50' } }, actual: { value: { amount: '12.90' } }, moneyAtRisk: { amount: '4.00', currency: 'USD' } },
    ]);
  });

  it('accepts a price exactly at the tolerance (12.90 is 3.2 % above 12.50)', () => {
    expect(only('invoice-price-vs-po', inputs(po, invoice('I-1', [['1', 'WID-10', '10', 'CA', '12.90']])), { pricePercent: '3.2' })).toEqual([]);
  });

  it('compares an invoice price per each with the PO price per case', () => {
    expect(only('invoice-price-vs-po', inputs(po, invoice('I-1', [['1', 'WID-10', '120', 'EA', '1.0416666']])), { pricePercent: '0.01' })).toEqual([]);
  });

  it('cannot judge without a PO price, or without a PO', () => {
    expect(only('invoice-price-vs-po', inputs(purchaseOrder([['1', 'WID-10', '10', 'CA']]), invoice('I-1', [['1', 'WID-10', '10', 'CA', '99']])))).toEqual([]);
    expect(only('invoice-price-vs-po', inputs(invoice('I-1', [['1', 'WID-10', '10', 'CA', '99']])))).toEqual([]);
  });
});
