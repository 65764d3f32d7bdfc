/**
 * The default X12 810 invoice map (→ invoice, or credit). The canonical model keeps credit notes apart from invoices
 * (a credit must never be summed as a sale), so an 810 whose BIG07 says credit memo (CR) or debit memo (DR) becomes a
 * `credit` document: the `kind` rule overwrites the map's kind, and the fields that differ between the two kinds have
 * a rule for each, guarded by BIG07.
 */
import type { Condition, MapDefinition, Rule } from '../format.js';
import { x12Purposes } from './x12-855.js';
import { x12AllowanceRules, x12DateRules, x12PartyRules, x12ProductRules, x12ReferenceRules, x12SharedTables } from './x12-parts.js';

/** X12 640 transaction type codes (BIG07) that make the 810 an adjustment, not a sale. */
const memoTypes = ['CR', 'DR'];
const isMemo: Condition = { path: '/BIG07', in: memoTypes };
const isInvoice: Condition = { not: isMemo };

const taxRules = (prefix: string): Rule[] => [
  { id: `${prefix}-type`, target: 'type', from: 'TXI01', required: true },
  { id: `${prefix}-amount`, target: 'amount.amount', from: 'TXI02', transform: [{ op: 'decimal' }] },
  { id: `${prefix}-amount-currency`, target: 'amount.currency', from: '/CUR02', when: { path: 'TXI02' } },
  { id: `${prefix}-percent`, target: 'percent', from: 'TXI03', transform: [{ op: 'decimal' }] },
  { id: `${prefix}-jurisdiction`, target: 'jurisdiction', from: 'TXI05', transform: [{ op: 'trim' }] },
];

/** What invoice lines and credit lines share (IT1 quantity, price, ids, taxes, references). */
function commonLineRules(prefix: string, quantityRequired: boolean): Rule[] {
  return [
    { id: `${prefix}-number`, target: 'lineNumber', from: 'IT101', transform: [{ op: 'trim' }] },
    { id: `${prefix}-quantity`, target: 'quantity.value', from: 'IT102', transform: [{ op: 'decimal' }], required: quantityRequired },
    { id: `${prefix}-uom`, target: 'quantity.uom', from: 'IT103', ...(quantityRequired ? { required: true } : { when: { path: 'IT102' } }) },
    { id: `${prefix}-price`, target: 'unitPrice.amount', from: 'IT104', transform: [{ op: 'decimal' }] },
    { id: `${prefix}-price-currency`, target: 'unitPrice.currency', from: '/CUR02', when: { path: 'IT104' } },
    ...x12ProductRules(prefix, 'IT1', 6, 25),
    { id: `${prefix}-description`, target: 'product.description', from: 'PID[PID01=F].PID05', transform: [{ op: 'trim' }] },
    { id: `${prefix}-taxes`, target: 'taxes[]', each: 'TXI', rules: taxRules(`${prefix}-tax`) },
    { id: `${prefix}-references`, target: 'references[]', each: 'REF', rules: x12ReferenceRules(`${prefix}-reference`) },
  ];
}

const invoiceLineRules: Rule[] = [
  ...commonLineRules('line', true),
  { id: 'line-po-line', target: 'poLineNumber', from: 'IT1.qualified(IT106..IT125, PL)', transform: [{ op: 'trim' }] },
  { id: 'line-price-basis', target: 'priceBasis', from: 'IT105' },
  { id: 'line-allowances', target: 'allowancesCharges[]', each: 'loop(SAC)', rules: x12AllowanceRules('line-allowance', '/CUR02') },
  { id: 'line-dates', target: 'dates[]', each: 'DTM', rules: x12DateRules('line-date') },
];

const creditLineRules: Rule[] = [
  ...commonLineRules('credit-line', false),
  { id: 'credit-line-invoice-line', target: 'invoiceLineNumber', from: 'IT1.qualified(IT106..IT125, PL)', transform: [{ op: 'trim' }] },
];

/** TDS amounts are N2: two implied decimals. */
const money = (prefix: string, target: string, from: string): Rule[] => [
  { id: prefix, target: `${target}.amount`, from, transform: [{ op: 'implied-decimal', places: 2 }] },
  { id: `${prefix}-currency`, target: `${target}.currency`, from: '/CUR02', when: { path: from } },
];

