import { describe, expect, it } from 'vitest';
import { analyzeSender, numbersPerGroup, type SenderNumbers } from './analyze.js';

/** One number per file unless files are given; group ids default to one group per number. */
function sender(texts: string[], fileIds?: number[], groupIds?: number[]): SenderNumbers {
  return { texts, fileIds: fileIds ?? texts.map((_, index) => index + 1), groupIds: groupIds ?? texts.map((_, index) => index + 1) };
}

describe('ledger rules for one sender', () => {
  it('reports a number repeated across files once, with every use; a repeat inside one file is not its business', () => {
    const findings = analyzeSender(sender(['5', '6', '5', '7', '7', '5'], [1, 2, 3, 4, 4, 5]), { perGroupAllowed: false });
    expect(findings.duplicates).toEqual([[0, 2, 5]]);
  });

  it('treats numbers with and without leading zeros as the same number, and text as text', () => {
    expect(analyzeSender(sender(['0007', '7', 'A7', 'A7']), { perGroupAllowed: false }).duplicates).toEqual([[0, 1], [2, 3]]);
  });

  it('gives gaps as ranges between the first uses of the numbers around them', () => {
    const findings = analyzeSender(sender(['1', '2', '5', '2', '9']), { perGroupAllowed: false });
    expect(findings.gaps).toEqual([
      { from: 3, to: 4, before: 1, after: 2 },
      { from: 6, to: 8, before: 2, after: 4 },
    ]);
  });

  it('flags a number lower than the highest before it, and a late number closes its gap', () => {
    const findings = analyzeSender(sender(['10', '12', '11', '13']), { perGroupAllowed: false });
    expect(findings.outOfSequence).toEqual([{ row: 2, highestBefore: 12 }]);
    expect(findings.gaps).toEqual([]);
  });

  it('starts a new sequence on a drop to a tenth or less, so a rollover is neither late nor a gap', () => {
    const findings = analyzeSender(sender(['999999997', '999999998', '999999999', '1', '2', '4']), { perGroupAllowed: false });
    expect(findings.outOfSequence).toEqual([]);
    expect(findings.gaps).toEqual([{ from: 3, to: 3, before: 4, after: 5 }]);
    // a drop to more than a tenth stays in the sequence
    expect(analyzeSender(sender(['100', '101', '11']), { perGroupAllowed: false }).outOfSequence).toEqual([{ row: 2, highestBefore: 101 }]);
  });

  it('decides per-group numbering when most groups start with the same number', () => {
    expect(numbersPerGroup(sender(['1', '2', '1', '1', '2'], [1, 1, 2, 3, 3], [10, 10, 20, 30, 30]))).toBe(true);
    expect(numbersPerGroup(sender(['101', '102', '103'], [1, 2, 3], [10, 20, 30]))).toBe(false);
    // per group, numbers are compared only inside each group: no duplicates, gaps inside one group
    const findings = analyzeSender(sender(['1', '2', '1', '3', '1'], [1, 1, 2, 2, 3], [10, 10, 20, 20, 30]), { perGroupAllowed: true });
    expect(findings).toEqual({ perGroup: true, duplicates: [], outOfSequence: [], gaps: [{ from: 2, to: 2, before: 2, after: 3 }] });
  });

  it('has no sequence for numbers that are not all digits or too long to hold exactly', () => {
    const findings = analyzeSender(sender(['A1', 'A3', '1234567890123456', '1234567890123458']), { perGroupAllowed: false });
    expect(findings.gaps).toEqual([]);
    expect(findings.outOfSequence).toEqual([]);
  });
});
