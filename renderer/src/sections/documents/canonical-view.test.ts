import { describe, expect, it } from 'vitest';
import {
  sampleAsn,
  sampleCredit,
  sampleInventory,
  sampleInvoice,
  sampleOrder,
  sampleOrderAck,
  sampleOrderChange,
  sampleReceipt,
  sampleReturn,
  sampleWarehouseAdvice,
  sampleWarehouseOrder,
} from '../../../../main/core/canonical/samples.js';
import { businessKeys, canonicalTitle, formatCanonicalDate, formatMoney, headerDates, headerFacts, lineRows, packRows, parties, totalsView } from './canonical-view.js';

describe('canonical view: header', () => {
  it('titles each kind and role', () => {
    expect(canonicalTitle(sampleOrder)).toBe('Purchase order');
    expect(canonicalTitle(sampleWarehouseOrder)).toBe('Warehouse shipping order');
    expect(canonicalTitle(sampleAsn)).toBe('Ship notice (ASN)');
    expect(canonicalTitle(sampleReceipt)).toBe('Receiving advice');
    expect(canonicalTitle(sampleInvoice)).toBe('Invoice');
    expect(canonicalTitle({ kind: 'mystery' })).toBe('Unknown kind mystery');
    expect(canonicalTitle(null)).toBe('Unknown kind unknown');
  });

  it("puts the document's own number first", () => {
    expect(businessKeys(sampleOrder)).toEqual([{ label: 'PO', value: '4500012345' }]);
    expect(businessKeys(sampleInvoice).map((key) => key.label)).toEqual(['Invoice', 'PO', 'ASN']);
    expect(businessKeys(sampleAsn)).toEqual([
      { label: 'ASN', value: 'ASN-2026-0042' },
      { label: 'Shipment', value: 'SHP-55120' },
      { label: 'Bill of lading', value: '91234567890' },
      { label: 'PO', value: '4500012345' },
    ]);
    expect(businessKeys(sampleWarehouseAdvice)).toContainEqual({ label: 'PO', value: '4500012345' });
    expect(businessKeys({ kind: 'shipment', asnNumber: 'A1', orders: [{ poNumber: 'P1' }, { poNumber: 'P2' }] })).toEqual([
      { label: 'ASN', value: 'A1' },
      { label: 'POs', value: 'P1, P2' },
    ]);
    expect(businessKeys(sampleCredit)[0]).toEqual({ label: 'Credit', value: 'CM-1207' });
    expect(businessKeys(sampleReturn)[0]).toEqual({ label: 'Return (RMA)', value: 'RMA-3318' });
  });

  it('keeps source codes beside the words and dates at their precision', () => {
    const facts = headerFacts(sampleOrder);
    expect(facts).toContainEqual({ label: 'Purpose', value: 'original (00)' });
    expect(facts).toContainEqual({ label: 'Terms', value: '2% 10 Net 30' });
    expect(facts).toContainEqual({ label: 'Carrier', value: 'UPSN · Ground' });
    expect(headerDates(sampleOrder)).toEqual([
      { label: 'Document date', value: '2026-11-20' },
      { label: 'Requested delivery', value: '2026-12-01 (002)' },
    ]);
    expect(headerDates(sampleAsn)[0]).toEqual({ label: 'Document date', value: '2026-11-27 16:05 America/New_York' });
    expect(headerFacts(sampleInvoice)).toContainEqual({ label: 'Terms', value: '2% 10 days, net 30 · due 2026-12-27' });
  });

  it('lists parties with their ids and address', () => {
    const [buyer, shipTo] = parties(sampleOrder);
    expect(buyer).toEqual({ role: 'buyer (BY)', name: 'Northwind Retail Inc', ids: ['DUNS 123456789'], address: null });
    expect(shipTo?.ids).toEqual(['GLN 0614141000012', 'buyer assigned DC07']);
    expect(shipTo?.address).toBe('1200 Logistics Pkwy, Columbus, OH 43217, US');
  });
});

