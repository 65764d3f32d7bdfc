/**
 * The default X12 855 purchase order acknowledgment map (→ order-ack). Each PO1 line becomes a line whose statuses
 * come from its ACK segments (ACK*IA*6 + ACK*IB*4 is two statuses). A line without ACK (BAK02 AD/AK/AE: no detail
 * or exceptions only) takes its status from BAK02, because the canonical line needs at least one status.
 */
import type { MapDefinition, Rule } from '../format.js';
import { x12DateRules, x12PartyRules, x12ProductRules, x12ReferenceRules, x12SharedTables } from './x12-parts.js';

/** X12 353 transaction set purpose code → canonical purpose. */
export const x12Purposes = { '00': 'original', '01': 'cancel', '04': 'change', '05': 'replace', '06': 'confirmation', '07': 'duplicate', '18': 'other', '22': 'other' };

/** X12 587 acknowledgment type (BAK02) → the order's status. */
const ackTypes = { AC: 'accepted-with-changes', AD: 'accepted', AE: 'accepted-with-changes', AK: 'accepted', AP: 'accepted', AT: 'accepted', AH: 'pending', RD: 'rejected', RF: 'rejected', RJ: 'rejected', RO: 'rejected', RV: 'rejected', ZZ: 'pending' };

/** BAK02 → the status of a line the acknowledgment does not detail: rejected orders reject every line. */
const impliedLineStatus = { AC: 'accepted', AD: 'accepted', AE: 'accepted', AK: 'accepted', AP: 'accepted', AT: 'accepted', AH: 'pending', RD: 'rejected', RF: 'rejected', RJ: 'rejected', RO: 'rejected', RV: 'rejected' };

/** X12 668 line item status code (ACK01) → canonical line status. */
const lineStatuses = {
  IA: 'accepted', AC: 'accepted', AR: 'accepted', IE: 'accepted', SP: 'accepted', DR: 'changed', IC: 'changed', IP: 'changed', IQ: 'changed',
  IB: 'backordered', BP: 'backordered', IR: 'rejected', R2: 'rejected', ID: 'rejected', IS: 'substituted', IH: 'pending',
};

/** One PO1 line; `statuses` builds its statuses (from ACK, or implied by BAK02). */
function lineRules(prefix: string, statuses: Rule): Rule[] {
  return [
    { id: `${prefix}-number`, target: 'lineNumber', from: 'PO101', transform: [{ op: 'trim' }] },
    { id: `${prefix}-ordered-quantity`, target: 'orderedQuantity.value', from: 'PO102', transform: [{ op: 'decimal' }] },
    { id: `${prefix}-ordered-uom`, target: 'orderedQuantity.uom', from: 'PO103', when: { path: 'PO102' } },
    { id: `${prefix}-price`, target: 'unitPrice.amount', from: 'PO104', transform: [{ op: 'decimal' }] },
    { id: `${prefix}-price-currency`, target: 'unitPrice.currency', from: '/CUR02', when: { path: 'PO104' } },
    ...x12ProductRules(prefix, 'PO1', 6, 25),
    { id: `${prefix}-description`, target: 'product.description', from: 'PID[PID01=F].PID05', transform: [{ op: 'trim' }] },
    statuses,
    { id: `${prefix}-references`, target: 'references[]', each: 'REF', rules: x12ReferenceRules(`${prefix}-reference`) },
    { id: `${prefix}-notes`, target: 'notes[]', from: 'loop(N9)/MSG.MSG01', transform: [{ op: 'trim' }] },
  ];
}

const ackStatuses: Rule = {
  id: 'line-statuses', target: 'statuses[]', each: 'loop(ACK)', rules: [
    { id: 'line-status', target: 'status', from: 'ACK01', transform: [{ op: 'table', table: 'lineStatus', otherwise: 'drop' }], default: 'other' },
    { id: 'line-status-code', target: 'code', from: 'ACK01' },
    { id: 'line-status-quantity', target: 'quantity.value', from: 'ACK02', transform: [{ op: 'decimal' }] },
    { id: 'line-status-uom', target: 'quantity.uom', from: 'ACK03', when: { path: 'ACK02' } },
    { id: 'line-status-date', target: 'date', from: 'ACK05', transform: [{ op: 'date', format: 'auto' }], description: 'ACK04 says which date (068 current schedule ship, 067 delivery)' },
    { id: 'line-status-dtm-date', target: 'date', from: 'DTM.DTM02', when: { path: 'ACK05', exists: false }, transform: [{ op: 'date', format: 'auto', time: 'DTM.DTM03' }] },
  ],
};

