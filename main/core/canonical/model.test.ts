import { describe, expect, it } from 'vitest';
import { addDecimals, compareDecimals, multiplyDecimals, roundDecimal, sumDecimals } from './decimal.js';
import { canonicalKinds, isCanonicalKind, schemaFor, validateCanonical, type CanonicalIssue } from './model.js';
import { allCanonicalSamples, canonicalSamples, sampleAsn, sampleInvoice, sampleOrder } from './samples.js';
import { shipmentLines } from './shipment.js';

const REMOVE = Symbol('remove');

/** A deep copy of a sample with values set (or removed) at paths such as 'lines[0].unitPrice.amount'. */
function broken(sample: object, ...edits: [path: string, value: unknown][]): unknown {
  const copy = structuredClone(sample) as Record<string, unknown>;
  for (const [path, value] of edits) {
    const keys = path.replace(/\[(\d+)\]/g, '.$1').split('.');
    const last = keys.pop()!;
    let target = copy as Record<string, unknown>;
    for (const key of keys) target = target[key] as Record<string, unknown>;
    if (value === REMOVE) delete target[last];
    else target[last] = value;
  }
  return copy;
}

function issuesOf(document: unknown): CanonicalIssue[] {
  const result = validateCanonical(document);
  if (result.ok) throw new Error('expected the document to be rejected');
  return result.issues;
}

describe('canonical samples', () => {
  it('has one valid sample per kind, and every role sample validates', () => {
    expect(Object.keys(canonicalSamples).sort()).toEqual([...canonicalKinds].sort());
    for (const sample of allCanonicalSamples) {
      const result = validateCanonical(sample);
      expect(result.ok ? [] : result.issues, `${sample.kind}`).toEqual([]);
      expect(schemaFor(sample.kind).safeParse(sample).success).toBe(true);
    }
  });

  it('invoice sample adds up: lines, allowances and charges, tax, total', () => {
    const lines = sampleInvoice.lines ?? [];
    for (const line of lines) expect(compareDecimals(roundDecimal(multiplyDecimals(line.quantity.value, line.unitPrice!.amount), 2), line.amount!.amount)).toBe(0);
    const lineTotal = sumDecimals(lines.map((line) => line.amount!.amount));
    expect(lineTotal).toBe(sampleInvoice.totals!.lineTotal!.amount);
    const afterAllowances = addDecimals(addDecimals(lineTotal, sampleInvoice.totals!.chargeTotal!.amount), `-${sampleInvoice.totals!.allowanceTotal!.amount}`);
    const tax = sampleInvoice.taxes![0]!;
    expect(tax.taxableAmount!.amount).toBe(afterAllowances);
    expect(roundDecimal(multiplyDecimals(afterAllowances, tax.percent!), 4)).toBe('1279.6250');
    expect(addDecimals(afterAllowances, tax.amount!.amount)).toBe(sampleInvoice.totals!.total!.amount);
  });

  it('shipmentLines flattens nested packs with their SSCC path', () => {
    const lines = shipmentLines(sampleAsn);
    expect(lines.map(({ line, packPath }) => [line.lineNumber, packPath])).toEqual([
      ['1', ['006141411234567890', '006141411234567906']],
      ['2', ['006141411234567890', '006141411234567913']],
    ]);
  });
});

