import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateCanonical, type Credit, type InventoryPosition, type Invoice, type Order, type Return, type Shipment } from '../../canonical/index.js';
import type { JsonValue, MappedRecord } from '../types.js';
import type { TrytonRecord } from './client.js';
import { invoiceToDocument, returnShipmentToReturn } from './map-billing.js';
import { DEFAULT_UOMS, updatedAtOf, type TrytonMapOptions } from './map-common.js';
import { saleToOrder, shipmentToShipment } from './map-orders.js';
import { productToFacts } from './map-products.js';
import { stockToInventory } from './map-stock.js';
import { decodeTryton } from './values.js';

/** What the seeded Tryton answered (scripts/tryton/seed.py), as sent on the wire. */
const recorded = decodeTryton(JSON.parse(readFileSync(new URL('./recorded-answers.json', import.meta.url), 'utf8')) as JsonValue) as Record<string, TrytonRecord[] & TrytonRecord>;
const options: TrytonMapOptions = { connector: 'tryton', channel: 'edi', uoms: DEFAULT_UOMS, partners: { 'Acme Retail': 7 } };
const row = (stream: string, id: number): TrytonRecord => {
  const found = (recorded[stream] as TrytonRecord[]).find((record) => record.id === id);
  if (!found) throw new Error(`no ${stream} ${id} in the recording`);
  return structuredClone(found);
};

function documentOf<T>(mapped: MappedRecord): T {
  if (mapped.status !== 'document') throw new Error(`expected a document, got ${JSON.stringify(mapped)}`);
  const validation = validateCanonical(mapped.document);
  if (!validation.ok) throw new Error(validation.issues.map((issue) => `${issue.pathText}: ${issue.message}`).join('; '));
  return mapped.document as T;
}

describe('sale.sale → order', () => {
  it("maps a confirmed sale: reference is the customer's PO, number ours, lines by position with SKU, unit and price", () => {
    const mapped = saleToOrder(row('sales-orders', 1), '1', options);
    const order = documentOf<Order>(mapped);
    expect(mapped.status === 'document' && mapped.warnings).toEqual([]);
    expect(order).toMatchObject({
      kind: 'order',
      role: 'purchase-order',
      source: { kind: 'connector', connector: 'tryton', stream: 'sales-orders', recordId: '1' },
      partner: { id: 7, name: 'Acme Retail' },
      poNumber: '4500012345',
      orderNumber: 'SO-1',
      purposeCode: 'processing',
      currency: 'USD',
      totalAmount: { amount: '285.00', currency: 'USD' },
    });
    expect(order.lines.map((line) => [line.lineNumber, line.product?.sku, line.quantity.value, line.quantity.uom, line.unitPrice?.amount, line.amount?.amount])).toEqual([
      ['1', 'SKU-1001', '10', 'EA', '12.50', '125.00'],
      ['2', 'SKU-1002', '4', 'EA', '40.00', '160.00'],
    ]);
    expect(order.references).toContainEqual({ qualifier: 'warehouse', value: 'WH' });
  });

  it('takes the total from the stored total_amount_cache the stream reads (a quotation has none)', () => {
    const { total_amount: _computed, ...sale } = row('sales-orders', 2);
    expect(documentOf<Order>(saleToOrder({ ...sale, total_amount_cache: '78.00' }, '2', options)).totalAmount).toEqual({ amount: '78.00', currency: 'USD' });
    expect(documentOf<Order>(saleToOrder({ ...sale, total_amount_cache: null }, '2', options)).totalAmount).toBeUndefined();
  });

  it('maps a quotation (no sale date yet) and leaves partner ids to the configuration', () => {
    const order = documentOf<Order>(saleToOrder(row('sales-orders', 4), '4', options));
    expect(order).toMatchObject({ poNumber: '4500012348', orderNumber: 'SO-4', purposeCode: 'quotation', partner: { name: 'Bolt Hardware' } });
    expect(order.partner?.id).toBeUndefined();
    expect(order.documentDate).toBeUndefined();
    expect(order.lines).toHaveLength(2);
  });

  it('ignores the return sale (its goods and credit arrive through the return and invoice streams) and drafts', () => {
    expect(saleToOrder(row('sales-orders', 6), '6', options)).toMatchObject({ status: 'ignored', reason: expect.stringContaining('return sale') });
    expect(saleToOrder({ ...row('sales-orders', 4), state: 'draft' }, '4', options)).toMatchObject({ status: 'ignored' });
  });

  it('keeps a drifted record with warnings: no reference falls back to our number, a line without code has no SKU', () => {
    const sale = row('sales-orders', 2);
    sale.reference = null;
    const lines = sale['lines.'] as TrytonRecord[];
    lines[0]!['product.'] = { id: 3, code: null, name: 'Hex bolt M8 (box)' };
    const mapped = saleToOrder(sale, '2', options);
    const order = documentOf<Order>(mapped);
    expect(order.poNumber).toBe('SO-2');
    expect(order.lines[0]!.product).toEqual({ description: 'Hex bolt M8 (box)' });
    expect(mapped.status === 'document' && mapped.warnings.map((warning) => warning.path)).toEqual(['lines[0].product.code', 'reference']);
  });

  it('fails a sale with no product lines (a canonical order needs one)', () => {
    expect(saleToOrder({ ...row('sales-orders', 2), 'lines.': [] }, '2', options)).toMatchObject({ status: 'failed' });
  });
});

