import { describe, expect, it } from 'vitest';
import { compileMap, type CompiledMap } from './compile.js';
import { defaultMaps } from './defaults/index.js';
import { mapCsv, mapJson, type TabularResult } from './map-tabular.js';
import { csvRecords, parseCsv } from './source/csv-source.js';

function compiledDefault(standard: string): CompiledMap {
  const result = compileMap(defaultMaps.get(standard, 'orders'));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.map;
}

function documents(result: TabularResult) {
  if (!result.ok) throw new Error(result.message);
  return result.documents;
}

const csv = [
  '\uFEFForder_id,order_date,currency,customer_email,ship_name,ship_address1,ship_address2,ship_city,ship_region,ship_postal_code,ship_country,line_number,sku,gtin,description,quantity,uom,unit_price',
  'WEB-1001,2026-11-20,usd,ana@example.com,Ana Ruiz,"12 Elm St, Apt 3",,Austin,TX,78701,us,1,WID-10,00614141123452,"Widget, ""blue""",2,,12.50',
  'WEB-1001,2026-11-20,usd,ana@example.com,Ana Ruiz,"12 Elm St, Apt 3",,Austin,TX,78701,us,2,GAD-02,,Gadget,1,EA,3.75',
  '',
  'WEB-1002,2026-11-21,USD,,Bo Chen,1 Pier Rd,,Seattle,WA,98101,US,1,LMP-01,,Lamp,1,EA,49',
  'WEB-1003,2026-11-21,USD,,,,,,,,,1,LMP-01,,Lamp,,EA,49',
].join('\r\n');

describe('parseCsv', () => {
  it('reads quoted fields with delimiters, doubled quotes, CRLF, a BOM and blank lines', () => {
    const { header, rows } = parseCsv('a;"b"\n"x;1";"say ""hi"""\n\n"multi\nline";2\n', ';');
    expect(header).toEqual(['a', 'b']);
    expect(rows).toEqual([{ line: 2, values: { a: 'x;1', b: 'say "hi"' } }, { line: 4, values: { a: 'multi\nline', b: '2' } }]);
  });

  it('gives each record its character range in the text, after a BOM and without its terminator', () => {
    const text = '\uFEFFa,b\r\n"x\ny",1\r\r\n2,3';
    const records = csvRecords(text);
    expect(records.map(({ line, start, end }) => ({ line, start, end }))).toEqual([
      { line: 1, start: 1, end: 4 },
      { line: 2, start: 6, end: 13 },
      { line: 4, start: 14, end: 14 },
      { line: 5, start: 16, end: 19 },
    ]);
    expect(records.map((record) => text.slice(record.start, record.end))).toEqual(['a,b', '"x\ny",1', '', '2,3']);
  });
});

describe('mapCsv', () => {
  it('groups rows by order id into canonical orders', () => {
    const result = documents(mapCsv(compiledDefault('csv'), csv, { fileName: 'shop-export.csv', partner: { id: 4, name: 'Web shop' } }));
    expect(result).toHaveLength(3);
    const [first, second, third] = result;
    expect(first?.ok).toBe(true);
    expect(first?.document).toEqual({
      kind: 'order', source: { kind: 'file', name: 'shop-export.csv', row: 2 }, channel: 'ecommerce', partner: { id: 4, name: 'Web shop' },
      role: 'purchase-order', poNumber: 'WEB-1001', documentDate: { value: '2026-11-20', precision: 'day' }, currency: 'USD',
      parties: [{ role: 'ship-to', name: 'Ana Ruiz', address: { lines: ['12 Elm St, Apt 3'], city: 'Austin', region: 'TX', postalCode: '78701', country: 'US' }, contacts: [{ email: 'ana@example.com' }] }],
      lines: [
        { lineNumber: '1', product: { sku: 'WID-10', gtin: '00614141123452', description: 'Widget, "blue"' }, quantity: { value: '2', uom: 'EA' }, unitPrice: { amount: '12.50', currency: 'USD' } },
        { lineNumber: '2', product: { sku: 'GAD-02', description: 'Gadget' }, quantity: { value: '1', uom: 'EA' }, unitPrice: { amount: '3.75', currency: 'USD' } },
      ],
    });
    expect(second?.document).toMatchObject({ poNumber: 'WEB-1002', source: { row: 5 }, lines: [{ unitPrice: { amount: '49' } }] });
    expect(third?.ok).toBe(false);
    expect(third?.issues).toContainEqual(expect.objectContaining({ severity: 'error', ruleId: 'line-quantity' }));
    expect(third?.document.parties).toBeUndefined();
  });

  it('refuses a file without the grouping column, and a map of another standard', () => {
    const missing = mapCsv(compiledDefault('csv'), 'id,sku\n1,A\n');
    expect(missing).toEqual({ ok: false, message: "the header has no column 'order_id' to group rows by (columns: id, sku)" });
    expect(mapCsv(compiledDefault('json'), csv)).toEqual({ ok: false, message: 'this map reads json, not CSV' });
  });
});

