import { describe, expect, it } from 'vitest';
import { erpOrder, input, inputs, only, purchaseOrder } from '../test-fixtures.js';

const lines: [string, string, string, string, string][] = [['1', 'WID-10', '10', 'CA', '12.50']];

describe('duplicate-po', () => {
  it('flags the same PO sent twice as an original, with both files as evidence', () => {
    const [found, ...rest] = only('duplicate-po', inputs(purchaseOrder(lines), purchaseOrder(lines)));
    expect(rest).toEqual([]);
    expect(found).toMatchObject({ lineKey: 'partner', owner: 'edi', expected: { value: { kind: 'count', value: 1 } }, actual: { value: { kind: 'count', value: 2 } } });
    expect(found?.evidence).toHaveLength(2);
  });

  it('does not count replacements, changes or the same record delivered twice', () => {
    const original = purchaseOrder(lines);
    expect(only('duplicate-po', inputs(original, purchaseOrder(lines, { purpose: 'replace' })))).toEqual([]);
    expect(only('duplicate-po', [input(original), input(original, '2026-12-02T00:00:00Z')])).toEqual([]);
  });

  it('flags two ERP orders carrying the same customer PO', () => {
    const [found] = only('duplicate-po', inputs(purchaseOrder(lines), erpOrder(lines), erpOrder(lines, { orderNumber: 'SO-2' })));
    expect(found).toMatchObject({ lineKey: 'erp', owner: 'sales' });
    expect(found?.summary).toContain('SO-1, SO-2');
  });

  it('counts an order without a stated purpose as an original', () => {
    const a = purchaseOrder(lines);
    const b = purchaseOrder(lines);
    delete a.purpose;
    delete b.purpose;
    expect(only('duplicate-po', inputs(a, b))).toHaveLength(1);
  });
});