describe('canonical view: lines of every kind', () => {
  it('orders: number, product ids, quantity with UOM, price', () => {
    const rows = lineRows(sampleOrder);
    expect(rows.map((row) => [row.lineNumber, row.quantity, row.unitPrice])).toEqual([
      ['1', '10 CA', '12.50 USD'],
      ['2', '24 EA', '3.75 USD'],
    ]);
    expect(rows[0]?.productIds).toEqual(['buyer NW-88812', 'vendor CD-WID-10', 'SKU WID-10', 'GTIN 00614141123452']);
    expect(rows[0]?.description).toBe('Widget, blue, 10 pack');
    expect(rows[0]?.detail).toEqual(['price per PE']);
    expect(rows[1]?.detail).toEqual(['requested ship 2026-11-28']);
  });

  it('acks: ordered quantity and each status with its quantity', () => {
    const rows = lineRows(sampleOrderAck);
    expect(rows[1]?.quantity).toBe('20 EA');
    expect(rows[1]?.detail).toEqual(['accepted 12 EA (IA)', 'backordered 8 EA (IB) on 2026-12-10']);
  });

  it('changes: the change and the quantity before', () => {
    expect(lineRows(sampleOrderChange)[0]?.detail).toEqual(['quantity (QD)', 'was 24 EA']);
    expect(lineRows(sampleOrderChange)[0]?.quantity).toBe('20 EA');
  });

  it('shipments: packed lines with their SSCC path, and the packs nested', () => {
    const rows = lineRows(sampleAsn);
    expect(rows).toHaveLength(2);
    expect(rows[1]?.detail).toEqual(['in 006141411234567890 › 006141411234567913', 'ordered 20 EA', 'status PR', 'lot L2611', 'PO 4500012345 line 2']);
    expect(packRows(sampleAsn).map((pack) => [pack.depth, pack.sscc, pack.level, pack.lineCount])).toEqual([
      [0, '006141411234567890', 'tare', 0],
      [1, '006141411234567906', 'pack', 1],
      [1, '006141411234567913', 'pack', 1],
    ]);
    expect(lineRows(sampleWarehouseAdvice).map((row) => row.detail[0])).toEqual(['ordered 10 CA', 'ordered 20 EA']);
    expect(lineRows(sampleReceipt)[0]?.detail).toContain('rejected 1 CA');
    expect(packRows(sampleOrder)).toEqual([]);
  });

  it('invoices, inventory, returns and credits', () => {
    expect(lineRows(sampleInvoice).map((row) => row.amount)).toEqual(['125.00', '45.00']);
    expect(lineRows(sampleInventory)[0]?.quantity).toBe('140 CA available; 300 CA on order from 2026-12-05');
    expect(lineRows(sampleInventory)[0]?.detail).toEqual(['location EAST']);
    expect(lineRows(sampleReturn)[0]?.detail).toEqual(['Damaged in transit (DMG)', 'condition damaged', 'disposition scrap', 'PO line 1']);
    expect(lineRows(sampleCredit)[0]?.detail).toEqual(['(01)', 'invoice line 1']);
  });

  it('a broken document (what a map with errors may store) shows what it can instead of throwing', () => {
    const rows = lineRows({ kind: 'order', lines: [{ lineNumber: 7, quantity: { value: 3 } }, 'junk', { product: { gtin: 42 } }] });
    expect(rows.map((row) => [row.lineNumber, row.quantity, row.productIds])).toEqual([
      ['7', '3', []],
      ['—', null, ['GTIN 42']],
    ]);
    expect(lineRows(undefined)).toEqual([]);
    expect(businessKeys({ kind: 'order', poNumber: '' })).toEqual([]);
  });
});

describe('canonical view: totals and values', () => {
  it('invoice totals, allowances, charges and taxes', () => {
    const view = totalsView(sampleInvoice);
    expect(view?.totals).toEqual([
      { label: 'Lines', value: '170.00' },
      { label: 'Allowances', value: '8.50' },
      { label: 'Charges', value: '15.00' },
      { label: 'Tax', value: '12.80' },
      { label: 'Total', value: '189.30 USD' },
      { label: 'Declared lines', value: '2' },
    ]);
    expect(view?.adjustments).toEqual([
      { label: 'charge D240 Freight', value: '15.00' },
      { label: 'allowance C310 Promotional discount', value: '8.50 5% of 170.00' },
    ]);
    expect(view?.taxes).toEqual([{ label: 'sales ST OH', value: '12.80 7.25% on 176.50' }]);
    expect(totalsView(sampleOrder)).toBeNull();
  });

  it('keeps decimal strings exactly as written', () => {
    expect(formatMoney({ amount: '0.10', currency: 'EUR' })).toBe('0.10 EUR');
    expect(formatMoney({ amount: '1234567890123456789.01' })).toBe('1234567890123456789.01');
    expect(formatMoney({})).toBeNull();
    expect(formatCanonicalDate({ value: '2026-11', precision: 'month' })).toBe('2026-11');
  });
});
