import { describe, expect, it } from 'vitest';
import { asn, inputs, only, purchaseOrder, wmsShipment } from '../test-fixtures.js';

const po = purchaseOrder([['1', 'WID-10', '10', 'CA', '12.50']]);
const shipped = (patch = {}) => wmsShipment('W-1', [['1', 'WID-10', '10', 'CA']], { billOfLading: 'BOL-1', ...patch });

describe('asn-missing', () => {
  it('flags a warehouse shipment without an ASN after the SLA, with the shipped value at risk', () => {
    const [found] = only('asn-missing', inputs(po, shipped()));
    expect(found).toMatchObject({ lineKey: 'shipment:W-1', owner: 'edi', chargebackRisk: true, moneyAtRisk: { amount: '125.00' } });
    expect(found?.evidence.map((evidence) => evidence.source.kind).sort()).toEqual(['connector', 'edi']);
  });

  it('is quiet when an ASN covers the shipment (same bill of lading, or an ASN with no shared key)', () => {
    expect(only('asn-missing', inputs(po, shipped(), asn('A-1', [['1', 'WID-10', '10', 'CA']], { billOfLading: 'BOL-1' })))).toEqual([]);
    expect(only('asn-missing', inputs(po, shipped(), asn('A-1', [['1', 'WID-10', '10', 'CA']])))).toEqual([]);
  });

  it('flags the second of two warehouse shipments when the one ASN names the first', () => {
    const second = wmsShipment('W-2', [['1', 'WID-10', '5', 'CA']], { billOfLading: 'BOL-2' });
    expect(only('asn-missing', inputs(po, shipped(), second, asn('A-1', [['1', 'WID-10', '10', 'CA']], { billOfLading: 'BOL-1' })))).toMatchObject([{ lineKey: 'shipment:W-2' }]);
  });

  it('is due exactly asnWithinHours after shipping (shipped 2026-12-02T10:00Z)', () => {
    expect(only('asn-missing', inputs(po, shipped()), { asnWithinHours: 24 }, '2026-12-03T10:00:00.000Z')).toEqual([]);
    expect(only('asn-missing', inputs(po, shipped()), { asnWithinHours: 24 }, '2026-12-03T10:00:00.001Z')).toHaveLength(1);
  });

  it('cannot judge a shipment with no ship date and no time', () => {
    expect(only('asn-missing', inputs(po, shipped({ dates: [] })))).toEqual([]);
  });
});
