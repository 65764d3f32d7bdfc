/**
 * The default X12 856 ship notice map (→ shipment, role asn). The HL hierarchy S shipment > O order > T tare > P pack >
 * I item becomes nested packs: a tare holds its packs, a pack holds its items; items outside any pack (S/O/I) are the
 * shipment's lines. The path language reaches down the hierarchy but not up, so the structure is chosen per
 * transaction: tares with packs, tares with items, packs when there are no tares, bare items when there are neither.
 * For the same reason an item learns its PO only from its own PRF or LIN*PO, or from the ASN's only O level: items of
 * a multi-order ASN without those have no poNumber (the orders are still listed in `orders`).
 */
import type { Condition, MapDefinition, Rule } from '../format.js';
import { x12Purposes } from './x12-855.js';
import { x12DateRules, x12DateQualifiers, x12PartyRules, x12ProductRules, x12ReferenceRules, x12SharedTables } from './x12-parts.js';

/** Ids that ride in LIN pairs besides product ids. */
const lin = (codes: string): string => `LIN.qualified(LIN02..LIN31, ${codes})`;

/** An I-level HL as a shipment line (use inside `each: "hl(I)"`). */
function itemRules(prefix: string): Rule[] {
  return [
    { id: `${prefix}-number`, target: 'lineNumber', from: ['LIN01', 'SN101'], transform: [{ op: 'trim' }] },
    {
      id: `${prefix}-po-single-order`, target: 'poNumber', from: '/hl(O)/PRF01', when: { path: '/hl(O)[2]', exists: false },
      description: 'the one order of the ASN (an item cannot see its own O level when there are several)',
    },
    { id: `${prefix}-po`, target: 'poNumber', from: ['PRF01', lin('PO')], transform: [{ op: 'trim' }] },
    { id: `${prefix}-po-line`, target: 'poLineNumber', from: [lin('PL'), 'LIN01', 'SN101'], transform: [{ op: 'trim' }] },
    ...x12ProductRules(prefix, 'LIN', 2, 31),
    { id: `${prefix}-description`, target: 'product.description', from: 'PID[PID01=F].PID05', transform: [{ op: 'trim' }] },
    { id: `${prefix}-quantity`, target: 'quantity.value', from: 'SN102', transform: [{ op: 'decimal' }], required: true },
    { id: `${prefix}-uom`, target: 'quantity.uom', from: 'SN103', required: true },
    { id: `${prefix}-ordered-quantity`, target: 'orderedQuantity.value', from: 'SN105', transform: [{ op: 'decimal' }] },
    { id: `${prefix}-ordered-uom`, target: 'orderedQuantity.uom', from: 'SN106', when: { path: 'SN105' } },
    { id: `${prefix}-status`, target: 'status', from: 'SN108' },
    { id: `${prefix}-lot`, target: 'lot', from: [lin('LT'), 'REF[REF01=LT].REF02'], transform: [{ op: 'trim' }] },
    { id: `${prefix}-serial`, target: 'serialNumbers[]', from: lin('SN') },
    { id: `${prefix}-dates`, target: 'dates[]', each: 'DTM', rules: x12DateRules(`${prefix}-date`) },
    { id: `${prefix}-references`, target: 'references[]', each: 'REF', rules: x12ReferenceRules(`${prefix}-reference`) },
  ];
}

/** A T or P level HL as a pack: SSCC from MAN*GM, packaging from PO4/TD1, weight, tracking number. */
function packRules(prefix: string, level: 'tare' | 'pack'): Rule[] {
  return [
    { id: `${prefix}-level`, target: 'level', value: level },
    {
      id: `${prefix}-sscc`, target: 'sscc', from: 'MAN[MAN01=GM].MAN02', transform: [{ op: 'substring', start: 2 }],
      description: "MAN*GM is 'SSCC-18 and Application Identifier': the AI 00 then 18 digits (any other length fails the SSCC check, never truncated into a wrong SSCC); the raw value stays in references",
    },
    { id: `${prefix}-pack-type`, target: 'packType', from: ['PO4.PO404', 'TD1.TD101', 'PKG.PKG04'] },
    { id: `${prefix}-tracking`, target: 'trackingNumber', from: ['REF[REF01=2I].REF02', 'MAN[MAN01=CP].MAN02'], transform: [{ op: 'trim' }] },
    { id: `${prefix}-weight`, target: 'weight.value', from: ['PO4.PO406', 'MEA[MEA02=WT|G].MEA03', 'TD1.TD107'], transform: [{ op: 'decimal' }] },
    {
      id: `${prefix}-weight-uom`, target: 'weight.uom', from: ['PO4.PO407', 'MEA[MEA02=WT|G].MEA04', 'TD1.TD108'],
      when: { any: [{ path: 'PO4.PO406' }, { path: 'MEA[MEA02=WT|G].MEA03' }, { path: 'TD1.TD107' }] },
      description: 'the unit of whichever weight was read (a partner sending a PO4 weight without unit gets the next source\'s unit)',
    },
    {
      id: `${prefix}-marks`, target: 'references[]', each: 'MAN', rules: [
        { id: `${prefix}-mark-qualifier`, target: 'qualifier', from: 'MAN01', transform: [{ op: 'concat', with: ['MAN04'], separator: '/' }] },
        { id: `${prefix}-mark-value`, target: 'value', from: 'MAN02', transform: [{ op: 'trim' }] },
      ],
    },
    { id: `${prefix}-references`, target: 'references[]', each: 'REF', rules: x12ReferenceRules(`${prefix}-reference`) },
  ];
}

