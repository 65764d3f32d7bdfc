/**
 * Byte offset -> 1-based line and column. Keeps the line starts of a sliding window only (the caller forgets the
 * past it no longer reports on), so a 1 GiB file does not grow an index.
 */
export class LineIndex {
  /** line starts, ascending; starts[i] is the first byte of line firstLine + i */
  private starts = new Float64Array(64);
  private count = 1;
  private firstLine = 1;

  /** A line starts at `offset` (the byte after a LF). */
  add(offset: number): void {
    if (this.count === this.starts.length) {
      const grown = new Float64Array(this.starts.length * 2);
      grown.set(this.starts);
      this.starts = grown;
    }
    this.starts[this.count++] = offset;
  }

  locate(offset: number): { line: number; column: number } {
    const starts = this.starts;
    let low = 0;
    let high = this.count - 1;
    if (offset >= starts[high]!) low = high;
    else {
      while (low < high) {
        const middle = (low + high + 1) >>> 1;
        if (starts[middle]! <= offset) low = middle;
        else high = middle - 1;
      }
    }
    // offsets before the window (not expected) clamp to its first line rather than failing
    const column = Math.max(0, offset - starts[low]!) + 1;
    return { line: this.firstLine + low, column };
  }

  /** Drops line starts no longer needed to locate offsets >= `offset`. */
  forgetBefore(offset: number): void {
    const starts = this.starts;
    let keep = 0;
    while (keep + 1 < this.count && starts[keep + 1]! <= offset) keep++;
    if (keep === 0) return;
    starts.copyWithin(0, keep, this.count);
    this.count -= keep;
    this.firstLine += keep;
  }
}
