/**
 * Byte offset -> 1-based line and column, for a stream. Remembers the offsets of LF bytes, but only back to a point
 * the caller no longer needs (the start of the current transaction), so a 1 GiB file costs constant memory.
 * Lines are counted by LF (a CRLF counts once); columns are in bytes.
 */
export class LineIndex {
  private breaks = new Float64Array(1024);
  private count = 0;
  /** LF bytes dropped from the front, and the offset of the last one dropped (-1: none) */
  private dropped = 0;
  private lastDropped = -1;

  add(offset: number): void {
    if (this.count === this.breaks.length) this.grow();
    this.breaks[this.count++] = offset;
  }

  locate(offset: number): { line: number; column: number } {
    const breaks = this.breaks;
    let low = 0;
    let high = this.count;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (breaks[mid]! < offset) low = mid + 1;
      else high = mid;
    }
    const previous = low > 0 ? breaks[low - 1]! : this.lastDropped;
    return { line: this.dropped + low + 1, column: offset - previous };
  }

  /** Forget line breaks before `offset`; later `locate` calls must ask for offsets >= it. */
  forgetBefore(offset: number): void {
    if (this.count < 256) return;
    let keepFrom = 0;
    while (keepFrom < this.count && this.breaks[keepFrom]! < offset) keepFrom++;
    if (keepFrom === 0) return;
    this.lastDropped = this.breaks[keepFrom - 1]!;
    this.dropped += keepFrom;
    this.breaks.copyWithin(0, keepFrom, this.count);
    this.count -= keepFrom;
  }

  private grow(): void {
    const next = new Float64Array(this.breaks.length * 2);
    next.set(this.breaks);
    this.breaks = next;
  }
}
