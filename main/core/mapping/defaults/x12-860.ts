/**
 * The default X12 860 purchase order change map (→ order-change). BCH identifies the order and the change sequence;
 * each POC line says what changed (POC02) and carries the line's values after the change.
 */
import type { MapDefinition } from '../format.js';
import { x12Purposes } from './x12-855.js';
import { x12DateRules, x12PartyRules, x12ProductRules, x12ReferenceRules, x12SharedTables } from './x12-parts.js';

/** X12 670 change or response type code (POC02) → canonical change. */
const changeTypes = {
  AI: 'add', DI: 'delete', QI: 'quantity', QD: 'quantity', PC: 'price', PQ: 'quantity-and-price', CT: 'date', RS: 'date',
  RQ: 'date', RC: 'date', PR: 'price', RA: 'replace', RZ: 'replace', NC: 'no-change', CA: 'other', CB: 'other', CE: 'other',
};

export const x12OrderChangeMap: MapDefinition = {
  format: 'crossdock-map/1',
  kind: 'order-change',
  source: { standard: 'x12', type: '860', version: '004010' },
  name: 'X12 860 purchase order change (default)',
  description: 'BCH header (purpose, PO number, change sequence, PO and change dates), CUR, REF, DTM, N1 parties, POC lines (change type, new quantity and price, product ids by qualifier), line DTM/REF/MSG.',
  tables: { ...x12SharedTables, purpose: x12Purposes, changeType: changeTypes },
  rules: [
    { id: 'po-number', target: 'poNumber', from: 'BCH03', transform: [{ op: 'trim' }], required: true },
    { id: 'purpose', target: 'purpose', from: 'BCH01', transform: [{ op: 'table', table: 'purpose', otherwise: 'drop' }] },
    { id: 'purpose-code', target: 'purposeCode', from: 'BCH01' },
    { id: 'change-number', target: 'changeNumber', from: 'BCH05', transform: [{ op: 'trim' }] },
    { id: 'order-number', target: 'orderNumber', from: 'REF[REF01=VN].REF02', transform: [{ op: 'trim' }] },
    { id: 'document-date', target: 'documentDate', from: 'BCH09', transform: [{ op: 'date', format: 'auto' }], description: 'BCH09 change request date' },
    {
      id: 'order-date', target: 'dates[]', each: 'BCH', when: { path: 'BCH06' }, rules: [
        { id: 'order-date-qualifier', target: 'qualifier', value: 'order' },
        { id: 'order-date-value', target: 'date', from: 'BCH06', transform: [{ op: 'date', format: 'auto' }] },
      ],
    },
    { id: 'currency', target: 'currency', from: 'CUR02' },
    { id: 'references', target: 'references[]', each: 'REF', rules: x12ReferenceRules('reference') },
    { id: 'dates', target: 'dates[]', each: 'DTM', rules: x12DateRules('date') },
    { id: 'parties', target: 'parties[]', each: 'loop(N1)', rules: x12PartyRules('party') },
    { id: 'notes', target: 'notes[]', from: 'loop(N9)/MSG.MSG01', transform: [{ op: 'trim' }] },
    {
      id: 'lines', target: 'lines[]', each: 'loop(POC)', rules: [
        { id: 'line-number', target: 'lineNumber', from: 'POC01', transform: [{ op: 'trim' }] },
        { id: 'line-change', target: 'change', from: 'POC02', transform: [{ op: 'table', table: 'changeType', otherwise: 'drop' }], default: 'other' },
        { id: 'line-change-code', target: 'changeCode', from: 'POC02' },
        { id: 'line-quantity', target: 'quantity.value', from: 'POC03', transform: [{ op: 'decimal' }] },
        { id: 'line-uom', target: 'quantity.uom', from: 'POC05', when: { path: 'POC03' }, required: true, description: 'POC05 is the C001 composite; its first component is the unit' },
        { id: 'line-price', target: 'unitPrice.amount', from: 'POC06', transform: [{ op: 'decimal' }] },
        { id: 'line-price-currency', target: 'unitPrice.currency', from: '/CUR02', when: { path: 'POC06' } },
        ...x12ProductRules('line', 'POC', 8, 27),
        { id: 'line-description', target: 'product.description', from: 'PID[PID01=F].PID05', transform: [{ op: 'trim' }] },
        { id: 'line-dates', target: 'dates[]', each: 'DTM', rules: x12DateRules('line-date') },
        { id: 'line-references', target: 'references[]', each: 'REF', rules: x12ReferenceRules('line-reference') },
        { id: 'line-notes', target: 'notes[]', from: 'loop(N9)/MSG.MSG01', transform: [{ op: 'trim' }] },
      ],
    },
  ],
};