export const x12InvoiceMap: MapDefinition = {
  format: 'crossdock-map/1',
  kind: 'invoice',
  source: { standard: 'x12', type: '810', version: '004010' },
  name: 'X12 810 invoice (default)',
  description: 'BIG header (BIG07 CR/DR makes a credit), CUR, REF (IA vendor, VN order, BM bill of lading, SI shipment), N1 parties, ITD terms, DTM dates, IT1 lines (ids by qualifier, TXI taxes, SAC allowances), TDS totals (N2), TXI taxes, SAC allowances and charges, CTT.',
  tables: { ...x12SharedTables, purpose: x12Purposes, adjustment: { CR: 'credit', DR: 'debit' } },
  rules: [
    { id: 'kind', target: 'kind', value: 'credit', when: isMemo, description: 'credit and debit memos are credits, not invoices' },
    { id: 'adjustment', target: 'adjustment', from: 'BIG07', when: isMemo, transform: [{ op: 'table', table: 'adjustment' }] },
    { id: 'invoice-number', target: 'invoiceNumber', from: 'BIG02', when: isInvoice, transform: [{ op: 'trim' }], required: true },
    { id: 'credit-number', target: 'creditNumber', from: 'BIG02', when: isMemo, transform: [{ op: 'trim' }], required: true },
    {
      id: 'credited-invoice', target: 'invoiceNumber', from: ['BIG10', 'REF[REF01=OI].REF02', 'REF[REF01=IV].REF02'], when: isMemo, transform: [{ op: 'trim' }],
      description: 'the invoice the memo corrects: BIG10, or REF*OI original invoice / REF*IV',
    },
    { id: 'po-number', target: 'poNumber', from: ['BIG04', 'REF[REF01=PO].REF02'], transform: [{ op: 'trim' }] },
    { id: 'document-date', target: 'documentDate', from: 'BIG01', transform: [{ op: 'date', format: 'auto' }] },
    {
      id: 'order-date', target: 'dates[]', each: 'BIG', when: { path: 'BIG03' }, rules: [
        { id: 'order-date-qualifier', target: 'qualifier', value: 'order' },
        { id: 'order-date-value', target: 'date', from: 'BIG03', transform: [{ op: 'date', format: 'auto' }] },
      ],
    },
    { id: 'purpose', target: 'purpose', from: 'BIG08', when: isInvoice, transform: [{ op: 'table', table: 'purpose', otherwise: 'drop' }] },
    { id: 'purpose-code', target: 'purposeCode', from: 'BIG08', when: isInvoice },
    { id: 'order-number', target: 'orderNumber', from: 'REF[REF01=VN].REF02', when: isInvoice, transform: [{ op: 'trim' }] },
    { id: 'asn-number', target: 'asnNumber', from: 'REF[REF01=SI].REF02', when: isInvoice, transform: [{ op: 'trim' }], description: "REF*SI shipper's identifying number: the BSN02 of the ship notice" },
    { id: 'bill-of-lading', target: 'billOfLading', from: 'REF[REF01=BM].REF02', when: isInvoice, transform: [{ op: 'trim' }] },
    { id: 'return-number', target: 'returnNumber', from: 'REF[REF01=RZ|QJ].REF02', when: isMemo, transform: [{ op: 'trim' }], description: 'REF*RZ returned goods authorization' },
    { id: 'memo-reason', target: 'reason', from: 'NTE.NTE02', when: isMemo, transform: [{ op: 'trim' }] },
    { id: 'currency', target: 'currency', from: 'CUR02' },
    { id: 'references', target: 'references[]', each: 'REF', rules: x12ReferenceRules('reference') },
    { id: 'dates', target: 'dates[]', each: 'DTM', rules: x12DateRules('date') },
    { id: 'parties', target: 'parties[]', each: 'loop(N1)', rules: x12PartyRules('party') },
    { id: 'notes', target: 'notes[]', from: 'NTE.NTE02', when: isInvoice, transform: [{ op: 'trim' }] },
    {
      id: 'terms', target: 'terms', each: 'ITD', when: isInvoice, rules: [
        { id: 'terms-code', target: 'code', from: 'ITD01' },
        { id: 'terms-discount-percent', target: 'discountPercent', from: 'ITD03', transform: [{ op: 'decimal' }] },
        { id: 'terms-discount-days', target: 'discountDays', from: 'ITD05', transform: [{ op: 'integer' }] },
        { id: 'terms-net-days', target: 'netDays', from: 'ITD07', transform: [{ op: 'integer' }] },
        { id: 'terms-due-date', target: 'dueDate', from: 'ITD06', transform: [{ op: 'date', format: 'auto' }] },
        { id: 'terms-description', target: 'description', from: 'ITD12', transform: [{ op: 'trim' }] },
      ],
    },
    { id: 'lines', target: 'lines[]', each: 'loop(IT1)', when: isInvoice, rules: invoiceLineRules },
    { id: 'credit-lines', target: 'lines[]', each: 'loop(IT1)', when: isMemo, rules: creditLineRules },
    { id: 'taxes', target: 'taxes[]', each: 'TXI', rules: taxRules('tax') },
    { id: 'allowances', target: 'allowancesCharges[]', each: 'loop(SAC)', rules: x12AllowanceRules('allowance', '/CUR02') },
    ...money('total', 'totals.total', 'TDS01'),
    ...money('discountable', 'totals.discountableAmount', 'TDS02'),
    { id: 'declared-line-count', target: 'totals.declaredLineCount', from: 'CTT01', transform: [{ op: 'integer' }] },
  ],
};
