import { describe, expect, it } from 'vitest';
import { linePath, niceScale, sumMoney } from './chart-math.js';

describe('chart scales', () => {
  it('rounds the axis up to 1, 2, 2.5 or 5 × 10^n, never below the data', () => {
    for (const value of [7, 12, 26, 99, 101, 740, 2600, 123_456]) {
      const { max, ticks } = niceScale(value);
      expect(max).toBeGreaterThanOrEqual(value);
      expect(max / 10 ** Math.floor(Math.log10(max))).toSatisfy((factor: number) => [1, 2, 2.5, 5].some((nice) => Math.abs(nice - factor) < 1e-9));
      expect(ticks[0]).toBe(0);
      expect(ticks.at(-1)).toBeCloseTo(max);
      expect(ticks.length).toBeGreaterThanOrEqual(2);
      expect(ticks.length).toBeLessThanOrEqual(6);
    }
    expect(niceScale(12).max).toBe(20);
    expect(niceScale(26).max).toBe(50);
    expect(niceScale(3)).toEqual({ max: 3, ticks: [0, 1, 2, 3] });
    expect(niceScale(0.3)).toEqual({ max: 1, ticks: [0, 1] });
    expect(niceScale(7).ticks).toEqual([0, 2, 4, 6, 8, 10]);
    expect(niceScale(0)).toEqual({ max: 1, ticks: [0, 1] });
  });

  it('draws a line from the bottom (0) to the top (max), evenly across the width', () => {
    expect(linePath([0, 5, 10], 100, 50, 10)).toBe('M0,50 L50,25 L100,0');
    expect(linePath([4], 100, 50, 8)).toBe('M50,25');
    expect(linePath([], 100, 50, 8)).toBe('');
    expect(linePath([-3], 100, 50, 8)).toBe('M50,50');
  });

  it('sums money in minor units', () => {
    expect(sumMoney(['0.1', '0.2'])).toBe(0.3);
    expect(sumMoney(['1234.56', '0.44'])).toBe(1235);
  });
});
