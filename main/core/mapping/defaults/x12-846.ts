/**
 * The default X12 846 inventory inquiry/advice map (→ inventory). One LIN loop is one inventory line; its QTY loops
 * (and the QTY segments inside its N1 loops, for partners that report per warehouse) are the typed quantities.
 */
import type { MapDefinition, Rule } from '../format.js';
import { x12Purposes } from './x12-855.js';
import { x12DateRules, x12PartyRules, x12ProductRules, x12ReferenceRules, x12SharedTables } from './x12-parts.js';

/**
 * X12 673 quantity qualifier (QTY01) → canonical stock quantity type; the code stays beside it. Only the codes the
 * standard defines for these meanings: 02 is Cumulative Quantity in 673 (not on order: that is 63), so it stays 'other'.
 */
const quantityTypes = { '33': 'available', '17': 'on-hand', '63': 'on-order' };

function quantityRules(prefix: string): Rule[] {
  return [
    { id: `${prefix}-type`, target: 'type', from: 'QTY01', transform: [{ op: 'table', table: 'quantityType', otherwise: 'drop' }], default: 'other' },
    { id: `${prefix}-code`, target: 'code', from: 'QTY01' },
    { id: `${prefix}-value`, target: 'quantity.value', from: 'QTY02', transform: [{ op: 'decimal' }], required: true },
    { id: `${prefix}-uom`, target: 'quantity.uom', from: 'QTY03', required: true },
  ];
}

export const x12InventoryAdviceMap: MapDefinition = {
  format: 'crossdock-map/1',
  kind: 'inventory',
  source: { standard: 'x12', type: '846', version: '004010' },
  name: 'X12 846 inventory advice (default)',
  description: 'BIA header (purpose, report number, as-of date and time), CUR, DTM, REF, N1 parties, LIN lines with product ids by qualifier, PID, CTP price, QTY loops (with SCH/DTM availability dates) and per-location N1/QTY.',
  tables: { ...x12SharedTables, purpose: x12Purposes, quantityType: quantityTypes },
  rules: [
    { id: 'purpose', target: 'purpose', from: 'BIA01', transform: [{ op: 'table', table: 'purpose', otherwise: 'drop' }] },
    { id: 'purpose-code', target: 'purposeCode', from: 'BIA01' },
    { id: 'report-number', target: 'reportNumber', from: 'BIA03', transform: [{ op: 'trim' }] },
    { id: 'as-of', target: 'asOf', from: 'BIA04', transform: [{ op: 'date', format: 'auto', time: 'BIA05' }] },
    { id: 'currency', target: 'currency', from: 'CUR02' },
    { id: 'dates', target: 'dates[]', each: 'DTM', rules: x12DateRules('date') },
    { id: 'references', target: 'references[]', each: 'REF', rules: x12ReferenceRules('reference') },
    { id: 'parties', target: 'parties[]', each: 'loop(N1)', rules: x12PartyRules('party') },
    {
      id: 'lines', target: 'lines[]', each: 'loop(LIN)', required: true, rules: [
        { id: 'line-number', target: 'lineNumber', from: 'LIN01', transform: [{ op: 'trim' }] },
        ...x12ProductRules('line', 'LIN', 2, 31),
        { id: 'line-description', target: 'product.description', from: 'PID[PID01=F].PID05', transform: [{ op: 'trim' }] },
        { id: 'line-location', target: 'location', from: ['loop(N1)/N104', 'loop(N1)/N102'], transform: [{ op: 'trim' }], description: "the first location's id (or name) when quantities are per N1 location" },
        { id: 'line-price', target: 'unitPrice.amount', from: 'CTP.CTP03', transform: [{ op: 'decimal' }] },
        { id: 'line-price-currency', target: 'unitPrice.currency', from: '/CUR02', when: { path: 'CTP.CTP03' } },
        {
          id: 'line-quantities', target: 'quantities[]', each: 'loop(QTY)', rules: [
            ...quantityRules('quantity'),
            { id: 'quantity-date', target: 'date', from: ['DTM.DTM02', 'SCH.SCH06'], transform: [{ op: 'date', format: 'auto' }] },
          ],
        },
        { id: 'line-location-quantities', target: 'quantities[]', each: 'loop(N1)/QTY', rules: quantityRules('location-quantity') },
        { id: 'line-references', target: 'references[]', each: 'REF', rules: x12ReferenceRules('line-reference') },
      ],
    },
  ],
};
