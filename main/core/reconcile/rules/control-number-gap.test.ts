import { describe, expect, it } from 'vitest';
import { controlFact, only } from '../test-fixtures.js';

const gap = (from: number, to: number) => controlFact({ finding: 'gap', controlNumber: undefined, range: { from, to } });

describe('control-number-gap', () => {
  it('flags missing numbers with their count', () => {
    expect(only('control-number-gap', [gap(5, 7)])).toMatchObject([{ threadKey: 'control:3:inbound:interchange:gap:5-7', actual: { text: 'missing 5–7', value: { kind: 'count', value: 3 } } }]);
  });

  it('names a single missing number alone', () => {
    expect(only('control-number-gap', [gap(9, 9)])[0]?.actual.text).toBe('missing 9');
  });

  it('gives each gap its own id, stable across runs', () => {
    const ids = only('control-number-gap', [gap(5, 7), gap(20, 21)]).map((found) => found.id);
    expect(new Set(ids).size).toBe(2);
    expect(only('control-number-gap', [gap(20, 21), gap(5, 7)]).map((found) => found.id)).toEqual(ids);
  });

  it('ignores duplicates and a gap fact without a range', () => {
    expect(only('control-number-gap', [controlFact()])).toEqual([]);
    expect(only('control-number-gap', [controlFact({ finding: 'gap' })])).toEqual([]);
  });
});
