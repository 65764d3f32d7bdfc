/**
 * Segment text without a decoder call per segment: for single-byte character sets a window of the chunk is decoded
 * once and each segment is sliced from it (one character per byte, so byte and string indexes agree).
 */
import type { SyntaxCharset } from './charset.js';

const WINDOW = 65536;

export class SegmentText {
  private chunk = -1;
  private windowStart = -1;
  private charset: SyntaxCharset | null = null;
  private text = '';

  /**
   * The text of bytes[start, end). `chunk` identifies the bytes (the scanner's chunk serial, -1 for its carry
   * buffer, which is never cached); `exact` is false when windows-1252 may differ from the real set there.
   */
  read(bytes: Uint8Array, start: number, end: number, chunk: number, exact: boolean, charset: SyntaxCharset): string {
    const decodeWindow = charset.decodeWindow;
    const windowStart = start - (start % WINDOW);
    if (decodeWindow === null || chunk < 0 || !exact || end > windowStart + WINDOW) return charset.decode(bytes, start, end);
    if (chunk !== this.chunk || windowStart !== this.windowStart || charset !== this.charset) {
      this.text = decodeWindow(bytes, windowStart, Math.min(bytes.length, windowStart + WINDOW));
      this.chunk = chunk;
      this.windowStart = windowStart;
      this.charset = charset;
    }
    return this.text.slice(start - windowStart, end - windowStart);
  }
}