describe('stock.shipment.out → warehouse advice', () => {
  it('maps a done shipment with the PO and order of each move (read through move.origin → sale)', () => {
    const shipment = documentOf<Shipment>(shipmentToShipment(row('shipments', 1), '1', options));
    expect(shipment).toMatchObject({ kind: 'shipment', role: 'warehouse-advice', shipmentNumber: 'SHP-1', orders: [{ poNumber: '4500012345', orderNumber: 'SO-1' }] });
    expect(shipment.dates?.find((date) => date.qualifier === 'ship')?.date.value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(shipment.lines?.map((line) => [line.poNumber, line.product?.sku, line.quantity.value, line.quantity.uom]).sort()).toEqual([
      ['4500012345', 'SKU-1001', '10', 'EA'],
      ['4500012345', 'SKU-1002', '4', 'EA'],
    ]);
    expect(shipment.parties).toContainEqual({ role: 'ship-from', name: 'WH' });
  });

  it('ignores a shipment that has not left the warehouse', () => {
    expect(shipmentToShipment(row('shipments', 3), '3', options)).toMatchObject({ status: 'ignored', reason: expect.stringContaining('waiting') });
  });
});

describe('account.invoice → invoice or credit, stock.shipment.out.return → return', () => {
  it('maps a posted invoice with the PO of its sale lines and its totals', () => {
    const invoice = documentOf<Invoice>(invoiceToDocument(row('invoices', 1), '1', options));
    expect(invoice).toMatchObject({ invoiceNumber: 'INV-1', poNumber: '4500012345', orderNumber: 'SO-1', totals: { lineTotal: { amount: '285.00' }, taxTotal: { amount: '0' }, total: { amount: '285.00', currency: 'USD' } } });
    expect(invoice.lines?.map((line) => [line.product?.sku, line.quantity.value, line.unitPrice?.amount, line.amount?.amount])).toEqual([
      ['SKU-1001', '10', '12.50', '125.00'],
      ['SKU-1002', '4', '40.00', '160.00'],
    ]);
  });

  it('maps a negative invoice as a credit with positive amounts and pairs it with the return through the return sale number', () => {
    const credit = documentOf<Credit>(invoiceToDocument(row('invoices', 3), '3', options));
    expect(credit).toMatchObject({ kind: 'credit', adjustment: 'credit', creditNumber: 'INV-3', poNumber: '4500012345', returnNumber: 'SO-6', totals: { total: { amount: '25.00' } } });
    expect(credit.lines?.[0]).toMatchObject({ product: { sku: 'SKU-1001' }, quantity: { value: '2', uom: 'EA' }, amount: { amount: '25.00' } });
    const returned = documentOf<Return>(returnShipmentToReturn(row('returns-credits', 1), '1', options));
    expect(returned).toMatchObject({ kind: 'return', status: 'received', returnNumber: 'SO-6', poNumber: '4500012345' });
    expect(returned.references).toEqual([{ qualifier: 'tryton-return-shipment', value: 'RET-1' }, { qualifier: 'RMA', value: 'RMA-7001' }]);
    expect(returned.lines[0]).toMatchObject({ product: { sku: 'SKU-1001' }, quantity: { value: '2', uom: 'EA' }, unitPrice: { amount: '12.50' } });
  });

  it('ignores a draft invoice (no number yet)', () => {
    expect(invoiceToDocument({ ...row('invoices', 2), state: 'draft', number: null }, '2', options)).toMatchObject({ status: 'ignored' });
  });
});

describe('product.product per warehouse → inventory positions', () => {
  const stock = recorded.inventory as unknown as { warehouse: { id: number; code: string; name: string }; products: TrytonRecord[] };

  it('maps on-hand and forecast quantities of one product in one warehouse', () => {
    const gearbox = stock.products.find((product) => product.code === 'SKU-1002')!;
    const inventory = documentOf<InventoryPosition>(stockToInventory({ warehouse: stock.warehouse, product: gearbox }, '12/2', options));
    expect(inventory).toMatchObject({ reportNumber: 'WH2/SKU-1002', lines: [{ product: { sku: 'SKU-1002' }, location: 'WH2' }] });
    // 15 received into WH2; the waiting 6 of PO 4500012347 are promised from it
    expect(inventory.lines[0]!.quantities).toEqual([
      { type: 'on-hand', code: 'quantity', quantity: { value: '15', uom: 'EA' } },
      { type: 'available', code: 'forecast_quantity', quantity: { value: '9', uom: 'EA' } },
    ]);
    expect(stockToInventory({ warehouse: stock.warehouse, product: { ...gearbox, code: null } }, '12/2', options)).toMatchObject({ status: 'ignored' });
  });
});

describe('updatedAt', () => {
  it('is write_date, or create_date on a never-modified record', () => {
    expect(updatedAtOf({ id: 1, create_date: '2026-11-28T03:58:08.521848Z', write_date: null })).toBe('2026-11-28T03:58:08.521848Z');
    expect(updatedAtOf({ id: 1, create_date: '2026-11-28T03:58:08.521848Z', write_date: '2026-11-28T04:00:00.000000Z' })).toBe('2026-11-28T04:00:00.000000Z');
  });
});

describe('product.product → item facts', () => {
  it('takes the code as SKU, the first EAN/UPC as GTIN (spaces and dashes dropped), every identifier, and the unit', () => {
    const raw: TrytonRecord = {
      id: 3,
      code: 'SKU-1003',
      name: 'Hex bolt M8 (box)',
      'default_uom.': { id: 1, symbol: 'u' },
      'identifiers.': [
        { id: 1, type: 'isbn', code: '978-3-16-148410-0' },
        { id: 2, type: 'ean', code: '4006381 333931' },
      ],
    };
    expect(productToFacts(raw, options)).toEqual({
      status: 'product',
      product: { sku: 'SKU-1003', description: 'Hex bolt M8 (box)', gtin: '4006381333931', uom: 'EA', identifiers: [{ scheme: 'isbn', value: '978-3-16-148410-0' }, { scheme: 'ean', value: '4006381 333931' }] },
      warnings: [],
    });
    // an EAN of the wrong length is kept as an identifier, not taken as the GTIN
    expect(productToFacts({ id: 4, code: 'SKU-4', 'identifiers.': [{ id: 3, type: 'ean', code: '12345' }] }, options)).toMatchObject({ status: 'product', product: { sku: 'SKU-4', identifiers: [{ scheme: 'ean', value: '12345' }] } });
    expect(productToFacts({ id: 4, code: 'SKU-4', 'identifiers.': [{ id: 3, type: 'ean', code: '12345' }] }, options)).not.toHaveProperty('product.gtin');
    expect(productToFacts({ id: 5, code: null, name: 'Service' }, options)).toMatchObject({ status: 'ignored' });
  });
});
