/**
 * The default X12 940 warehouse shipping order map (→ order, role warehouse-order): what the depositor asks a
 * warehouse to ship. W05 names the depositor order and the customer's PO; lines are the W01 loops inside LX loops.
 * In warehouse documents the depositor is the seller, so its VN item number is its own SKU.
 */
import type { MapDefinition, Rule } from '../format.js';
import { x12PartyRules, x12SharedTables } from './x12-parts.js';

/** X12 473 order status code (W0501). */
const orderStatuses = { N: 'original', C: 'cancel', R: 'replace' };

/** X12 432 date qualifier (G6201) → canonical date qualifier (the codes the 940/945 carry most). */
export const x12G62Qualifiers = {
  '01': 'cancel-after', '02': 'requested-delivery', '04': 'order', '10': 'requested-ship', '11': 'ship', '17': 'estimated-delivery',
  '37': 'requested-ship', '38': 'requested-ship',
};

/** G62 as a dated event (use inside `each: "G62"`). */
export function x12G62Rules(prefix: string): Rule[] {
  return [
    { id: `${prefix}-qualifier`, target: 'qualifier', from: 'G6201', transform: [{ op: 'table', table: 'g62Qualifier', otherwise: 'drop' }], default: 'other' },
    { id: `${prefix}-code`, target: 'code', from: 'G6201' },
    { id: `${prefix}-date`, target: 'date', from: 'G6202', transform: [{ op: 'date', format: 'auto', time: 'G6204' }], required: true },
  ];
}

/** N9 as a reference (use inside `each: "N9"`). */
export function x12N9Rules(prefix: string): Rule[] {
  return [
    { id: `${prefix}-qualifier`, target: 'qualifier', from: 'N901' },
    { id: `${prefix}-value`, target: 'value', from: ['N902', 'N903'], transform: [{ op: 'trim' }] },
    { id: `${prefix}-description`, target: 'description', from: 'N903', when: { path: 'N902' }, transform: [{ op: 'trim' }] },
  ];
}

/**
 * Product ids from the warehouse line segments, whose id pairs are not one run (W01: 04-07 and 15-16; W12: 07-08,
 * 17-18, 21-22) and which carry a U.P.C. case code of their own (W0103, W1206).
 */
export function x12WarehouseProductRules(prefix: string, tag: string, ranges: [number, number][], caseCode: number): Rule[] {
  const element = (n: number): string => `${tag}${String(n).padStart(2, '0')}`;
  const pick = (codes: string): string[] => ranges.map(([from, to]) => `${tag}.qualified(${element(from)}..${element(to)}, ${codes})`);
  return [
    { id: `${prefix}-buyer-part`, target: 'product.buyerPart', from: pick('BP|IN|PI') },
    { id: `${prefix}-vendor-part`, target: 'product.vendorPart', from: pick('VN|VP|VA|VC') },
    { id: `${prefix}-sku`, target: 'product.sku', from: pick('SK|VN'), description: "the depositor's (our) item number" },
    { id: `${prefix}-upc`, target: 'product.upc', from: pick('UP|UA') },
    { id: `${prefix}-ean`, target: 'product.ean', from: pick('EN') },
    { id: `${prefix}-gtin`, target: 'product.gtin', from: [...pick('UK|EO'), element(caseCode)], description: 'a GTIN-14 by qualifier, else the U.P.C. case code' },
  ];
}

export const x12WarehouseOrderMap: MapDefinition = {
  format: 'crossdock-map/1',
  kind: 'order',
  source: { standard: 'x12', type: '940', version: '004010' },
  name: 'X12 940 warehouse shipping order (default)',
  description: 'W05 (order status, depositor order number, PO number), N1 parties, N9 references, G62 dates, NTE notes, W66 carrier, LX/W01 lines (quantity, unit, product ids, G69 description, N9 line number, G62 dates).',
  tables: { ...x12SharedTables, purpose: orderStatuses, g62Qualifier: x12G62Qualifiers },
  rules: [
    { id: 'role', target: 'role', value: 'warehouse-order' },
    {
      id: 'po-number', target: 'poNumber', from: ['W0503', 'N9[N901=PO].N902', 'W0502'], transform: [{ op: 'trim' }], required: true,
      description: "the customer's PO; a 940 without one (W0503 is optional) is keyed by the depositor order number",
    },
    { id: 'order-number', target: 'orderNumber', from: 'W0502', transform: [{ op: 'trim' }] },
    { id: 'purpose', target: 'purpose', from: 'W0501', transform: [{ op: 'table', table: 'purpose', otherwise: 'drop' }] },
    { id: 'purpose-code', target: 'purposeCode', from: 'W0501' },
    { id: 'order-type', target: 'orderType', from: 'W0508' },
    { id: 'parties', target: 'parties[]', each: 'loop(N1)', rules: x12PartyRules('party') },
    { id: 'references', target: 'references[]', each: 'N9[N901]', rules: x12N9Rules('reference') },
    { id: 'dates', target: 'dates[]', each: 'G62', rules: x12G62Rules('date') },
    { id: 'notes', target: 'notes[]', from: 'NTE.NTE02', transform: [{ op: 'trim' }] },
    {
      id: 'carrier', target: 'carrier', each: 'W66', rules: [
        { id: 'carrier-scac', target: 'scac', from: 'W6610' },
        { id: 'carrier-mode', target: 'mode', from: 'W6602' },
        { id: 'carrier-name', target: 'name', from: 'W6605', transform: [{ op: 'trim' }] },
      ],
    },
    {
      id: 'lines', target: 'lines[]', each: 'loop(LX)/loop(W01)', required: true, rules: [
        { id: 'line-number', target: 'lineNumber', from: 'N9[N901=LI].N902', transform: [{ op: 'trim' }] },
        { id: 'line-quantity', target: 'quantity.value', from: 'W0101', transform: [{ op: 'decimal' }], required: true },
        { id: 'line-uom', target: 'quantity.uom', from: 'W0102', required: true },
        ...x12WarehouseProductRules('line', 'W01', [[4, 7], [15, 16]], 3),
        { id: 'line-description', target: 'product.description', from: 'G69.G6901', transform: [{ op: 'trim' }] },
        { id: 'line-dates', target: 'dates[]', each: 'G62', rules: x12G62Rules('line-date') },
        { id: 'line-references', target: 'references[]', each: 'N9[N901,N901!=LI]', rules: x12N9Rules('line-reference') },
        { id: 'line-notes', target: 'notes[]', from: 'NTE.NTE02', transform: [{ op: 'trim' }] },
      ],
    },
  ],
};
