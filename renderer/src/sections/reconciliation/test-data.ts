/** Queue rows and threads for the section's tests, shaped as the core answers. */
import type { QueueRow, ThreadDetail } from './recon-types.js';

export function queueRow(index: number, overrides: Partial<QueueRow> = {}): QueueRow {
  return {
    id: `mm-${index.toString(16).padStart(16, '0')}`,
    type: 'qty-mismatch',
    threadKey: `order:1:PO-${index}`,
    lineKey: 'line:1',
    partnerId: 1,
    partnerName: 'Orchard Market',
    channel: 'edi',
    warehouse: 'EAST',
    severity: 'high',
    owner: 'warehouse',
    chargebackRisk: false,
    summary: `PO-${index} line 1: shipped 36, ordered 40`,
    expected: { text: '40 EA', value: { kind: 'quantity', value: '40', uom: 'EA' } },
    actual: { text: '36 EA', value: { kind: 'quantity', value: '36', uom: 'EA' } },
    moneyAtRisk: { amount: '14.00', currency: 'USD' },
    status: 'open',
    assignee: null,
    present: true,
    firstSeenAt: '2026-11-27T09:00:00Z',
    lastSeenAt: '2026-11-28T09:00:00Z',
    statusChangedAt: '2026-11-27T09:00:00Z',
    ...overrides,
  };
}

export function threadDetail(): ThreadDetail {
  const row = queueRow(1);
  return {
    key: 'order:1:PO-1',
    kind: 'order',
    partnerId: 1,
    partnerName: 'Orchard Market',
    poNumbers: ['PO-1'],
    timeline: [
      { step: 'order', status: 'ok', at: '2026-11-20T08:00:00Z', documentRefs: [] },
      { step: 'asn', status: 'mismatch', at: '2026-11-22T08:00:00Z', documentRefs: [] },
      { step: 'invoice', status: 'missing', at: null, documentRefs: [] },
    ],
    members: [
      {
        ref: { kind: 'document', documentId: 12, fileId: 3, byteStart: 340, byteEnd: 900 },
        side: 'partner',
        kind: 'order',
        label: '850 PO-1',
        at: '2026-11-20T08:00:00Z',
        document: {} as ThreadDetail['members'][number]['document'],
      },
      {
        ref: { kind: 'record', recordId: 4, connector: 'wms', stream: 'shipments', externalId: 'SHP-9' },
        side: 'wms',
        kind: 'shipment',
        label: 'WMS shipment SHP-9',
        at: null,
        document: {} as ThreadDetail['members'][number]['document'],
      },
    ],
    columns: ['order', 'wms-shipment', 'asn'],
    comparison: [
      {
        lineKey: 'line:1',
        product: 'KB-300',
        cells: { order: [{ quantity: '40', uom: 'EA', price: '3.50', member: 0 }], 'wms-shipment': [{ quantity: '40', uom: 'EA', price: null, member: 1 }], asn: [{ quantity: '36', uom: 'EA', price: null, member: 2 }] },
        differs: ['asn'],
        mismatchIds: [row.id],
      },
    ],
    mismatches: [row],
    evaluatedAt: '2026-11-28T09:00:00Z',
  };
}
