/** Sample partner profiles for the Profiles tab tests. */
import type { PartnerDetail, PartnerSummary } from '../../../../main/core/partners/types.js';

export function partnerDetail(overrides: Partial<PartnerDetail> = {}): PartnerDetail {
  return {
    id: 3,
    createdAt: '2026-11-27T10:00:00.000Z',
    mergedInto: null,
    mergedFrom: [],
    profile: {
      name: 'Buyer Co',
      channel: 'edi',
      standard: 'x12',
      version: '004010',
      outboundDelimiters: null,
      ackPolicy: { generate: true, kind: 'auto', ta1: 'on-error', contrlLevel: 'message' },
      ackOverdueHours: null,
      slas: { ackWithinHours: 24, asnWithinHours: null },
      tolerances: { pricePercent: '2.5', quantityUnits: null, quantityPercent: null },
      items: [{ buyerPart: 'BP-1', sku: 'SKU-1' }],
      uomConversions: [{ from: 'CA', to: 'EA', factor: '12' }],
      locations: [],
      contacts: [{ name: 'Ann', email: 'ann@example.com' }],
    },
    identifiers: [
      { kind: 'isa', qualifier: 'ZZ', id: 'BUYERCO' },
      { kind: 'gs', id: 'BUYERCO' },
    ],
    learned: { delimiters: { element: '*', segment: '~' }, versions: ['004010'], quirks: ['newline-terminators'], standards: ['x12'] },
    documents: { inbound: 4, outbound: 1, total: 5 },
    lastSeenAt: '2026-11-27T11:00:00.000Z',
    ...overrides,
  };
}

export function partnerSummary(overrides: Partial<PartnerSummary> = {}): PartnerSummary {
  const detail = partnerDetail();
  return { id: detail.id, name: detail.profile.name, channel: 'edi', identifiers: detail.identifiers, documents: detail.documents, lastSeenAt: detail.lastSeenAt, mergedInto: null, ...overrides };
}