const impliedStatus: Rule = {
  id: 'implied-line-statuses', target: 'statuses[]', each: '/BAK', rules: [
    { id: 'implied-line-status', target: 'status', from: 'BAK02', transform: [{ op: 'table', table: 'impliedLineStatus', otherwise: 'drop' }], default: 'pending' },
  ],
  description: 'a line without ACK is acknowledged as the whole order is (BAK02)',
};

export const x12OrderAckMap: MapDefinition = {
  format: 'crossdock-map/1',
  kind: 'order-ack',
  source: { standard: 'x12', type: '855', version: '004010' },
  name: 'X12 855 purchase order acknowledgment (default)',
  description: 'BAK header (purpose, acknowledgment type, PO number and date, seller order number, ack date), CUR, REF, DTM, N1 parties, PO1 lines with product ids by qualifier and ACK statuses (quantity, date).',
  tables: { ...x12SharedTables, purpose: x12Purposes, ackType: ackTypes, impliedLineStatus, lineStatus: lineStatuses },
  rules: [
    { id: 'po-number', target: 'poNumber', from: 'BAK03', transform: [{ op: 'trim' }], required: true },
    { id: 'purpose', target: 'purpose', from: 'BAK01', transform: [{ op: 'table', table: 'purpose', otherwise: 'drop' }] },
    { id: 'purpose-code', target: 'purposeCode', from: 'BAK01' },
    { id: 'status', target: 'status', from: 'BAK02', transform: [{ op: 'table', table: 'ackType', otherwise: 'drop' }] },
    { id: 'status-code', target: 'statusCode', from: 'BAK02' },
    { id: 'order-number', target: 'orderNumber', from: ['BAK08', 'REF[REF01=VN].REF02'], transform: [{ op: 'trim' }] },
    { id: 'document-date', target: 'documentDate', from: 'BAK09', transform: [{ op: 'date', format: 'auto' }] },
    { id: 'currency', target: 'currency', from: 'CUR02' },
    {
      id: 'order-date', target: 'dates[]', each: 'BAK', when: { path: 'BAK04' }, rules: [
        { id: 'order-date-qualifier', target: 'qualifier', value: 'order' },
        { id: 'order-date-value', target: 'date', from: 'BAK04', transform: [{ op: 'date', format: 'auto' }] },
      ],
    },
    { id: 'dates', target: 'dates[]', each: 'DTM', rules: x12DateRules('date') },
    { id: 'references', target: 'references[]', each: 'REF', rules: x12ReferenceRules('reference') },
    { id: 'release-reference', target: 'references[]', each: 'BAK', when: { path: 'BAK05' }, rules: [
      { id: 'release-qualifier', target: 'qualifier', value: 'RE' },
      { id: 'release-value', target: 'value', from: 'BAK05', transform: [{ op: 'trim' }] },
    ] },
    { id: 'parties', target: 'parties[]', each: 'loop(N1)', rules: x12PartyRules('party') },
    { id: 'notes', target: 'notes[]', from: 'loop(N9)/MSG.MSG01', transform: [{ op: 'trim' }] },
    {
      id: 'lines', target: 'lines[]', each: 'loop(PO1)', when: { path: 'loop(ACK)' }, rules: lineRules('line', ackStatuses),
      description: 'lines the seller answered with ACK segments',
    },
    {
      id: 'undetailed-lines', target: 'lines[]', each: 'loop(PO1)', when: { path: 'loop(ACK)', exists: false }, rules: lineRules('undetailed-line', impliedStatus),
      description: 'lines without ACK (listed after the answered ones: a map cannot interleave two each rules)',
    },
  ],
};
