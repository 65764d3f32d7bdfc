/** The default X12 850 purchase order map: every partner's 850 map starts from this one. */
import type { MapDefinition } from '../format.js';
import { x12AllowanceRules, x12DateRules, x12PartyRules, x12ProductRules, x12ReferenceRules, x12SharedTables } from './x12-parts.js';

/** X12 353 transaction set purpose code (BEG01) → canonical purpose. */
const purposes = { '00': 'original', '01': 'cancel', '04': 'change', '05': 'replace', '06': 'confirmation', '07': 'duplicate', '18': 'other' };

export const x12PurchaseOrderMap: MapDefinition = {
  format: 'crossdock-map/1',
  kind: 'order',
  source: { standard: 'x12', type: '850', version: '004010' },
  name: 'X12 850 purchase order (default)',
  description: 'BEG header, CUR, REF, ITD terms, DTM dates, TD5 carrier, SAC allowances, N1 parties, PO1 lines with product ids by qualifier, PID descriptions, line DTM/SAC/N1, CTT count and AMT total.',
  tables: { ...x12SharedTables, purpose: purposes },
  rules: [
    { id: 'role', target: 'role', value: 'purchase-order' },
    { id: 'po-number', target: 'poNumber', from: 'BEG03', transform: [{ op: 'trim' }], required: true },
    { id: 'purpose', target: 'purpose', from: 'BEG01', transform: [{ op: 'table', table: 'purpose', otherwise: 'drop' }] },
    { id: 'purpose-code', target: 'purposeCode', from: 'BEG01' },
    { id: 'order-type', target: 'orderType', from: 'BEG02' },
    { id: 'release-number', target: 'releaseNumber', from: 'BEG04' },
    { id: 'document-date', target: 'documentDate', from: 'BEG05', transform: [{ op: 'date', format: 'auto' }] },
    { id: 'contract-number', target: 'contractNumber', from: 'REF[REF01=CT].REF02' },
    { id: 'currency', target: 'currency', from: 'CUR02' },
    { id: 'references', target: 'references[]', each: 'REF', rules: x12ReferenceRules('reference') },
    { id: 'dates', target: 'dates[]', each: 'DTM', rules: x12DateRules('date') },
    {
      id: 'terms', target: 'terms', each: 'ITD', rules: [
        { id: 'terms-code', target: 'code', from: 'ITD01' },
        { id: 'terms-discount-percent', target: 'discountPercent', from: 'ITD03', transform: [{ op: 'decimal' }] },
        { id: 'terms-discount-days', target: 'discountDays', from: 'ITD05', transform: [{ op: 'integer' }] },
        { id: 'terms-net-days', target: 'netDays', from: 'ITD07', transform: [{ op: 'integer' }] },
        { id: 'terms-description', target: 'description', from: 'ITD12', transform: [{ op: 'trim' }] },
      ],
    },
    {
      id: 'carrier', target: 'carrier', each: 'TD5', rules: [
        { id: 'carrier-scac', target: 'scac', from: 'TD503', when: { path: 'TD502', equals: '2' } },
        { id: 'carrier-mode', target: 'mode', from: 'TD504' },
        { id: 'carrier-service', target: 'serviceLevel', from: ['TD512', 'TD505'], transform: [{ op: 'trim' }] },
      ],
    },
    { id: 'allowances', target: 'allowancesCharges[]', each: 'loop(SAC)', when: { path: 'SAC01', in: ['A', 'C'] }, rules: x12AllowanceRules('allowance', '/CUR02') },
    { id: 'parties', target: 'parties[]', each: 'loop(N1)', rules: x12PartyRules('party') },
    { id: 'notes', target: 'notes[]', from: 'loop(N9)/MSG.MSG01', transform: [{ op: 'trim' }] },
    {
      id: 'lines', target: 'lines[]', each: 'loop(PO1)', required: true, rules: [
        { id: 'line-number', target: 'lineNumber', from: 'PO101', transform: [{ op: 'trim' }] },
        { id: 'line-quantity', target: 'quantity.value', from: 'PO102', transform: [{ op: 'decimal' }], required: true },
        { id: 'line-uom', target: 'quantity.uom', from: 'PO103', required: true },
        { id: 'line-price', target: 'unitPrice.amount', from: 'PO104', transform: [{ op: 'decimal' }] },
        { id: 'line-price-currency', target: 'unitPrice.currency', from: '/CUR02', when: { path: 'PO104' } },
        { id: 'line-price-basis', target: 'priceBasis', from: 'PO105' },
        ...x12ProductRules('line', 'PO1', 6, 25),
        { id: 'line-description', target: 'product.description', from: 'PID[PID01=F].PID05', transform: [{ op: 'trim' }] },
        { id: 'line-dates', target: 'dates[]', each: 'DTM', rules: x12DateRules('line-date') },
        { id: 'line-references', target: 'references[]', each: 'REF', rules: x12ReferenceRules('line-reference') },
        { id: 'line-allowances', target: 'allowancesCharges[]', each: 'loop(SAC)', when: { path: 'SAC01', in: ['A', 'C'] }, rules: x12AllowanceRules('line-allowance', '/CUR02') },
        { id: 'line-parties', target: 'parties[]', each: 'loop(N1)', rules: x12PartyRules('line-party') },
        { id: 'line-notes', target: 'notes[]', from: 'loop(N9)/MSG.MSG01', transform: [{ op: 'trim' }] },
      ],
    },
    { id: 'declared-line-count', target: 'declaredLineCount', from: 'CTT01', transform: [{ op: 'integer' }] },
    { id: 'total-amount', target: 'totalAmount.amount', from: ['loop(CTT)/AMT[AMT01=TT].AMT02', 'AMT[AMT01=TT].AMT02'], transform: [{ op: 'decimal' }] },
    { id: 'total-currency', target: 'totalAmount.currency', from: 'CUR02', when: { any: [{ path: 'loop(CTT)/AMT[AMT01=TT].AMT02' }, { path: 'AMT[AMT01=TT].AMT02' }] } },
  ],
};
