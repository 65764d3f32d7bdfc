/**
 * The default EDIFACT ORDERS map. Groups are named by their trigger segment (loop(LIN), loop(NAD)), not by number,
 * because the numbers move between directories (LIN is SG25 in D.96A, SG28 in D.01B).
 */
import type { MapDefinition } from '../format.js';
import { edifactAllowanceRules, edifactDateRules, edifactPartyRules, edifactProductRules, edifactReferenceRules, edifactSharedTables } from './edifact-parts.js';

/** EDIFACT 1225 message function code (BGM03) → canonical purpose. */
const purposes = { '9': 'original', '5': 'replace', '3': 'cancel', '1': 'cancel', '4': 'change', '6': 'confirmation', '7': 'duplicate', '31': 'duplicate', '43': 'other' };

export const edifactOrdersMap: MapDefinition = {
  format: 'crossdock-map/1',
  kind: 'order',
  source: { standard: 'edifact', type: 'ORDERS', version: 'D96A' },
  name: 'EDIFACT ORDERS purchase order (default)',
  description: 'BGM number and function, DTM dates, FTX notes, RFF references, NAD parties with CTA/COM contacts, CUX currency, ALC allowances, LIN lines with PIA ids, IMD description, QTY 21, PRI AAA/AAB, line DTM/RFF/NAD/ALC, CNT and MOA totals.',
  tables: { ...edifactSharedTables, purpose: purposes },
  rules: [
    { id: 'role', target: 'role', value: 'purchase-order' },
    { id: 'po-number', target: 'poNumber', from: 'BGM02.1', transform: [{ op: 'trim' }], required: true },
    { id: 'order-type', target: 'orderType', from: 'BGM01.1' },
    { id: 'purpose', target: 'purpose', from: 'BGM03', transform: [{ op: 'table', table: 'purpose', otherwise: 'drop' }] },
    { id: 'purpose-code', target: 'purposeCode', from: 'BGM03' },
    {
      id: 'document-date', target: 'documentDate', from: 'DTM[DTM01.1=137].DTM01.2',
      transform: [{ op: 'date', format: '102', formatFrom: 'DTM[DTM01.1=137].DTM01.3' }],
    },
    { id: 'dates', target: 'dates[]', each: 'DTM', when: { path: 'DTM01.1', notEquals: '137' }, rules: edifactDateRules('date') },
    { id: 'notes', target: 'notes[]', from: 'FTX04.1', transform: [{ op: 'trim' }] },
    { id: 'contract-number', target: 'contractNumber', from: 'RFF[RFF01.1=CT].RFF01.2' },
    { id: 'references', target: 'references[]', each: 'loop(RFF)', rules: edifactReferenceRules('reference') },
    { id: 'parties', target: 'parties[]', each: 'loop(NAD)', rules: edifactPartyRules('party') },
    { id: 'currency', target: 'currency', from: ['CUX[CUX01.1=2].CUX01.2', 'CUX01.2'] },
    {
      id: 'carrier', target: 'carrier', each: 'loop(TDT)', rules: [
        { id: 'carrier-mode', target: 'mode', from: 'TDT03.1' },
        { id: 'carrier-scac', target: 'scac', from: 'TDT05.1', when: { path: 'TDT05.3', equals: '182' } },
        { id: 'carrier-name', target: 'name', from: 'TDT05.4', transform: [{ op: 'trim' }] },
      ],
    },
    { id: 'allowances', target: 'allowancesCharges[]', each: 'loop(ALC)', when: { path: 'ALC01', in: ['A', 'C'] }, rules: edifactAllowanceRules('allowance', '/CUX01.2') },
    {
      id: 'lines', target: 'lines[]', each: 'loop(LIN)', required: true, rules: [
        { id: 'line-number', target: 'lineNumber', from: 'LIN01', transform: [{ op: 'trim' }] },
        {
          id: 'line-quantity', target: 'quantity.value', from: ['QTY[QTY01.1=21].QTY01.2', 'QTY[QTY01.1=1].QTY01.2'], transform: [{ op: 'decimal' }], required: true,
          description: 'ordered quantity (21), else discrete quantity (1)',
        },
        {
          id: 'line-uom', target: 'quantity.uom', from: ['QTY[QTY01.1=21].QTY01.3', 'QTY[QTY01.1=1].QTY01.3'], default: 'PCE', required: true,
          description: 'EDIFACT leaves the unit out for pieces',
        },
        { id: 'line-price', target: 'unitPrice.amount', from: ['PRI[PRI01.1=AAA].PRI01.2', 'PRI[PRI01.1=AAB].PRI01.2'], transform: [{ op: 'decimal' }] },
        { id: 'line-price-currency', target: 'unitPrice.currency', from: ['CUX01.2', '/CUX01.2'], when: { path: 'PRI[PRI01.1=AAA|AAB].PRI01.2' } },
        { id: 'line-price-basis', target: 'priceBasis', from: 'PRI01.5' },
        ...edifactProductRules('line'),
        { id: 'line-amount', target: 'amount.amount', from: 'MOA[MOA01.1=203].MOA01.2', transform: [{ op: 'decimal' }] },
        { id: 'line-amount-currency', target: 'amount.currency', from: '/CUX01.2', when: { path: 'MOA[MOA01.1=203].MOA01.2' } },
        { id: 'line-dates', target: 'dates[]', each: 'DTM', rules: edifactDateRules('line-date') },
        { id: 'line-references', target: 'references[]', each: 'loop(RFF)', rules: edifactReferenceRules('line-reference') },
        { id: 'line-parties', target: 'parties[]', each: 'loop(NAD)', rules: edifactPartyRules('line-party') },
        { id: 'line-allowances', target: 'allowancesCharges[]', each: 'loop(ALC)', when: { path: 'ALC01', in: ['A', 'C'] }, rules: edifactAllowanceRules('line-allowance', '/CUX01.2') },
        { id: 'line-notes', target: 'notes[]', from: 'FTX04.1', transform: [{ op: 'trim' }] },
      ],
    },
    { id: 'declared-line-count', target: 'declaredLineCount', from: 'CNT[CNT01.1=2].CNT01.2', transform: [{ op: 'integer' }] },
    { id: 'total-amount', target: 'totalAmount.amount', from: ['MOA[MOA01.1=86].MOA01.2', 'MOA[MOA01.1=128].MOA01.2', 'MOA[MOA01.1=79].MOA01.2'], transform: [{ op: 'decimal' }] },
    { id: 'total-currency', target: 'totalAmount.currency', from: 'CUX01.2', when: { path: 'MOA[MOA01.1=86|128|79].MOA01.2' } },
  ],
};
