import { describe, expect, it } from 'vitest';
import { asn, input, inputs, only, purchaseOrder, wmsShipment } from '../test-fixtures.js';

const po = purchaseOrder([['1', 'WID-10', '10', 'CA']]);
const wms = wmsShipment('W-1', [['1', 'WID-10', '10', 'CA']], { billOfLading: 'BOL-1' });
const notice = asn('A-1', [['1', 'WID-10', '10', 'CA']], { billOfLading: 'BOL-1' });

describe('asn-late', () => {
  it('flags an ASN sent after the SLA from the warehouse ship time, as a chargeback risk', () => {
    const found = only('asn-late', [input(po), input(wms), input(notice, '2026-12-04T09:00:00.000Z')], { asnWithinHours: 24 });
    expect(found).toMatchObject([{ lineKey: 'asn:A-1', chargebackRisk: true, owner: 'edi', actual: { value: { kind: 'instant', at: '2026-12-04T09:00:00.000Z' } } }]);
  });

  it('accepts an ASN sent exactly at the deadline (shipped 2026-12-02T10:00Z + 24 h)', () => {
    expect(only('asn-late', [input(po), input(wms), input(notice, '2026-12-03T10:00:00.000Z')], { asnWithinHours: 24 })).toEqual([]);
    expect(only('asn-late', [input(po), input(wms), input(notice, '2026-12-03T10:00:01.000Z')], { asnWithinHours: 24 })).toHaveLength(1);
  });

  it("uses the ASN's own ship date without a warehouse record, taking a day without time leniently", () => {
    // shipped 2026-12-02 (the day ends 12-03T00:00Z), sent 2026-12-02T15:00Z
    expect(only('asn-late', inputs(po, notice), { asnWithinHours: 1 })).toEqual([]);
    expect(only('asn-late', [input(po), input(notice, '2026-12-03T01:00:01Z')], { asnWithinHours: 1 })).toHaveLength(1);
  });

  it('cannot judge an ASN with no ship date and no warehouse record', () => {
    expect(only('asn-late', inputs(po, asn('A-2', [['1', 'WID-10', '10', 'CA']], { dates: [] })), { asnWithinHours: 1 })).toEqual([]);
  });
});
