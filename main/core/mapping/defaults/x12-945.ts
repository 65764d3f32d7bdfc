/**
 * The default X12 945 warehouse shipping advice map (→ shipment, role warehouse-advice): what the warehouse shipped
 * for one depositor order. W12 lines carry ordered, shipped and difference quantities; when the LX loops carry a
 * MAN*GM SSCC they are cartons, and their W12 lines go into packs.
 */
import type { MapDefinition, Rule } from '../format.js';
import { x12G62Qualifiers, x12G62Rules, x12N9Rules, x12WarehouseProductRules } from './x12-940.js';
import { x12PartyRules, x12SharedTables } from './x12-parts.js';

const cartons = { path: '/loop(LX)/MAN[MAN01=GM]' };

function itemRules(prefix: string): Rule[] {
  return [
    { id: `${prefix}-number`, target: 'lineNumber', from: 'N9[N901=LI].N902', transform: [{ op: 'trim' }] },
    { id: `${prefix}-po`, target: 'poNumber', from: ['/W0606', '/N9[N901=PO].N902'], transform: [{ op: 'trim' }], description: 'a 945 answers one order' },
    { id: `${prefix}-status`, target: 'status', from: 'W1201' },
    { id: `${prefix}-quantity`, target: 'quantity.value', from: 'W1203', transform: [{ op: 'decimal' }], required: true },
    { id: `${prefix}-uom`, target: 'quantity.uom', from: 'W1205', required: true },
    { id: `${prefix}-ordered-quantity`, target: 'orderedQuantity.value', from: 'W1202', transform: [{ op: 'decimal' }] },
    { id: `${prefix}-ordered-uom`, target: 'orderedQuantity.uom', from: 'W1205', when: { path: 'W1202' } },
    ...x12WarehouseProductRules(prefix, 'W12', [[7, 8], [17, 18], [21, 22]], 6),
    { id: `${prefix}-description`, target: 'product.description', from: 'G69.G6901', transform: [{ op: 'trim' }] },
    { id: `${prefix}-lot`, target: 'lot', from: 'W1209', transform: [{ op: 'trim' }] },
    { id: `${prefix}-dates`, target: 'dates[]', each: 'G62', rules: x12G62Rules(`${prefix}-date`) },
    { id: `${prefix}-references`, target: 'references[]', each: 'N9[N901,N901!=LI]', rules: x12N9Rules(`${prefix}-reference`) },
  ];
}

export const x12WarehouseAdviceMap: MapDefinition = {
  format: 'crossdock-map/1',
  kind: 'shipment',
  source: { standard: 'x12', type: '945', version: '004010' },
  name: 'X12 945 warehouse shipping advice (default)',
  description: 'W06 (depositor order, ship date, shipment id, PO), N1 parties, N9 references (BM bill of lading, CN pro number), G62 dates, W27 carrier, LX cartons (MAN*GM) with W12 lines (status, ordered/shipped quantities, product ids, lot), W03 totals.',
  tables: { ...x12SharedTables, g62Qualifier: x12G62Qualifiers },
  rules: [
    { id: 'role', target: 'role', value: 'warehouse-advice' },
    {
      id: 'shipment-number', target: 'shipmentNumber', from: ['W0604', 'W0605', 'W0602'], transform: [{ op: 'trim' }], required: true,
      description: 'the warehouse shipment id; a 945 without one is keyed by the depositor order number',
    },
    {
      id: 'orders', target: 'orders[]', each: 'W06', rules: [
        { id: 'order-po', target: 'poNumber', from: ['W0606', '/N9[N901=PO].N902', 'W0602'], transform: [{ op: 'trim' }] },
        { id: 'order-number', target: 'orderNumber', from: 'W0602', transform: [{ op: 'trim' }] },
      ],
    },
    {
      id: 'ship-date', target: 'dates[]', each: 'W06', when: { path: 'W0603' }, rules: [
        { id: 'ship-date-qualifier', target: 'qualifier', value: 'ship' },
        { id: 'ship-date-value', target: 'date', from: 'W0603', transform: [{ op: 'date', format: 'auto' }] },
      ],
    },
    { id: 'dates', target: 'dates[]', each: 'G62', rules: x12G62Rules('date') },
    { id: 'bill-of-lading', target: 'billOfLading', from: 'N9[N901=BM].N902', transform: [{ op: 'trim' }] },
    { id: 'pro-number', target: 'proNumber', from: 'N9[N901=CN].N902', transform: [{ op: 'trim' }] },
    { id: 'references', target: 'references[]', each: 'N9[N901]', rules: x12N9Rules('reference') },
    { id: 'notes', target: 'notes[]', from: 'NTE.NTE02', transform: [{ op: 'trim' }] },
    { id: 'parties', target: 'parties[]', each: 'loop(N1)', rules: x12PartyRules('party') },
    {
      id: 'carrier', target: 'carrier', each: 'W27', rules: [
        { id: 'carrier-mode', target: 'mode', from: 'W2701' },
        { id: 'carrier-scac', target: 'scac', from: 'W2702' },
        { id: 'carrier-name', target: 'name', from: 'W2703', transform: [{ op: 'trim' }] },
      ],
    },
    { id: 'total-weight', target: 'totalWeight.value', from: 'W03.W0302', transform: [{ op: 'decimal' }] },
    { id: 'total-weight-uom', target: 'totalWeight.uom', from: 'W03.W0303', when: { path: 'W03.W0302' } },
    { id: 'package-count', target: 'declaredPackageCount', from: 'W03.W0306', transform: [{ op: 'integer' }] },
    {
      id: 'packs', target: 'packs[]', each: 'loop(LX)', when: cartons, rules: [
        { id: 'pack-level', target: 'level', value: 'pack' },
        { id: 'pack-sscc', target: 'sscc', from: 'MAN[MAN01=GM].MAN02', transform: [{ op: 'substring', start: 2 }], description: 'MAN*GM: AI 00 then the 18-digit SSCC (any other length fails the SSCC check rather than being cut into a wrong one)' },
        { id: 'pack-tracking', target: 'trackingNumber', from: 'MAN[MAN01=CP].MAN02', transform: [{ op: 'trim' }] },
        {
          id: 'pack-marks', target: 'references[]', each: 'MAN', rules: [
            { id: 'pack-mark-qualifier', target: 'qualifier', from: 'MAN01' },
            { id: 'pack-mark-value', target: 'value', from: 'MAN02', transform: [{ op: 'trim' }] },
          ],
        },
        { id: 'pack-items', target: 'lines[]', each: 'loop(W12)', rules: itemRules('pack-item') },
      ],
      description: 'LX loops are cartons when the advice marks them with SSCCs',
    },
    { id: 'lines', target: 'lines[]', each: 'loop(LX)/loop(W12)', when: { not: cartons }, rules: itemRules('line') },
  ],
};
