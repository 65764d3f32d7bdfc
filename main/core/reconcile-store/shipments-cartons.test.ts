import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareCartons, type CartonItem } from './shipments-cartons.js';

const item = (sscc: string, key: string, quantity: string, uom = 'EA'): CartonItem => ({ sscc, key, product: key.replace('line:', 'SKU-'), quantity, uom });
const A = '000000000000000001';
const B = '000000000000000002';
const C = '000000000000000003';

describe('compareCartons', () => {
  it('marks each SSCC matched, differs, only-wms or only-asn', () => {
    const asn = [item(A, 'line:1', '12'), item(B, 'line:1', '12'), item(C, 'line:2', '6')];
    const wms = [item(A, 'line:1', '12'), item(B, 'line:1', '10'), item('000000000000000004', 'line:2', '6')];
    const rows = compareCartons(asn, wms);
    expect(rows.map((row) => [row.sscc.slice(-1), row.match])).toEqual([
      ['1', 'matched'],
      ['2', 'differs'],
      ['3', 'only-asn'],
      ['4', 'only-wms'],
    ]);
    expect(rows[1]!.asn).toEqual([{ product: 'SKU-1', quantity: '12', uom: 'EA' }]);
    expect(rows[1]!.wms).toEqual([{ product: 'SKU-1', quantity: '10', uom: 'EA' }]);
    expect(rows[2]!.wms).toBeNull();
    expect(rows[3]!.asn).toBeNull();
  });

  it('sums split lines of a carton before comparing, and compares decimals by value', () => {
    const rows = compareCartons([item(A, 'line:1', '5'), item(A, 'line:1', '7.0')], [item(A, 'line:1', '12.00')]);
    expect(rows[0]!.match).toBe('matched');
  });

  it('a different product, an extra line or a different unit makes the carton differ', () => {
    expect(compareCartons([item(A, 'line:1', '1')], [item(A, 'line:2', '1')])[0]!.match).toBe('differs');
    expect(compareCartons([item(A, 'line:1', '1')], [item(A, 'line:1', '1'), item(A, 'line:2', '1')])[0]!.match).toBe('differs');
    expect(compareCartons([item(A, 'line:1', '1', 'CA')], [item(A, 'line:1', '1', 'EA')])[0]!.match).toBe('differs');
  });

  it('the same items on both sides always match, in any order', () => {
    const items = fc.array(fc.record({ sscc: fc.constantFrom(A, B, C), key: fc.constantFrom('line:1', 'line:2'), quantity: fc.integer({ min: 0, max: 99 }).map(String) }), { maxLength: 12 });
    fc.assert(
      fc.property(items, (list) => {
        const asn = list.map((each) => item(each.sscc, each.key, each.quantity));
        const rows = compareCartons(asn, [...asn].reverse());
        expect(rows.every((row) => row.match === 'matched')).toBe(true);
        expect(rows.length).toBe(new Set(list.map((each) => each.sscc)).size);
      }),
    );
  });
});
