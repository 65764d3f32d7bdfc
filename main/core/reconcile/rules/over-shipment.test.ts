import { describe, expect, it } from 'vitest';
import { asn, inputs, only, purchaseOrder, wmsShipment } from '../test-fixtures.js';

const po = purchaseOrder([['1', 'WID-10', '10', 'CA', '12.50']]);

describe('over-shipment', () => {
  it('sums partial shipments and flags more shipped than ordered, with the excess at risk', () => {
    const found = only('over-shipment', inputs(po, asn('A-1', [['1', 'WID-10', '6', 'CA']]), asn('A-2', [['1', 'WID-10', '6', 'CA']])));
    expect(found).toMatchObject([{ lineKey: 'line:1', owner: 'warehouse', expected: { text: '10 CA' }, actual: { text: '12 CA' }, moneyAtRisk: { amount: '25.00' } }]);
    expect(found[0]?.evidence).toHaveLength(3);
  });

  it('accepts an excess exactly at the tolerance', () => {
    const twelve = inputs(po, asn('A-1', [['1', 'WID-10', '12', 'CA']]));
    expect(only('over-shipment', twelve, { quantityUnits: '2' })).toEqual([]);
    expect(only('over-shipment', twelve, { quantityUnits: '1.99' })).toHaveLength(1);
  });

  it('flags goods that are not on the order at all', () => {
    expect(only('over-shipment', inputs(po, asn('A-1', [['1', 'WID-10', '10', 'CA'], ['9', 'BOLT-7', '3', 'EA']])))).toMatchObject([{ lineKey: 'item:sku:BOLT-7', expected: { text: '0 EA' } }]);
  });

  it('uses the warehouse shipments when no ASN was sent, and is quiet without any order', () => {
    expect(only('over-shipment', inputs(po, wmsShipment('W-1', [['1', 'WID-10', '11', 'CA']])))).toHaveLength(1);
    expect(only('over-shipment', inputs(asn('A-1', [['1', 'WID-10', '11', 'CA']])))).toEqual([]);
  });
});
