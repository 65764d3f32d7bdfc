/**
 * Byte offset -> 1-based line and column. Keeps the line starts of a sliding window only (the caller forgets the
 * past it no longer reports on), so a 1 GiB file does not grow an index and the array stays in cache.
 */
export class LineIndex {
  /** starts[first .. count) are line starts, ascending; starts[first] is the first byte of line firstLine */
  private starts = new Float64Array(256);
  private first = 0;
  private count = 1;
  private firstLine = 1;

  /** A line starts at `offset` (the byte after a LF). */
  add(offset: number): void {
    if (this.count === this.starts.length) this.makeRoom();
    this.starts[this.count++] = offset;
  }

  locate(offset: number): { line: number; column: number } {
    const starts = this.starts;
    let low = this.first;
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
    return { line: this.firstLine + (low - this.first), column };
  }

  /** Drops line starts no longer needed to locate offsets >= `offset`. */
  forgetBefore(offset: number): void {
    const starts = this.starts;
    let first = this.first;
    while (first + 1 < this.count && starts[first + 1]! <= offset) first++;
    this.firstLine += first - this.first;
    this.first = first;
  }

  private makeRoom(): void {
    const live = this.count - this.first;
    if (this.first >= live) {
      this.starts.copyWithin(0, this.first, this.count);
    } else {
      const grown = new Float64Array(this.starts.length * 2);
      grown.set(this.starts.subarray(this.first, this.count));
      this.starts = grown;
    }
    this.first = 0;
    this.count = live;
  }
}