describe('validateCanonical rejections name the exact path', () => {
  const cases: [string, unknown, string, RegExp?][] = [
    ['money as a float', broken(sampleOrder, ['lines[0].unitPrice.amount', 12.5]), 'lines[0].unitPrice.amount'],
    ['money with an exponent', broken(sampleInvoice, ['totals.total.amount', '1.893e2']), 'totals.total.amount', /decimal string/],
    ['money with a comma', broken(sampleInvoice, ['lines[1].amount.amount', '45,00']), 'lines[1].amount.amount'],
    ['lowercase currency', broken(sampleOrder, ['currency', 'usd']), 'currency', /ISO 4217/],
    ['quantity as a number', broken(sampleOrder, ['lines[1].quantity.value', 24]), 'lines[1].quantity.value'],
    ['quantity without unit', broken(sampleOrder, ['lines[0].quantity.uom', REMOVE]), 'lines[0].quantity.uom'],
    ['30 February', broken(sampleOrder, ['documentDate.value', '2026-02-30']), 'documentDate.value', /not a calendar day/],
    ['date that does not match its precision', broken(sampleOrder, ['dates[0].date.value', '2026-12-01T10:00']), 'dates[0].date.value', /ISO-8601 day/],
    ['25 o clock', broken(sampleAsn, ['documentDate.value', '2026-11-27T25:05']), 'documentDate.value', /time of day/],
    ['missing PO number', broken(sampleOrder, ['poNumber', REMOVE]), 'poNumber'],
    ['empty PO number', broken(sampleOrder, ['poNumber', '']), 'poNumber'],
    ['order without lines', broken(sampleOrder, ['lines', []]), 'lines'],
    ['order without role', broken(sampleOrder, ['role', REMOVE]), 'role'],
    ['unknown order role', broken(sampleOrder, ['role', 'sales-order']), 'role'],
    ['unknown field (strict)', broken(sampleOrder, ['lines[0].colour', 'blue']), 'lines[0]', /colour/],
    ['SSCC with 17 digits', broken(sampleAsn, ['packs[0].packs[1].sscc', '00614141123456791']), 'packs[0].packs[1].sscc', /18-digit SSCC/],
    ['nested pack line without quantity', broken(sampleAsn, ['packs[0].packs[0].lines[0].quantity', REMOVE]), 'packs[0].packs[0].lines[0].quantity'],
    ['shipment without any number', broken(sampleAsn, ['asnNumber', REMOVE], ['shipmentNumber', REMOVE]), 'asnNumber', /asnNumber, shipmentNumber or receiptNumber/],
    ['shipment without lines or packs', broken(sampleAsn, ['packs', REMOVE]), 'lines', /line or pack/],
    ['invoice without lines or total', broken(sampleInvoice, ['lines', REMOVE], ['totals', REMOVE]), 'lines', /totals.total/],
    ['invoice without number', broken(sampleInvoice, ['invoiceNumber', REMOVE]), 'invoiceNumber'],
    ['GTIN with letters', broken(sampleOrder, ['lines[0].product.gtin', '0061414112345X']), 'lines[0].product.gtin'],
    ['ack line without statuses', broken(canonicalSamples['order-ack'], ['lines[1].statuses', []]), 'lines[1].statuses'],
    ['inventory line without quantities', broken(canonicalSamples.inventory, ['lines[0].quantities', []]), 'lines[0].quantities'],
    ['EDI source without byte range', broken(sampleOrder, ['source.byteStart', REMOVE]), 'source.byteStart'],
    ['EDI byte range backwards', broken(sampleOrder, ['source.byteEnd', 10]), 'source.byteEnd', /before byteStart/],
    ['unknown channel', broken(sampleOrder, ['channel', 'fax']), 'channel'],
    ['unknown kind', broken(sampleOrder, ['kind', 'quote']), 'kind'],
  ];
  for (const [name, document, path, message] of cases) {
    it(name, () => {
      const issues = issuesOf(document);
      expect(issues.map((issue) => issue.pathText)).toContain(path);
      if (message) expect(issues.find((issue) => issue.pathText === path)?.message ?? '').toMatch(message);
    });
  }

  it('reports every problem, not just the first', () => {
    const document = broken(sampleOrder, ['lines[0].unitPrice.amount', 12.5], ['lines[1].quantity.value', '2.']);
    expect(issuesOf(document).map((issue) => issue.pathText).sort()).toEqual(['lines[0].unitPrice.amount', 'lines[1].quantity.value']);
  });

  it('accepts a credit with totals only and an invoice with totals only', () => {
    expect(validateCanonical(broken(sampleInvoice, ['lines', REMOVE])).ok).toBe(true);
    expect(validateCanonical(broken(canonicalSamples.credit, ['lines', REMOVE])).ok).toBe(true);
  });
});

describe('kinds', () => {
  it('knows its kinds and nothing else', () => {
    expect(canonicalKinds).toEqual(['order', 'order-change', 'order-ack', 'shipment', 'invoice', 'inventory', 'return', 'credit']);
    expect(isCanonicalKind('shipment')).toBe(true);
    expect(isCanonicalKind('toString')).toBe(false);
  });
});
