import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseEdi, type Transaction } from '../../../parsers/index.js';
import { businessKeys, prepareCanonicalRow } from './canonical-store.js';
import { compileDefinition, defaultDefinitionFor, type CompiledHandle } from './engine.js';
import { mapWith } from './map-one.js';

const fixture = fileURLToPath(new URL('../mapping/fixtures/edifact-invoic/invoic-d01b.edi', import.meta.url));

function invoicHandle(): CompiledHandle {
  const outcome = compileDefinition(defaultDefinitionFor('edifact', 'INVOIC'));
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
  return outcome.handle;
}

function messages(): Transaction[] {
  const parsed = parseEdi(readFileSync(fixture));
  return parsed.interchanges.flatMap((interchange) => interchange.groups.flatMap((group) => group.transactions));
}

describe('credit notes mapped by an invoice map', () => {
  it('store the kind the document has (credit), not the map kind, and key a credit by its credit number', () => {
    const handle = invoicHandle();
    expect(handle.kind).toBe('invoice');
    const [invoice, credit] = messages().map((transaction) => mapWith(handle, null, transaction, { partnerId: null, xref: undefined }));
    expect(invoice?.kind).toBe('invoice');
    expect(credit?.kind).toBe('credit');
    expect(credit?.status).not.toBe('errors');
    expect(credit?.coverage.unmappedRequired).toEqual([]);

    const invoiceRow = prepareCanonicalRow(invoice!);
    expect([invoiceRow.kind, invoiceRow.keys.invoiceNumber, invoiceRow.keys.creditedInvoiceNumber]).toEqual(['invoice', 'INV-2026-10502', null]);
    const creditRow = prepareCanonicalRow(credit!);
    expect([creditRow.kind, creditRow.keys.invoiceNumber, creditRow.keys.creditedInvoiceNumber]).toEqual(['credit', 'CN-2026-00311', 'INV-2026-10502']);
  });

  it('businessKeys: a credit is keyed by creditNumber; the invoice it corrects is a separate reference', () => {
    expect(businessKeys({ kind: 'credit', creditNumber: 'CM-7', invoiceNumber: 'INV-1', poNumber: 'PO-1' })).toMatchObject({ invoiceNumber: 'CM-7', creditedInvoiceNumber: 'INV-1', poNumber: 'PO-1' });
    expect(businessKeys({ kind: 'credit', creditNumber: 'CM-8' })).toMatchObject({ invoiceNumber: 'CM-8', creditedInvoiceNumber: null });
    expect(businessKeys({ kind: 'invoice', invoiceNumber: 'INV-2' })).toMatchObject({ invoiceNumber: 'INV-2', creditedInvoiceNumber: null });
    expect(businessKeys({ kind: 'return', returnNumber: 'R-1', invoiceNumber: 'INV-3' })).toMatchObject({ invoiceNumber: 'INV-3', creditedInvoiceNumber: null });
  });
});
