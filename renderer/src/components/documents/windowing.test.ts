import { describe, expect, it } from 'vitest';
import { computeWindow, nextActiveIndex, scrollTopToReveal } from './windowing.js';

const base = { viewportHeight: 320, rowHeight: 32, overscan: 2 };

describe('computeWindow', () => {
  it('draws only the rows on screen plus the overscan, at their natural place', () => {
    const window = computeWindow({ ...base, scrollTop: 3200, rowCount: 100_000 });
    expect(window.first).toBe(98);
    // 10 rows fit, one more for the partial row, plus 2 overscan: 100..111, then 2 → 113
    expect(window.last).toBe(113);
    expect(window.top(100)).toBe(3200);
    expect(window.contentHeight).toBe(3_200_000);
  });

  it('stays inside the rows at both ends and with no rows', () => {
    expect(computeWindow({ ...base, scrollTop: 0, rowCount: 5 })).toMatchObject({ first: 0, last: 4 });
    const end = computeWindow({ ...base, scrollTop: 10_000_000, rowCount: 50 });
    expect(end.last).toBe(49);
    expect(end.first).toBeLessThanOrEqual(49);
    expect(computeWindow({ ...base, scrollTop: 0, rowCount: 0 })).toMatchObject({ first: 0, last: -1, contentHeight: 0 });
  });

  it('compresses a million rows into a scroll area browsers can hold, reaching the first and the last row', () => {
    const rowCount = 3_000_000;
    const maxHeight = 8_000_000;
    const top = computeWindow({ ...base, scrollTop: 0, rowCount, maxHeight });
    expect(top.contentHeight).toBe(maxHeight);
    expect(top.first).toBe(0);
    const bottomScroll = maxHeight - base.viewportHeight;
    const bottom = computeWindow({ ...base, scrollTop: bottomScroll, rowCount, maxHeight });
    expect(bottom.last).toBe(rowCount - 1);
    // The last row's bottom edge lines up with the viewport's bottom edge.
    expect(bottom.top(rowCount - 1) + base.rowHeight).toBeCloseTo(bottomScroll + base.viewportHeight, 5);
    // Half way down the scrollbar is half way through the rows, and rows stay a row apart on screen.
    const middle = computeWindow({ ...base, scrollTop: bottomScroll / 2, rowCount, maxHeight });
    expect(Math.abs(middle.first - rowCount / 2)).toBeLessThan(20);
    expect(middle.top(middle.first + 1) - middle.top(middle.first)).toBe(base.rowHeight);
  });
});

describe('scrollTopToReveal', () => {
  it('scrolls just enough to show a row above or below the viewport, and not at all for a visible one', () => {
    const input = { ...base, scrollTop: 320, rowCount: 1000 };
    expect(scrollTopToReveal(input, 12)).toBeUndefined();
    expect(scrollTopToReveal(input, 5)).toBe(160);
    expect(scrollTopToReveal(input, 25)).toBe(26 * 32 - 320);
  });

  it('maps a row back onto the compressed scrollbar', () => {
    const input = { ...base, scrollTop: 0, rowCount: 3_000_000, maxHeight: 8_000_000 };
    const target = scrollTopToReveal(input, 2_999_999)!;
    const window = computeWindow({ ...input, scrollTop: target, overscan: 0 });
    expect(window.last).toBe(2_999_999);
  });
});

describe('nextActiveIndex', () => {
  it('moves by one, by a page, to the ends, and never out of the rows', () => {
    expect(nextActiveIndex('ArrowDown', -1, 10, 5)).toBe(0);
    expect(nextActiveIndex('ArrowDown', 3, 10, 5)).toBe(4);
    expect(nextActiveIndex('ArrowDown', 9, 10, 5)).toBe(9);
    expect(nextActiveIndex('ArrowUp', 0, 10, 5)).toBe(0);
    expect(nextActiveIndex('PageDown', 2, 10, 5)).toBe(6);
    expect(nextActiveIndex('PageUp', 2, 10, 5)).toBe(0);
    expect(nextActiveIndex('Home', 7, 10, 5)).toBe(0);
    expect(nextActiveIndex('End', 1, 10, 5)).toBe(9);
    expect(nextActiveIndex('Enter', 1, 10, 5)).toBeNull();
    expect(nextActiveIndex('ArrowDown', -1, 0, 5)).toBeNull();
  });
});
