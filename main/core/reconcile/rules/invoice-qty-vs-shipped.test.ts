import { describe, expect, it } from 'vitest';
import { asn, inputs, invoice, only, purchaseOrder, wmsShipment } from '../test-fixtures.js';

const po = purchaseOrder([['1', 'WID-10', '10', 'CA', '12.50']]);
const shipped = asn('A-1', [['1', 'WID-10', '8', 'CA']]);

describe('invoice-qty-vs-shipped', () => {
  it('flags more invoiced than shipped, priced at the invoice price', () => {
    expect(only('invoice-qty-vs-shipped', inputs(po, shipped, invoice('I-1', [['1', 'WID-10', '10', 'CA', '12.50']])))).toMatchObject([
      { lineKey: 'line:1', owner: 'finance', expected: { text: '8 CA' }, actual: { text: '10 CA' }, moneyAtRisk: { amount: '25.00' } },
    ]);
  });

  it('sums several invoices and converts units (96 EA = 8 CA)', () => {
    expect(only('invoice-qty-vs-shipped', inputs(po, shipped, invoice('I-1', [['1', 'WID-10', '48', 'EA', '1.04']]), invoice('I-2', [['1', 'WID-10', '4', 'CA', '12.50']])))).toEqual([]);
  });

  it('accepts a difference exactly at the tolerance', () => {
    const nine = inputs(po, shipped, invoice('I-1', [['1', 'WID-10', '9', 'CA', '12.50']]));
    expect(only('invoice-qty-vs-shipped', nine, { quantityUnits: '1' })).toEqual([]);
    expect(only('invoice-qty-vs-shipped', nine, { quantityUnits: '0.5' })).toHaveLength(1);
  });

  it('compares with the warehouse shipment when no ASN was sent, and needs a shipment at all', () => {
    expect(only('invoice-qty-vs-shipped', inputs(po, wmsShipment('W-1', [['1', 'WID-10', '8', 'CA']]), invoice('I-1', [['1', 'WID-10', '10', 'CA', '12.50']])))).toHaveLength(1);
    expect(only('invoice-qty-vs-shipped', inputs(po, invoice('I-1', [['1', 'WID-10', '10', 'CA', '12.50']])))).toEqual([]);
  });
});
