/**
 * The default EDIFACT ORDRSP map (purchase order response → order-ack), D.96A and D.01B (LIN is SG26 in both; the
 * map uses loop(LIN) anyway). Header status from BGM 4343 (AP/AC/CA/RE), else the 1225 response codes 27/29.
 * One status per line from LIN 1229 (5 accepted, 6/3 changed, 7/2/10 rejected...; no code but a quantity to deliver:
 * accepted) with the quantity that will be delivered (QTY+113, else 12; not a 0) and its date (DTM+2 delivery, else
 * DTM+69 promised delivery), read from the line group with '../'. A backordered part (QTY+83) is a second status
 * 'backordered' that takes the promised date (DTM+69), so the delivered part then keeps only a DTM+2.
 */
import type { Condition, MapDefinition } from '../format.js';
import { edifactDateRules, edifactPartyRules, edifactProductRules, edifactReferenceRules, edifactSharedTables } from './edifact-parts.js';
import { datableDtm, edifactPurposes, PRICE_PATHS, PRICE_PRESENT } from './edifact-message-parts.js';

/** EDIFACT 1229 action request/notification (LIN02) → canonical line status. */
const lineStatuses = { '1': 'other', '2': 'rejected', '3': 'changed', '4': 'accepted', '5': 'accepted', '6': 'changed', '7': 'rejected', '10': 'rejected', '24': 'pending' };
/** EDIFACT 4343 response type (BGM04) → canonical ack status. */
const responseStatuses = { AP: 'accepted', AC: 'accepted-with-changes', CA: 'accepted-with-changes', RE: 'rejected', AI: 'pending', AB: 'pending' };
/** EDIFACT 1225 message function codes that are answers (BGM03) → canonical ack status. */
const functionStatuses = { '27': 'rejected', '29': 'accepted', '4': 'accepted-with-changes', '6': 'accepted' };

/** Inside `each: "LIN"` (the LIN segment), the line group is one scope up. */
const DELIVERED = '../QTY[QTY01.1=113|12]';
const hasBackorder: Condition = { path: '../QTY[QTY01.1=83].QTY01.2' };
const deliveredNotZero: Condition = { all: [{ path: `${DELIVERED}.QTY01.2` }, { path: `${DELIVERED}.QTY01.2`, notIn: ['0'] }] };

