import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { ShipmentCheckDetail } from '../../../../main/core/reconcile-store/types.js';
import { CartonCheck } from './CartonCheck.js';
import { TodayList } from './TodayList.js';

const SSCC_A = '006141410000000011';
const SSCC_B = '006141410000000028';
const detail: ShipmentCheckDetail = {
  threadKey: 'order:1:PO-1',
  partnerName: 'ACME',
  poNumber: 'PO-1',
  asnNumber: 'ASN-1',
  shipmentNumber: 'SHP-1',
  billOfLading: null,
  shippedAt: '2026-11-28',
  cartons: 2,
  match: 'mismatch',
  openMismatches: 1,
  cartonsCompared: [
    { sscc: SSCC_A, wms: [{ product: 'WIDGET', quantity: '12', uom: 'EA' }], asn: [{ product: 'WIDGET', quantity: '12', uom: 'EA' }], match: 'matched' },
    { sscc: SSCC_B, wms: [{ product: 'WIDGET', quantity: '10', uom: 'EA' }], asn: [{ product: 'WIDGET', quantity: '12', uom: 'EA' }], match: 'differs' },
  ],
  lines: [],
  mismatches: [],
  foundBy: { kind: 'sscc', value: SSCC_B },
};

describe('shipment check markup', () => {
  it('lists the differing carton first, says so in words, and marks the scanned one', () => {
    const html = renderToStaticMarkup(<CartonCheck detail={detail} />);
    expect(html.indexOf(`data-sscc="${SSCC_B}"`)).toBeLessThan(html.indexOf(`data-sscc="${SSCC_A}"`));
    expect(html).toContain('2 cartons: 1 does not match the ASN');
    expect(html).toMatch(/check-carton-differs check-carton-scanned/);
    expect(html).toContain('Scanned');
    expect(html).toContain('Differs');
    expect(html).toContain('Same');
  });

  it('gives each of today’s shipments a button with its badge in words', () => {
    const html = renderToStaticMarkup(<TodayList rows={[detail, { ...detail, threadKey: 'order:1:PO-2', poNumber: 'PO-2', match: 'matched' }]} status="ready" error={null} onOpen={() => undefined} />);
    expect(html.match(/<button/g)).toHaveLength(2);
    expect(html).toContain('Today’s shipments: 2, 1 needs a look');
    expect(html).toContain('Mismatch');
    expect(html).toContain('Matched');
  });
});
