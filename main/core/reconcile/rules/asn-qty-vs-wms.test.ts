import { describe, expect, it } from 'vitest';
import { asn, inputs, only, purchaseOrder, wmsShipment } from '../test-fixtures.js';

const po = purchaseOrder([['1', 'WID-10', '10', 'CA', '12.50'], ['2', 'GAD-02', '24', 'EA', '3.75']]);

describe('asn-qty-vs-wms', () => {
  it('flags an order line where the ASN says more than the warehouse shipped', () => {
    const found = only('asn-qty-vs-wms', inputs(po, asn('A-1', [['1', 'WID-10', '10', 'CA']]), wmsShipment('W-1', [['1', 'WID-10', '8', 'CA']])));
    expect(found).toMatchObject([{ lineKey: 'line:1', expected: { text: '8 CA' }, actual: { text: '10 CA' }, moneyAtRisk: { amount: '25.00' }, chargebackRisk: true }]);
  });

  it('is exact: equal quantities, also across units (1 CA = 12 EA), are quiet; any difference is not', () => {
    expect(only('asn-qty-vs-wms', inputs(po, asn('A-1', [['2', 'GAD-02', '2', 'CA']]), wmsShipment('W-1', [['2', 'GAD-02', '24', 'EA']])))).toEqual([]);
    expect(only('asn-qty-vs-wms', inputs(po, asn('A-1', [['2', 'GAD-02', '2', 'CA']]), wmsShipment('W-1', [['2', 'GAD-02', '23', 'EA']])), { quantityUnits: '5' })).toHaveLength(1);
  });

  it('compares cartons by SSCC: a carton missing from the ASN and one with other contents', () => {
    const wms = wmsShipment('W-1', [['1', 'WID-10', '5', 'CA', '000000000000000011'], ['1', 'WID-10', '5', 'CA', '000000000000000028'], ['2', 'GAD-02', '24', 'EA', '000000000000000035']]);
    const told = asn('A-1', [['1', 'WID-10', '10', 'CA', '000000000000000011'], ['2', 'GAD-02', '24', 'EA', '000000000000000035']]);
    const found = only('asn-qty-vs-wms', inputs(po, wms, told));
    expect(found.map((item) => item.lineKey).sort()).toEqual(['sscc:000000000000000011', 'sscc:000000000000000028']);
    expect(found.find((item) => item.lineKey === 'sscc:000000000000000028')?.actual.text).toBe('carton not on the ASN');
  });

  it('cannot compare without both an ASN and a warehouse shipment', () => {
    expect(only('asn-qty-vs-wms', inputs(po, asn('A-1', [['1', 'WID-10', '10', 'CA']])))).toEqual([]);
    expect(only('asn-qty-vs-wms', inputs(po, wmsShipment('W-1', [['1', 'WID-10', '10', 'CA']])))).toEqual([]);
  });
});