describe('mapJson', () => {
  const feed = {
    orders: [
      {
        id: 'MK-77', name: '#1077', created_at: '2026-11-22T09:15:00-05:00', currency: 'usd', email: 'kim@example.com', note: 'Gift wrap',
        shipping_address: { name: 'Kim Lee', address1: '5 Oak Ave', city: 'Boston', province_code: 'MA', zip: '02108', country_code: 'US', phone: '6175550101' },
        line_items: [{ id: 1, sku: 'WID-10', barcode: '00614141123452', title: 'Widget', quantity: 3, price: 12.5 }, { id: 2, sku: 'GAD-02', title: 'Gadget', quantity: 1, price: '3.75' }],
      },
      { id: 'MK-78', created_at: '2026-11-22', currency: 'USD', line_items: [] },
    ],
  };

  it('maps each order of a feed; numbers become decimal strings', () => {
    const [order, empty] = documents(mapJson(compiledDefault('json'), JSON.stringify(feed), { fileName: 'feed.json', channel: 'marketplace' }));
    expect(order?.issues).toEqual([]);
    expect(order?.document).toMatchObject({
      kind: 'order', channel: 'marketplace', source: { kind: 'file', name: 'feed.json', row: 0 },
      poNumber: 'MK-77', orderNumber: '#1077', documentDate: { value: '2026-11-22T09:15:00-05:00', precision: 'second' }, currency: 'USD', notes: ['Gift wrap'],
      parties: [{ role: 'ship-to', name: 'Kim Lee', address: { lines: ['5 Oak Ave'], city: 'Boston', region: 'MA', postalCode: '02108', country: 'US' }, contacts: [{ email: 'kim@example.com', phone: '6175550101' }] }],
      lines: [
        { lineNumber: '1', product: { sku: 'WID-10', gtin: '00614141123452', description: 'Widget' }, quantity: { value: '3', uom: 'EA' }, unitPrice: { amount: '12.5', currency: 'USD' } },
        { lineNumber: '2', product: { sku: 'GAD-02', description: 'Gadget' }, quantity: { value: '1', uom: 'EA' }, unitPrice: { amount: '3.75', currency: 'USD' } },
      ],
    });
    expect(empty?.ok).toBe(false);
    expect(empty?.issues).toContainEqual(expect.objectContaining({ ruleId: 'lines', message: "required: '$.line_items[*]' found nothing to build lines[] from" }));
    expect(empty?.coverage.unmappedRequired).toContain('lines[].quantity.value');
  });

  it('takes parsed values too, and reports text that is not JSON', () => {
    expect(documents(mapJson(compiledDefault('json'), feed))).toHaveLength(2);
    const broken = mapJson(compiledDefault('json'), '{"orders": [');
    expect(broken.ok).toBe(false);
    expect(broken.ok ? '' : broken.message).toMatch(/^not JSON: /);
  });
});
