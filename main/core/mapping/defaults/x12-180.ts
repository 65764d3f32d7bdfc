/**
 * The default X12 180 return merchandise authorization and notification map (→ return). BGN names the return
 * authorization; each BLI loop is a returned item. The spec in parsers/specs/x12 has no RDR segment, so return
 * reasons and dispositions are not mapped (a partner map can add them once the spec knows RDR).
 */
import type { MapDefinition } from '../format.js';
import { x12Purposes } from './x12-855.js';
import { x12DateRules, x12PartyRules, x12ReferenceRules, x12SharedTables } from './x12-parts.js';

/** BLI ids: BLI01/02 is the first pair, BLI08..BLI13 three more. */
const bli = (codes: string): string[] => [`BLI.qualified(BLI01..BLI02, ${codes})`, `BLI.qualified(BLI08..BLI13, ${codes})`];

export const x12ReturnMap: MapDefinition = {
  format: 'crossdock-map/1',
  kind: 'return',
  source: { standard: 'x12', type: '180', version: '004010' },
  name: 'X12 180 return authorization (default)',
  description: 'BGN (purpose, RMA number, date and time), PRF purchase order, DTM dates, REF (IV invoice, VN order), N1 parties, BLI lines (product ids by qualifier, quantity, unit price, PID, PRF line, REF).',
  tables: { ...x12SharedTables, purpose: x12Purposes },
  rules: [
    { id: 'return-number', target: 'returnNumber', from: 'BGN02', transform: [{ op: 'trim' }], required: true },
    { id: 'purpose', target: 'purpose', from: 'BGN01', transform: [{ op: 'table', table: 'purpose', otherwise: 'drop' }] },
    { id: 'purpose-code', target: 'purposeCode', from: 'BGN01' },
    { id: 'document-date', target: 'documentDate', from: 'BGN03', transform: [{ op: 'date', format: 'auto', time: 'BGN04' }] },
    { id: 'po-number', target: 'poNumber', from: ['PRF01', 'REF[REF01=PO].REF02'], transform: [{ op: 'trim' }] },
    { id: 'order-number', target: 'orderNumber', from: 'REF[REF01=VN].REF02', transform: [{ op: 'trim' }] },
    { id: 'invoice-number', target: 'invoiceNumber', from: 'REF[REF01=IV].REF02', transform: [{ op: 'trim' }] },
    { id: 'dates', target: 'dates[]', each: 'DTM', rules: x12DateRules('date') },
    { id: 'references', target: 'references[]', each: 'REF', rules: x12ReferenceRules('reference') },
    { id: 'parties', target: 'parties[]', each: 'loop(N1)', rules: x12PartyRules('party') },
    {
      id: 'lines', target: 'lines[]', each: 'loop(BLI)', required: true, rules: [
        { id: 'line-number', target: 'lineNumber', from: 'REF[REF01=LI].REF02', transform: [{ op: 'trim' }] },
        { id: 'line-po-line', target: 'poLineNumber', from: 'PRF.PRF05', transform: [{ op: 'trim' }] },
        { id: 'line-buyer-part', target: 'product.buyerPart', from: bli('BP|IN|PI') },
        { id: 'line-vendor-part', target: 'product.vendorPart', from: bli('VN|VP|VA') },
        { id: 'line-upc', target: 'product.upc', from: bli('UP|UA') },
        { id: 'line-ean', target: 'product.ean', from: bli('EN') },
        { id: 'line-gtin', target: 'product.gtin', from: bli('UK|EO') },
        { id: 'line-sku', target: 'product.sku', from: bli('SK') },
        {
          id: 'line-sku-xref', target: 'product.sku', from: bli('BP|IN|PI'), when: { not: { any: bli('SK').map((path) => ({ path })) } },
          transform: [{ op: 'item', by: 'buyerPart', to: 'sku', otherwise: 'drop' }],
        },
        { id: 'line-description', target: 'product.description', from: 'PID[PID01=F].PID05', transform: [{ op: 'trim' }] },
        { id: 'line-quantity', target: 'quantity.value', from: 'BLI03', transform: [{ op: 'decimal' }], required: true },
        { id: 'line-uom', target: 'quantity.uom', from: 'BLI04', required: true },
        { id: 'line-price', target: 'unitPrice.amount', from: 'BLI06', transform: [{ op: 'decimal' }] },
        { id: 'line-invoice-number', target: 'invoiceNumber', from: 'REF[REF01=IV].REF02', transform: [{ op: 'trim' }] },
        { id: 'line-references', target: 'references[]', each: 'REF', rules: x12ReferenceRules('line-reference') },
      ],
    },
  ],
};
