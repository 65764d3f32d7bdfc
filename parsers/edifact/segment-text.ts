/**
 * Segment text without a decoder call per segment: for single-byte character sets a window of the chunk is decoded
 * once and each segment is split straight out of it (one character per byte, so byte and string indexes agree).
 */
import type { SyntaxCharset } from './charset.js';
import * as ScanFlags from './scanner.js';

const WINDOW = 65536;
const FROM_CARRY = ScanFlags.FROM_CARRY;

export class SegmentText {
  /** where the segment read last lies in the returned text */
  from = 0;
  to = 0;
  private chunk = -1;
  private windowStart = -1;
  private charset: SyntaxCharset | null = null;
  private text = '';

  /** `chunkSerial` tells chunks apart, so a window decoded from one chunk is never used for another. */
  constructor(private readonly chunkSerial: () => number) {}

  /**
   * The text holding bytes[start, end) at [from, to). Segments from the scanner's carry buffer (reused) and
   * segments with charset violations (windows-1252 may differ from Latin-1 there) are decoded on their own.
   */
  read(bytes: Uint8Array, start: number, end: number, flags: number, exact: boolean, charset: SyntaxCharset): string {
    const decodeWindow = charset.decodeWindow;
    const windowStart = start - (start % WINDOW);
    if (decodeWindow === null || (flags & FROM_CARRY) !== 0 || !exact || end > windowStart + WINDOW) {
      const text = charset.decode(bytes, start, end);
      this.from = 0;
      this.to = text.length;
      return text;
    }
    const chunk = this.chunkSerial();
    if (chunk !== this.chunk || windowStart !== this.windowStart || charset !== this.charset) {
      this.text = decodeWindow(bytes, windowStart, Math.min(bytes.length, windowStart + WINDOW));
      this.chunk = chunk;
      this.windowStart = windowStart;
      this.charset = charset;
    }
    this.from = start - windowStart;
    this.to = end - windowStart;
    return this.text;
  }
}