const absent = (path: string): Condition => ({ path, exists: false });

export const x12ShipNoticeMap: MapDefinition = {
  format: 'crossdock-map/1',
  kind: 'shipment',
  source: { standard: 'x12', type: '856', version: '004010' },
  name: 'X12 856 ship notice (default)',
  description: 'BSN header, DTM dates, shipment level (TD1 weight and packages, TD5 carrier, REF BM/CN/2I, N1 parties), order level (PRF), tare and pack levels (MAN*GM SSCC, PO4/TD1), item level (LIN ids, SN1 shipped/ordered, PID).',
  tables: { ...x12SharedTables, purpose: x12Purposes, dateQualifier: { ...x12DateQualifiers, '036': 'other', '097': 'document' } },
  rules: [
    { id: 'role', target: 'role', value: 'asn' },
    { id: 'asn-number', target: 'asnNumber', from: 'BSN02', transform: [{ op: 'trim' }], required: true },
    { id: 'purpose', target: 'purpose', from: 'BSN01', transform: [{ op: 'table', table: 'purpose', otherwise: 'drop' }] },
    { id: 'purpose-code', target: 'purposeCode', from: 'BSN01' },
    { id: 'document-date', target: 'documentDate', from: 'BSN03', transform: [{ op: 'date', format: 'auto', time: 'BSN04' }] },
    { id: 'dates', target: 'dates[]', each: 'DTM', rules: x12DateRules('date') },
    { id: 'shipment-dates', target: 'dates[]', each: 'hl(S)/DTM', rules: x12DateRules('shipment-date') },
    { id: 'bill-of-lading', target: 'billOfLading', from: 'hl(S)/REF[REF01=BM].REF02', transform: [{ op: 'trim' }] },
    { id: 'pro-number', target: 'proNumber', from: 'hl(S)/REF[REF01=CN].REF02', transform: [{ op: 'trim' }] },
    {
      id: 'carrier', target: 'carrier', each: 'hl(S)/TD5', rules: [
        { id: 'carrier-scac', target: 'scac', from: 'TD503', when: { path: 'TD502', equals: '2' } },
        { id: 'carrier-mode', target: 'mode', from: 'TD504' },
        { id: 'carrier-name', target: 'name', from: 'TD505', transform: [{ op: 'trim' }] },
        { id: 'carrier-service', target: 'serviceLevel', from: 'TD512' },
      ],
    },
    { id: 'carrier-tracking', target: 'carrier.trackingNumber', from: 'hl(S)/REF[REF01=2I].REF02', transform: [{ op: 'trim' }] },
    { id: 'total-weight', target: 'totalWeight.value', from: 'hl(S)/TD1.TD107', transform: [{ op: 'decimal' }] },
    { id: 'total-weight-uom', target: 'totalWeight.uom', from: 'hl(S)/TD1.TD108', when: { path: 'hl(S)/TD1.TD107' } },
    { id: 'package-count', target: 'declaredPackageCount', from: 'hl(S)/TD1.TD102', transform: [{ op: 'integer' }] },
    { id: 'references', target: 'references[]', each: 'hl(S)/REF', rules: x12ReferenceRules('reference') },
    { id: 'parties', target: 'parties[]', each: 'hl(S)/loop(N1)', rules: x12PartyRules('party') },
    {
      id: 'orders', target: 'orders[]', each: 'hl(O)', rules: [
        { id: 'order-po', target: 'poNumber', from: ['PRF01', 'REF[REF01=PO].REF02'], transform: [{ op: 'trim' }] },
        { id: 'order-release', target: 'releaseNumber', from: 'PRF02' },
        { id: 'order-date', target: 'orderDate', from: 'PRF04', transform: [{ op: 'date', format: 'auto' }] },
        { id: 'order-number', target: 'orderNumber', from: 'REF[REF01=VN].REF02', transform: [{ op: 'trim' }] },
      ],
    },
    { id: 'order-parties', target: 'parties[]', each: 'hl(O)/loop(N1)', rules: x12PartyRules('order-party') },
    {
      id: 'tares', target: 'packs[]', each: 'hl(T)', when: { path: 'hl(P)' }, rules: [
        ...packRules('tare', 'tare'),
        { id: 'tare-packs', target: 'packs[]', each: 'hl(P)', rules: [...packRules('tare-pack', 'pack'), { id: 'tare-pack-items', target: 'lines[]', each: 'hl(I)', rules: itemRules('tare-pack-item') }] },
      ],
      description: 'pallets holding cartons',
    },
    {
      id: 'tares-of-items', target: 'packs[]', each: 'hl(T)', when: absent('hl(P)'), rules: [
        ...packRules('item-tare', 'tare'),
        { id: 'item-tare-items', target: 'lines[]', each: 'hl(I)', rules: itemRules('item-tare-item') },
      ],
      description: 'pallets holding items directly',
    },
    {
      id: 'packs', target: 'packs[]', each: 'hl(P)', when: absent('/hl(T)'), rules: [
        ...packRules('pack', 'pack'),
        { id: 'pack-items', target: 'lines[]', each: 'hl(I)', rules: itemRules('pack-item') },
      ],
      description: 'cartons when the ASN has no tare level',
    },
    {
      id: 'items', target: 'lines[]', each: 'hl(I)', when: { all: [absent('/hl(T)'), absent('/hl(P)')] }, rules: itemRules('item'),
      description: 'items of a standard-pack ASN (no tare or pack level)',
    },
  ],
};
