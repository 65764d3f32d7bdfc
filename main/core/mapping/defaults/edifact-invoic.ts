/**
 * The default EDIFACT INVOIC map, D.96A and D.01B (LIN is SG25 / SG26, the summary MOA group SG48 / SG50: the map
 * names groups by trigger segment). An invoice (BGM 380, 384...) becomes an `invoice`; a credit note (381, 81, 83,
 * 262) or debit note (383, 80, 84) becomes a `credit` (the canonical model's decision: credits are not invoices with
 * a flag), so this one map sets `kind` from BGM 1001 and writes the fields of whichever kind it produced.
 */
import type { Condition, MapDefinition, Rule } from '../format.js';
import { edifactDateRules, edifactPartyRules, edifactProductRules, edifactReferenceRules, edifactSharedTables } from './edifact-parts.js';
import { datableDtm, edifactInvoiceAllowanceRules, edifactPurposes, edifactTaxRules, moneyRules, PRICE_PATHS, PRICE_PRESENT, quantityRules } from './edifact-message-parts.js';

const creditCodes = ['381', '81', '83', '262'];
const debitCodes = ['383', '80', '84'];
const isCredit: Condition = { path: '/BGM01.1', in: [...creditCodes, ...debitCodes] };
const isInvoice: Condition = { not: isCredit };
/** only for invoices: fields the canonical credit does not have */
const forInvoice = (rule: Rule): Rule => ({ ...rule, when: rule.when ? { all: [isInvoice, rule.when] } : isInvoice });

const totals = (target: string, codes: string, prefix: string): Rule[] => moneyRules(prefix, `totals.${target}`, `MOA[MOA01.1=${codes}]`);

