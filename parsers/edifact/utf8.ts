/** UTF-8 validation one byte at a time, for the scanner. */

/**
 * Incremental UTF-8 validation, so a multi-byte character may straddle chunks. `push` returns true when the byte
 * is acceptable so far; on false the sequence that started at `sequenceStart` is invalid.
 */
export class Utf8Validator {
  /** continuation bytes still expected */
  need = 0;
  sequenceStart = 0;
  private lower = 0x80;
  private upper = 0xbf;

  /** Starts a sequence at a byte >= 0x80; false when the byte cannot start one. */
  start(byte: number, offset: number): boolean {
    this.sequenceStart = offset;
    this.lower = 0x80;
    this.upper = 0xbf;
    if (byte >= 0xc2 && byte <= 0xdf) this.need = 1;
    else if (byte >= 0xe0 && byte <= 0xef) {
      this.need = 2;
      if (byte === 0xe0) this.lower = 0xa0;
      if (byte === 0xed) this.upper = 0x9f;
    } else if (byte >= 0xf0 && byte <= 0xf4) {
      this.need = 3;
      if (byte === 0xf0) this.lower = 0x90;
      if (byte === 0xf4) this.upper = 0x8f;
    } else {
      this.need = 0;
      return false;
    }
    return true;
  }

  /** Feeds the next byte of an open sequence. */
  continue(byte: number): boolean {
    if (byte < this.lower || byte > this.upper) {
      this.need = 0;
      return false;
    }
    this.lower = 0x80;
    this.upper = 0xbf;
    this.need--;
    return true;
  }
}
