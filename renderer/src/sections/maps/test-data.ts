/** Small, typed answers of the mapping methods for store and markup tests. */
import type { MapPreview, MapsList, MapTypeVersions, MapVersionSummary, RegressionDocument } from '../../../../main/core/mapping-store/types.js';

export const sampleDefinition = () => ({
  format: 'crossdock-map/1',
  kind: 'order',
  source: { standard: 'x12', type: '850' },
  rules: [
    { id: 'po-number', target: 'poNumber', from: 'BEG03', transform: [{ op: 'trim' }], required: true },
    { id: 'currency', target: 'currency', value: 'USD' },
    { id: 'lines', target: 'lines[]', each: 'loop(PO1)', rules: [{ id: 'line-qty', target: 'quantity.value', from: 'PO102' }] },
  ],
});

export function versionSummary(overrides: Partial<MapVersionSummary> = {}): MapVersionSummary {
  return { id: 1, partnerId: 7, standard: 'x12', type: '850', version: 1, status: 'published', kind: 'order', name: null, note: null, ruleCount: 3, createdAt: '2026-11-27T10:00:00Z', publishedAt: '2026-11-27T10:05:00Z', ...overrides };
}

export function typeVersions(overrides: Partial<MapTypeVersions> = {}): MapTypeVersions {
  return { standard: 'x12', type: '850', kind: 'order', published: null, draft: null, effective: 'default', hasDefault: true, versions: [], ...overrides };
}

export function mapsList(types: MapTypeVersions[] = [typeVersions()]): MapsList {
  return { partnerId: 7, types };
}

export function preview(poNumber: string, overrides: Partial<MapPreview> = {}): MapPreview {
  return {
    document: { kind: 'order', poNumber },
    status: 'ok',
    issues: [],
    coverage: { unmappedRequired: [], unusedSegments: [3], ruleHits: { 'po-number': 1 } },
    compileErrors: [],
    source: {
      documentId: 11,
      fileId: 5,
      fileName: 'po.x12',
      ordinal: 0,
      partnerId: 7,
      standard: 'x12',
      type: '850',
      version: '004010',
      controlNumber: '0001',
      segments: [
        { index: 0, tag: 'ST', name: 'Transaction Set Header', elements: [{ position: 1, value: '850', name: 'Transaction Set Identifier Code', ref: '143', components: null }], usedBy: [], used: true },
        { index: 1, tag: 'BEG', name: 'Beginning Segment for Purchase Order', elements: [{ position: 3, value: poNumber, name: 'Purchase Order Number', ref: '324', components: null }], usedBy: ['po-number'], used: true },
        { index: 2, tag: 'PO1', name: 'Baseline Item Data', elements: [{ position: 2, value: '40', name: 'Quantity Ordered', ref: '330', components: null }], usedBy: ['line-qty'], used: true },
        { index: 3, tag: 'CTT', name: 'Transaction Totals', elements: [{ position: 1, value: '1', name: 'Number of Line Items', ref: '354', components: null }], usedBy: [], used: false },
        { index: 4, tag: 'SE', name: 'Transaction Set Trailer', elements: [], usedBy: [], used: true },
      ],
      tree: {
        id: 'ST',
        name: 'Purchase Order',
        items: [
          { kind: 'segment', index: 0 },
          { kind: 'segment', index: 1 },
          { kind: 'loop', loop: { id: 'PO1', name: 'Baseline Item Data', items: [{ kind: 'segment', index: 2 }] } },
          { kind: 'segment', index: 3 },
          { kind: 'segment', index: 4 },
        ],
      },
      hierarchy: [],
    },
    timings: { readMs: 1, compileMs: 1, mapMs: 1, totalMs: 3 },
    ...overrides,
  };
}

export function regressionDocument(overrides: Partial<RegressionDocument> = {}): RegressionDocument {
  return { documentId: 1, fileId: 1, fileName: 'a.x12', receivedAt: '2026-11-27T10:00:00Z', controlNumber: '0001', before: 'ok', after: 'ok', diff: [], newErrors: [], ...overrides };
}