export const edifactInvoicMap: MapDefinition = {
  format: 'crossdock-map/1',
  kind: 'invoice',
  source: { standard: 'edifact', type: 'INVOIC', version: 'D96A' },
  name: 'EDIFACT INVOIC invoice / credit note (default)',
  description: 'BGM 380 → invoice, 381/83 → credit, 383 → debit; DTM dates, FTX notes, RFF ON/VN/AAK/DQ/IV, NAD parties, CUX, PAT terms, ALC allowances and charges (MOA 8/204/23, PCD), TAX; LIN lines with QTY 47, PRI AAA/AAB, MOA 203, line TAX/ALC/RFF; CNT; MOA 79/259/260/176/77/9/86 totals and summary TAX with MOA 124/125.',
  tables: { ...edifactSharedTables, purpose: edifactPurposes },
  rules: [
    { id: 'kind-credit', target: 'kind', value: 'credit', when: isCredit },
    { id: 'adjustment-credit', target: 'adjustment', value: 'credit', when: { path: 'BGM01.1', in: creditCodes } },
    { id: 'adjustment-debit', target: 'adjustment', value: 'debit', when: { path: 'BGM01.1', in: debitCodes } },
    forInvoice({ id: 'invoice-number', target: 'invoiceNumber', from: 'BGM02.1', transform: [{ op: 'trim' }], required: true }),
    { id: 'credit-number', target: 'creditNumber', from: 'BGM02.1', transform: [{ op: 'trim' }], required: true, when: isCredit },
    {
      id: 'credited-invoice', target: 'invoiceNumber', from: ['RFF[RFF01.1=IV].RFF01.2', 'RFF[RFF01.1=OI].RFF01.2'], transform: [{ op: 'trim' }], when: isCredit,
      description: 'the invoice a credit or debit note corrects',
    },
    forInvoice({ id: 'purpose', target: 'purpose', from: 'BGM03', transform: [{ op: 'table', table: 'purpose', otherwise: 'drop' }] }),
    forInvoice({ id: 'purpose-code', target: 'purposeCode', from: 'BGM03' }),
    {
      id: 'document-date', target: 'documentDate', from: ['DTM[DTM01.1=137].DTM01.2', 'DTM[DTM01.1=3].DTM01.2'],
      transform: [{ op: 'date', format: '102', formatFrom: 'DTM[DTM01.1=137|3].DTM01.3' }],
    },
    { id: 'dates', target: 'dates[]', each: 'DTM', when: { all: [datableDtm, { path: 'DTM01.1', notEquals: '137' }] }, rules: edifactDateRules('date') },
    { id: 'notes', target: 'notes[]', from: 'FTX04.1', transform: [{ op: 'trim' }] },
    { id: 'po-number', target: 'poNumber', from: 'RFF[RFF01.1=ON].RFF01.2', transform: [{ op: 'trim' }] },
    forInvoice({ id: 'order-number', target: 'orderNumber', from: 'RFF[RFF01.1=VN].RFF01.2', transform: [{ op: 'trim' }] }),
    forInvoice({ id: 'asn-number', target: 'asnNumber', from: 'RFF[RFF01.1=AAK].RFF01.2', transform: [{ op: 'trim' }] }),
    forInvoice({ id: 'bill-of-lading', target: 'billOfLading', from: 'RFF[RFF01.1=BM].RFF01.2', transform: [{ op: 'trim' }] }),
    { id: 'references', target: 'references[]', each: 'loop(RFF)', rules: edifactReferenceRules('reference') },
    { id: 'parties', target: 'parties[]', each: 'loop(NAD)', rules: edifactPartyRules('party') },
    { id: 'currency', target: 'currency', from: ['CUX[CUX01.1=2].CUX01.2', 'CUX01.2'] },
    forInvoice({
      id: 'terms', target: 'terms', each: 'loop(PAT)[PAT01=1|3|20]', rules: [
        { id: 'terms-code', target: 'code', from: 'PAT01' },
        { id: 'terms-net-days', target: 'netDays', from: 'PAT03.4', when: { path: 'PAT03.3', equals: 'D' }, transform: [{ op: 'integer' }] },
        { id: 'terms-due-date', target: 'dueDate', from: 'DTM[DTM01.1=13].DTM01.2', transform: [{ op: 'date', format: '102', formatFrom: 'DTM[DTM01.1=13].DTM01.3' }] },
        { id: 'terms-description', target: 'description', from: 'PAT02.4', transform: [{ op: 'trim' }] },
        { id: 'terms-discount-percent', target: 'discountPercent', from: '/loop(PAT)[PAT01=22]/PCD[PCD01.1=12|15].PCD01.2', transform: [{ op: 'decimal' }] },
        { id: 'terms-discount-days', target: 'discountDays', from: '/loop(PAT)[PAT01=22].PAT03.4', transform: [{ op: 'integer' }] },
      ],
    }),
    { id: 'allowances', target: 'allowancesCharges[]', each: 'loop(ALC)', rules: edifactInvoiceAllowanceRules('allowance') },
    {
      id: 'taxes', target: 'taxes[]', each: 'loop(TAX)', rules: edifactTaxRules('tax'),
      description: 'header TAX groups (SG6) and the summary TAX groups (SG50 / SG52)',
    },
    {
      id: 'lines', target: 'lines[]', each: 'loop(LIN)', rules: [
        { id: 'line-number', target: 'lineNumber', from: 'LIN01', transform: [{ op: 'strip-leading-zeros' }] },
        forInvoice({ id: 'line-po-line', target: 'poLineNumber', from: ['RFF[RFF01.1=ON].RFF01.3', 'RFF[RFF01.1=LI].RFF01.2'], transform: [{ op: 'strip-leading-zeros' }] }),
        ...edifactProductRules('line'),
        ...quantityRules('line-quantity', 'quantity', '47', false).map((rule) => (rule.id === 'line-quantity-value' ? forInvoice({ ...rule, required: true }) : forInvoice(rule))),
        ...quantityRules('credit-line-quantity', 'quantity', '47|61|46|12').map((rule) => ({ ...rule, when: rule.when ? { all: [isCredit, rule.when] } : isCredit })),
        { id: 'line-price', target: 'unitPrice.amount', from: PRICE_PATHS, transform: [{ op: 'decimal' }] },
        { id: 'line-price-currency', target: 'unitPrice.currency', from: ['/CUX[CUX01.1=2].CUX01.2', '/CUX01.2'], when: { path: PRICE_PRESENT } },
        forInvoice({ id: 'line-price-basis', target: 'priceBasis', from: 'PRI01.5' }),
        ...moneyRules('line-amount', 'amount', 'MOA[MOA01.1=203]'),
        { id: 'line-taxes', target: 'taxes[]', each: 'loop(TAX)', rules: edifactTaxRules('line-tax') },
        forInvoice({ id: 'line-allowances', target: 'allowancesCharges[]', each: 'loop(ALC)', rules: edifactInvoiceAllowanceRules('line-allowance') }),
        { id: 'line-references', target: 'references[]', each: 'loop(RFF)', rules: edifactReferenceRules('line-reference') },
        forInvoice({ id: 'line-dates', target: 'dates[]', each: 'DTM', when: datableDtm, rules: edifactDateRules('line-date') }),
      ],
    },
    { id: 'declared-line-count', target: 'totals.declaredLineCount', from: 'CNT[CNT01.1=2].CNT01.2', transform: [{ op: 'integer' }] },
    ...totals('lineTotal', '79', 'line-total'),
    ...totals('chargeTotal', '259', 'charge-total'),
    ...totals('allowanceTotal', '260', 'allowance-total'),
    ...totals('taxTotal', '176|124|150', 'tax-total'),
    ...totals('discountableAmount', '129', 'discountable'),
    {
      id: 'total-amount', target: 'totals.total.amount', from: ['MOA[MOA01.1=77].MOA01.2', 'MOA[MOA01.1=9].MOA01.2', 'MOA[MOA01.1=86].MOA01.2', 'MOA[MOA01.1=128].MOA01.2'],
      transform: [{ op: 'decimal' }], required: true,
      description: 'MOA 77 invoice amount, else 9 amount due, 86 message total, 128 total amount',
    },
    { id: 'total-currency', target: 'totals.total.currency', from: ['MOA[MOA01.1=77|9|86|128].MOA01.3', '/CUX01.2'], when: { path: 'MOA[MOA01.1=77|9|86|128].MOA01.2' } },
  ],
};
