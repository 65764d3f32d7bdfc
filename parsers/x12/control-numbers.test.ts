import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ControlNumberSet, compareControlNumbers } from './control-numbers.js';

describe('ControlNumberSet', () => {
  it('finds repeats in sequential, out-of-order and non-numeric numbers', () => {
    const set = new ControlNumberSet();
    expect(['0001', '0002', '0003', 'A1', '0010', '0009'].map((n) => set.add(n))).toEqual([true, true, true, true, true, true]);
    expect(['0002', '0010', 'A1', '2', '00002', '0004'].map((n) => set.add(n))).toEqual([false, false, false, true, true, true]);
  });

  it('behaves exactly like a Set of strings, whatever the order', () => {
    const numbers = fc.array(fc.oneof(fc.integer({ min: 0, max: 60 }).map(String), fc.integer({ min: 0, max: 60 }).map((n) => String(n).padStart(4, '0')), fc.constantFrom('X1', ''), fc.integer({ min: 0, max: 2000 }).map(String)), { maxLength: 400 });
    fc.assert(
      fc.property(numbers, (list) => {
        const ours = new ControlNumberSet();
        const reference = new Set<string>();
        for (const n of list) {
          expect(ours.add(n), n).toBe(!reference.has(n));
          reference.add(n);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('compareControlNumbers', () => {
  it('tells equal, equal but for leading zeros, and different apart', () => {
    expect(compareControlNumbers('000003438', '000003438')).toBe('equal');
    expect(compareControlNumbers('000003438', '3438')).toBe('equal-ignoring-zeros');
    expect(compareControlNumbers('000003438', '3439')).toBe('different');
    expect(compareControlNumbers('A1', 'a1')).toBe('different');
  });
});