export const edifactOrdrspMap: MapDefinition = {
  format: 'crossdock-map/1',
  kind: 'order-ack',
  source: { standard: 'edifact', type: 'ORDRSP', version: 'D96A' },
  name: 'EDIFACT ORDRSP order response (default)',
  description: 'BGM number, function and response type, DTM dates, FTX notes, RFF ON/VN, NAD parties, CUX, LIN lines with one 1229 status carrying QTY 113 (to be delivered) and DTM 2/69, QTY 21 ordered, QTY 83 backordered (with DTM 69), PIA ids, PRI AAA/AAB, line RFF and FTX.',
  tables: { ...edifactSharedTables, purpose: edifactPurposes, lineStatus: lineStatuses, responseStatus: responseStatuses, functionStatus: functionStatuses },
  rules: [
    {
      id: 'po-number', target: 'poNumber', from: ['RFF[RFF01.1=ON].RFF01.2', 'BGM02.1'], transform: [{ op: 'trim' }], required: true,
      description: "the buyer's order (RFF+ON); partners that leave it out number the response after the order",
    },
    { id: 'order-number', target: 'orderNumber', from: 'RFF[RFF01.1=VN].RFF01.2', transform: [{ op: 'trim' }] },
    { id: 'purpose', target: 'purpose', from: 'BGM03', transform: [{ op: 'table', table: 'purpose', otherwise: 'drop' }] },
    { id: 'purpose-code', target: 'purposeCode', from: 'BGM03' },
    { id: 'status-by-function', target: 'status', from: 'BGM03', transform: [{ op: 'table', table: 'functionStatus', otherwise: 'drop' }] },
    { id: 'status-code-by-function', target: 'statusCode', from: 'BGM03', when: { path: 'BGM03', in: Object.keys(functionStatuses) } },
    { id: 'status', target: 'status', from: 'BGM04', transform: [{ op: 'table', table: 'responseStatus', otherwise: 'drop' }] },
    { id: 'status-code', target: 'statusCode', from: 'BGM04' },
    {
      id: 'document-date', target: 'documentDate', from: 'DTM[DTM01.1=137].DTM01.2',
      transform: [{ op: 'date', format: '102', formatFrom: 'DTM[DTM01.1=137].DTM01.3' }],
    },
    { id: 'dates', target: 'dates[]', each: 'DTM', when: { all: [datableDtm, { path: 'DTM01.1', notEquals: '137' }] }, rules: edifactDateRules('date') },
    { id: 'notes', target: 'notes[]', from: 'FTX04.1', transform: [{ op: 'trim' }] },
    { id: 'references', target: 'references[]', each: 'loop(RFF)', rules: edifactReferenceRules('reference') },
    { id: 'response-number', target: 'references[]', each: 'BGM', when: { path: 'BGM02.1' }, rules: [
      { id: 'response-number-qualifier', target: 'qualifier', value: 'BGM' },
      { id: 'response-number-value', target: 'value', from: 'BGM02.1', transform: [{ op: 'trim' }] },
      { id: 'response-number-type', target: 'description', from: 'BGM01.1' },
    ] },
    { id: 'parties', target: 'parties[]', each: 'loop(NAD)', rules: edifactPartyRules('party') },
    { id: 'currency', target: 'currency', from: ['CUX[CUX01.1=2].CUX01.2', 'CUX01.2'] },
    {
      id: 'lines', target: 'lines[]', each: 'loop(LIN)', rules: [
        { id: 'line-number', target: 'lineNumber', from: 'LIN01', transform: [{ op: 'strip-leading-zeros' }] },
        ...edifactProductRules('line'),
        { id: 'line-ordered', target: 'orderedQuantity.value', from: 'QTY[QTY01.1=21].QTY01.2', transform: [{ op: 'decimal' }] },
        { id: 'line-ordered-uom', target: 'orderedQuantity.uom', from: 'QTY[QTY01.1=21].QTY01.3', default: 'PCE', when: { path: 'QTY[QTY01.1=21].QTY01.2' } },
        { id: 'line-price', target: 'unitPrice.amount', from: PRICE_PATHS, transform: [{ op: 'decimal' }] },
        { id: 'line-price-currency', target: 'unitPrice.currency', from: ['/CUX[CUX01.1=2].CUX01.2', '/CUX01.2'], when: { path: PRICE_PRESENT } },
        {
          id: 'line-status', target: 'statuses[]', each: 'LIN', rules: [
            { id: 'line-status-status', target: 'status', from: 'LIN02', transform: [{ op: 'table', table: 'lineStatus', otherwise: 'drop' }], default: 'other' },
            {
              id: 'line-status-confirmed', target: 'status', value: 'accepted', when: { all: [{ path: 'LIN02', exists: false }, deliveredNotZero] },
              description: 'no 1229 action code, but a quantity that will be delivered',
            },
            { id: 'line-status-code', target: 'code', from: 'LIN02' },
            { id: 'line-status-quantity', target: 'quantity.value', from: `${DELIVERED}.QTY01.2`, when: deliveredNotZero, transform: [{ op: 'decimal' }] },
            { id: 'line-status-uom', target: 'quantity.uom', from: `${DELIVERED}.QTY01.3`, default: 'PCE', when: deliveredNotZero },
            {
              id: 'line-status-date', target: 'date', from: ['../DTM[DTM01.1=2].DTM01.2', '../DTM[DTM01.1=69].DTM01.2'], when: { not: hasBackorder },
              transform: [{ op: 'date', format: '102', formatFrom: '../DTM[DTM01.1=2|69].DTM01.3' }],
            },
            {
              id: 'line-status-delivery-date', target: 'date', from: '../DTM[DTM01.1=2].DTM01.2', when: hasBackorder,
              transform: [{ op: 'date', format: '102', formatFrom: '../DTM[DTM01.1=2].DTM01.3' }],
              description: 'with a backorder, the promised date (DTM+69) belongs to the backordered part',
            },
          ],
        },
        {
          id: 'line-backordered', target: 'statuses[]', each: 'QTY[QTY01.1=83]', rules: [
            { id: 'line-backordered-status', target: 'status', value: 'backordered' },
            { id: 'line-backordered-quantity', target: 'quantity.value', from: 'QTY01.2', transform: [{ op: 'decimal' }], required: true },
            { id: 'line-backordered-uom', target: 'quantity.uom', from: 'QTY01.3', default: 'PCE' },
            {
              id: 'line-backordered-date', target: 'date', from: '../DTM[DTM01.1=69].DTM01.2',
              transform: [{ op: 'date', format: '102', formatFrom: '../DTM[DTM01.1=69].DTM01.3' }],
            },
          ],
        },
        { id: 'line-references', target: 'references[]', each: 'loop(RFF)', rules: edifactReferenceRules('line-reference') },
        { id: 'line-notes', target: 'notes[]', from: 'FTX04.1', transform: [{ op: 'trim' }] },
      ],
    },
  ],
};
