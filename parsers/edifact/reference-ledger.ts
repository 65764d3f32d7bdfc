/**
 * Remembers control references to find duplicates without growing with the file: runs of consecutive numeric
 * references (the usual case) are kept as intervals, per digit count so '0001' and '1' stay different.
 */
export class ReferenceLedger {
  private readonly numeric = new Map<number, number[]>();
  private readonly others = new Set<string>();

  /** Records a reference; false when it was already recorded. */
  add(reference: string): boolean {
    if (!/^\d{1,15}$/.test(reference)) {
      if (this.others.has(reference)) return false;
      this.others.add(reference);
      return true;
    }
    let intervals = this.numeric.get(reference.length);
    if (!intervals) {
      intervals = [];
      this.numeric.set(reference.length, intervals);
    }
    return insert(intervals, Number(reference));
  }
}

/** intervals holds [start0, end0, start1, end1, ...] sorted and disjoint (inclusive ends). */
function insert(intervals: number[], value: number): boolean {
  // binary search for the last interval starting at or before value
  let low = 0;
  let high = intervals.length / 2 - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    if (intervals[middle * 2]! <= value) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  if (found >= 0 && intervals[found * 2 + 1]! >= value) return false;
  const extendsPrevious = found >= 0 && intervals[found * 2 + 1]! === value - 1;
  const next = found + 1;
  const joinsNext = next * 2 < intervals.length && intervals[next * 2]! === value + 1;
  if (extendsPrevious && joinsNext) {
    intervals[found * 2 + 1] = intervals[next * 2 + 1]!;
    intervals.splice(next * 2, 2);
  } else if (extendsPrevious) {
    intervals[found * 2 + 1] = value;
  } else if (joinsNext) {
    intervals[next * 2] = value;
  } else {
    intervals.splice(next * 2, 0, value, value);
  }
  return true;
}
