import { describe, expect, it } from 'vitest';
import type { InventoryPosition, StockQuantity } from '../../canonical/index.js';
import { ediSource, inputs, only } from '../test-fixtures.js';

type Qty = [StockQuantity['type'], string, string];
const quantities = (list: Qty[]) => list.map(([type, value, uom]) => ({ type, quantity: { value, uom } }));

const stock = (side: 'erp' | 'wms', lines: [string, string | undefined, Qty[]][], asOf = '2026-12-10T06:00Z'): InventoryPosition => ({
  kind: 'inventory',
  source: { kind: 'connector', connector: side, stream: 'stock', recordId: `${side}-${asOf}` },
  channel: 'edi',
  asOf: { value: asOf, precision: 'minute' },
  lines: lines.map(([sku, location, list]) => ({ product: { sku }, ...(location ? { location } : {}), quantities: quantities(list) })),
});

const advice = (lines: [string, string | undefined, string, string][], partnerId = 3): InventoryPosition => ({
  kind: 'inventory',
  source: ediSource('846', `846-${partnerId}`),
  partner: { id: partnerId, name: partnerId === 3 ? 'Northwind Retail' : 'Other' },
  channel: 'edi',
  reportNumber: `R-${partnerId}`,
  asOf: { value: '2026-12-10T07:00Z', precision: 'minute' },
  lines: lines.map(([buyerPart, location, value, uom]) => ({ product: { buyerPart }, ...(location ? { location } : {}), quantities: quantities([['available', value, uom]]) })),
});

// 100 on hand − 30 allocated + 10 in transit − 20 reserved = 60 EA at EAST
const erp = stock('erp', [['WID-10', 'EAST', [['on-hand', '100', 'EA'], ['in-transit', '10', 'EA']]]]);
const wms = stock('wms', [['WID-10', 'EAST', [['allocated', '30', 'EA'], ['reserved', '20', 'EA']]]]);

describe('oversell-risk', () => {
  it("flags a partner told more than is available (its buyer part and cases through the cross-references)", () => {
    const [found, ...rest] = only('oversell-risk', inputs(erp, wms, advice([['NW-88812', 'EAST', '6', 'CA']])));
    expect(rest).toEqual([]);
    expect(found).toMatchObject({ threadKey: 'stock:WID-10', lineKey: 'partner:3@EAST', partner: { id: 3 }, expected: { text: '60 EA' }, actual: { text: '72 EA' }, owner: 'sales' });
    expect(found?.evidence).toHaveLength(3);
  });

  it('accepts an advertised quantity exactly equal to availability or within the tolerance', () => {
    expect(only('oversell-risk', inputs(erp, wms, advice([['NW-88812', 'EAST', '5', 'CA']])))).toEqual([]);
    expect(only('oversell-risk', inputs(erp, wms, advice([['NW-88812', 'EAST', '72', 'EA']])), { quantityUnits: '12' })).toEqual([]);
    expect(only('oversell-risk', inputs(erp, wms, advice([['NW-88812', 'EAST', '73', 'EA']])), { quantityUnits: '12' })).toHaveLength(1);
  });

  it('compares an 846 line without a location with the sum over warehouses', () => {
    const west = stock('erp', [['WID-10', 'EAST', [['on-hand', '100', 'EA'], ['in-transit', '10', 'EA']]], ['WID-10', 'WEST', [['on-hand', '40', 'EA']]]]);
    expect(only('oversell-risk', inputs(west, wms, advice([['NW-88812', undefined, '100', 'EA']])))).toEqual([]);
    expect(only('oversell-risk', inputs(west, wms, advice([['NW-88812', undefined, '101', 'EA']])))).toMatchObject([{ lineKey: 'partner:3@*' }]);
  });

  it('uses the latest snapshot of each source', () => {
    const older = stock('erp', [['WID-10', 'EAST', [['on-hand', '500', 'EA']]]], '2026-12-09T06:00Z');
    expect(only('oversell-risk', inputs(older, erp, wms, advice([['NW-88812', 'EAST', '6', 'CA']])))).toHaveLength(1);
  });

  it('does not judge without an ERP on-hand figure for the warehouse', () => {
    expect(only('oversell-risk', inputs(wms, advice([['NW-88812', 'EAST', '6', 'CA']])))).toEqual([]);
    expect(only('oversell-risk', inputs(erp, wms, advice([['NW-88812', 'WEST', '6', 'CA']])))).toEqual([]);
  });
});
