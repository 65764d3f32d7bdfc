import { describe, expect, it } from 'vitest';
import type { MapDefinition } from '../mapping/index.js';
import { csvSignature, missingColumns } from './signature.js';
import { csvOrdersMap } from './testing.js';

const map: MapDefinition = {
  format: 'crossdock-map/1',
  kind: 'order',
  source: { standard: 'csv', header: true, groupBy: 'Order' },
  rules: [
    { id: 'po', target: 'poNumber', from: ['PO', 'Order'], required: true },
    { id: 'note', target: 'notes[]', from: '@file.name' },
    { id: 'date', target: 'documentDate', from: 'Date', when: { any: [{ path: 'Status', equals: 'open' }, { not: { path: 'Cancelled' } }] }, transform: [{ op: 'date', format: 'auto', time: 'Time' }] },
    {
      id: 'lines', target: 'lines[]', each: 'rows()', rules: [
        { id: 'qty', target: 'quantity.value', from: 'Qty', transform: [{ op: 'uom', to: 'EA', unitFrom: 'Unit' }] },
        { id: 'desc', target: 'product.description', from: 'Title', transform: [{ op: 'concat', with: ['Variant'] }] },
      ],
    },
  ],
};

describe('csvSignature', () => {
  it('needs the groupBy column, every column read in rules, conditions, transforms and rows(), and one of a from list', () => {
    const signature = csvSignature(map);
    expect(signature.required.sort()).toEqual(['Cancelled', 'Date', 'Order', 'Qty', 'Status', 'Time', 'Title', 'Unit']);
    expect(signature.alternatives).toEqual([['PO', 'Order']]);
    expect(missingColumns(signature, ['Order', 'Date', 'Time', 'Status', 'Cancelled', 'Qty', 'Unit', 'Title'])).toEqual([]);
    expect(missingColumns(signature, ['Date', 'Time', 'Status', 'Cancelled', 'Qty', 'Unit'])).toEqual(['Order', 'Title', 'one of PO, Order']);
  });

  it("reads the sample web-orders map's 18 columns", () => {
    expect(csvSignature(csvOrdersMap).required).toHaveLength(18);
  });
});
