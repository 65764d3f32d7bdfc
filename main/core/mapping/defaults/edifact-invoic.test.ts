import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { edifactInvoicMap } from './edifact-invoic.js';
import { describeCorpus, describeGoldens, fixturesDir, mapFile } from './edifact-testkit.js';

describeGoldens('INVOIC', edifactInvoicMap, ['invoic-d96a.edi', 'invoic-d01b.edi']);

describe('EDIFACT INVOIC credit notes', () => {
  it('maps BGM 380 to an invoice and BGM 381 to a credit that names the invoice it corrects', () => {
    const [invoice, credit] = mapFile(path.join(fixturesDir, 'edifact-invoic/invoic-d01b.edi'), edifactInvoicMap, 'INVOIC').map((message) => message.result.document);
    expect([invoice?.kind, invoice?.invoiceNumber, invoice?.creditNumber]).toEqual(['invoice', 'INV-2026-10502', undefined]);
    expect([credit?.kind, credit?.adjustment, credit?.creditNumber, credit?.invoiceNumber]).toEqual(['credit', 'credit', 'CN-2026-00311', 'INV-2026-10502']);
    expect(credit?.terms).toBeUndefined();
  });
});

const skeletonInvoiceErrors = [
  'total-amount: required: MOA[MOA01.1=77].MOA01.2 or MOA[MOA01.1=9].MOA01.2 or MOA[MOA01.1=86].MOA01.2 or MOA[MOA01.1=128].MOA01.2 gave no value for totals.total.amount',
  'lines: an invoice needs at least one line or totals.total',
];
const wrongDateFormat = ["document-date: date: '199910060000' does not match DTM format 102 (8 digits)"];

describeCorpus('INVOIC', edifactInvoicMap, [
  // BGM, NAD and nothing else: no line, no MOA total
  { file: 'BerryWorksSoftware__edireader__tiny-UNOA.edi', messages: 1, errors: { '00000000000117': skeletonInvoiceErrors } },
  { file: 'BerryWorksSoftware__edireader__tiny-UNOE.edi', messages: 1, errors: { '00000000000117': skeletonInvoiceErrors } },
  { file: 'BerryWorksSoftware__edireader__tiny-syntaxVariants-UNOA.edi', messages: 1, errors: { '00000000000117': skeletonInvoiceErrors } },
  { file: 'BerryWorksSoftware__edireader__tiny-withUNA-UNOE.edi', messages: 1, errors: { '00000000000117': skeletonInvoiceErrors } },
  // DTM+137 says format 102 (CCYYMMDD) but carries 12 digits
  { file: 'nerdocs__pydifact__invoice1.edi', messages: 1, errors: { '1': wrongDateFormat } },
  { file: 'nerdocs__pydifact__invoice_with_colon_at_end.edi', messages: 1, errors: { '1': wrongDateFormat } },
  { file: 'bots-edi__bots-plugins__invoic1.edi', messages: 2 },
  { file: 'bots-edi__bots-plugins__invoic01.edi', messages: 2 },
  // summary TAX group: MOA+124:539.82:UK::9, 'UK' is not an ISO 4217 currency
  { file: 'smooks__smooks-edi-cartridge__invoic.txt', messages: 1, errors: { '30': ['tax-tax-currency: expected an ISO 4217 currency code such as USD'] } },
  {
    file: 'smooks__smooks-edi-cartridge__input.edi',
    notThisType: 'a message body only (starts at BGM, no UNA/UNB/UNH/UNT/UNZ): the parser finds no INVOIC message to map',
  },
]);
