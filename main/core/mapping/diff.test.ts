import { describe, expect, it } from 'vitest';
import { diffCanonical } from './diff.js';

describe('diffCanonical', () => {
  it('lists changed, added and removed values in a deterministic order', () => {
    const before = { poNumber: 'PO-1', lines: [{ quantity: { value: '10', uom: 'CA' } }, { quantity: { value: '2', uom: 'EA' } }], currency: 'USD', notes: ['a'] };
    const after = { lines: [{ quantity: { value: '120', uom: 'EA' } }], poNumber: 'PO-1', terms: { netDays: 30 }, notes: ['a'] };
    expect(diffCanonical(before, after)).toEqual([
      { path: 'currency', change: 'removed', before: 'USD' },
      { path: 'lines[0].quantity.uom', change: 'changed', before: 'CA', after: 'EA' },
      { path: 'lines[0].quantity.value', change: 'changed', before: '10', after: '120' },
      { path: 'lines[1]', change: 'removed', before: { quantity: { value: '2', uom: 'EA' } } },
      { path: 'terms', change: 'added', after: { netDays: 30 } },
    ]);
    expect(diffCanonical(after, before).map((change) => change.path)).toEqual(['currency', 'lines[0].quantity.uom', 'lines[0].quantity.value', 'lines[1]', 'terms']);
  });

  it('is empty for equal documents and treats a type change as a change', () => {
    expect(diffCanonical({ a: [1, { b: null }] }, { a: [1, { b: null }] })).toEqual([]);
    expect(diffCanonical({ a: { b: 1 } }, { a: [1] })).toEqual([{ path: 'a', change: 'changed', before: { b: 1 }, after: [1] }]);
    expect(diffCanonical(undefined, { a: 1 })).toEqual([{ path: '', change: 'added', after: { a: 1 } }]);
  });
});
