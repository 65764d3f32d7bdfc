/**
 * Streaming EDIFACT byte scanner. Finds interchange starts (UNA, or a UNB/UNG/UNH/UIB header) among junk, then
 * cuts the bytes into segments, honouring the release character even when it is the last byte of a chunk. It builds
 * no strings: each segment is handed to the sink as a byte range, with the offsets of bytes outside the declared
 * character set. A segment that straddles chunks is copied into a carry buffer; all others are read in place.
 */
import * as ByteClass from './byte-classes.js';
import type { LineIndex } from './lines.js';
import { HEADER_MATCH, NEED_MORE, UNA_MATCH, isAlphanumeric, isWhitespace, matchHeader, matchServiceAdvice } from './header-match.js';
import { Utf8Validator } from './utf8.js';

// module-level copies: the hot loop must not go through import bindings (some transpilers turn them into getters)
const TERMINATOR = ByteClass.TERMINATOR;
const RELEASE = ByteClass.RELEASE;
const LINE_FEED = ByteClass.LINE_FEED;
const CARRIAGE_RETURN = ByteClass.CARRIAGE_RETURN;
const VIOLATION = ByteClass.VIOLATION;
const UTF8 = ByteClass.UTF8;

export const HAS_RELEASE = 1;
export const HAS_LINE_BREAK = 2;
/** the file ended before the segment's terminator */
export const UNTERMINATED = 4;
/** the segment straddled chunks and is handed over from the scanner's carry buffer (reused afterwards) */
export const FROM_CARRY = 8;

/** at most this many charset violations are recorded per segment; `violationsOverflow` counts the rest */
const VIOLATIONS_PER_SEGMENT = 64;

export interface ScannerSink {
  /** a byte order mark, or non-whitespace bytes outside any interchange */
  skipped(kind: 'bom' | 'junk', offset: number, length: number, preview: string): void;
  /**
   * An interchange starts at `offset`: with a UNA (its six service characters in `una`), or directly with the
   * header `tag` ('UNB', 'UNG', 'UNH', 'UIB') followed by the byte `separator`. Returns the byte-class table.
   */
  interchangeStart(offset: number, una: string | null, tag: string, separator: number): Uint8Array;
  /** bytes[start, end) is one segment without its terminator, starting at file offset `offset` */
  segment(bytes: Uint8Array, start: number, end: number, offset: number, flags: number, violations: number[]): void;
}

const SEEK = 0;
const SEGMENTS = 1;

export class EdifactScanner {
  /** whitespace (CR, LF, space, tab) skipped before the current segment: its first 4 bytes and its length */
  private gapCodes = 0;
  private gapLength = 0;
  violationsOverflow = 0;
  /** changes with every chunk, so a reader may cache what it decoded from the current one */
  chunkSerial = 0;

  private mode = SEEK;
  private base = 0;
  private table: Uint8Array = new Uint8Array(256);
  private tail: Uint8Array | null = null;
  private previousByte = 0x0a;
  private junkStart = -1;
  private junkEnd = -1;
  private junkPreview = '';

  private inSegment = false;
  private segmentInCarry = false;
  private segmentStart = 0;
  private segmentOffset = 0;
  private flags = 0;
  private releasePending = false;
  private carry = new Uint8Array(1024);
  private carryLength = 0;
  private readonly utf8 = new Utf8Validator();
  private readonly violations: number[] = [];

  constructor(
    private readonly sink: ScannerSink,
    private readonly lines: LineIndex,
  ) {}

  /** The whitespace skipped before the segment being handed over (the sink reads it for the segment suffix). */
  get gap(): string {
    let text = '';
    for (let codes = this.gapCodes, k = Math.min(this.gapLength, 4); k > 0; k--, codes = Math.floor(codes / 256)) text = String.fromCharCode(codes % 256) + text;
    return text;
  }

  /** the sink switches tables when the UNB declares its character set */
  useTable(table: Uint8Array): void {
    this.table = table;
  }

  /** the sink ends the interchange (after UNZ): following bytes are searched for the next interchange */
  endInterchange(): void {
    this.mode = SEEK;
    this.previousByte = 0x0a;
  }

  write(input: Uint8Array): void {
    this.chunkSerial++;
    let chunk = input;
    if (this.tail) {
      chunk = new Uint8Array(this.tail.length + input.length);
      chunk.set(this.tail);
      chunk.set(input, this.tail.length);
      this.base -= this.tail.length;
      this.tail = null;
    }
    this.process(chunk, false);
    this.base += chunk.length;
  }

  end(): void {
    this.chunkSerial++;
    if (this.tail) {
      const tail = this.tail;
      this.tail = null;
      this.base -= tail.length;
      this.process(tail, true);
      this.base += tail.length;
    }
    if (this.mode === SEGMENTS && this.inSegment) {
      if (this.utf8.need > 0) this.violation(this.utf8.sequenceStart);
      this.utf8.need = 0;
      this.flags |= UNTERMINATED | FROM_CARRY;
      this.releasePending = false;
      this.emit(this.carry, 0, this.carryLength);
    }
    this.flushJunk();
  }

  private process(chunk: Uint8Array, final: boolean): void {
    let i = 0;
    while (i < chunk.length) {
      i = this.mode === SEEK ? this.seek(chunk, i, final) : this.scanSegments(chunk, i, final);
    }
  }

  private seek(chunk: Uint8Array, from: number, final: boolean): number {
    const n = chunk.length;
    for (let i = from; i < n; i++) {
      const b = chunk[i]!;
      const offset = this.base + i;
      if (b === 0xef && offset === 0) {
        if (i + 3 > n && !final) return this.keepTail(chunk, i);
        if (chunk[i + 1] === 0xbb && chunk[i + 2] === 0xbf) {
          this.sink.skipped('bom', 0, 3, '');
          i += 2;
          continue;
        }
      }
      if (b === 0x55 && !isAlphanumeric(this.previousByte)) {
        const match = matchHeader(chunk, i);
        if (match === NEED_MORE && !final) return this.keepTail(chunk, i);
        if (match === UNA_MATCH || match === HEADER_MATCH) {
          this.flushJunk();
          return this.beginInterchange(chunk, i, match);
        }
      }
      if (b === 0x0a) this.lines.add(offset + 1);
      if (!isWhitespace(b)) {
        if (this.junkStart < 0) this.junkStart = offset;
        this.junkEnd = offset + 1;
      }
      if (this.junkStart >= 0 && this.junkPreview.length < 40) this.junkPreview += String.fromCharCode(b);
      this.previousByte = b;
    }
    return n;
  }

  private keepTail(chunk: Uint8Array, from: number): number {
    this.tail = chunk.slice(from);
    return chunk.length;
  }

  private beginInterchange(chunk: Uint8Array, i: number, match: number): number {
    const offset = this.base + i;
    this.mode = SEGMENTS;
    this.inSegment = false;
    this.gapLength = 0;
    this.gapCodes = 0;
    if (match === UNA_MATCH) {
      let six = '';
      for (let k = 3; k < 9; k++) six += String.fromCharCode(chunk[i + k]!);
      this.table = this.sink.interchangeStart(offset, six, 'UNA', 0);
      return i + 9;
    }
    const tag = String.fromCharCode(chunk[i]!, chunk[i + 1]!, chunk[i + 2]!);
    this.table = this.sink.interchangeStart(offset, null, tag, chunk[i + 3]!);
    return i;
  }

  private flushJunk(): void {
    if (this.junkStart < 0) return;
    const length = this.junkEnd - this.junkStart;
    this.sink.skipped('junk', this.junkStart, length, this.junkPreview.slice(0, Math.min(40, length)));
    this.junkStart = -1;
    this.junkPreview = '';
  }

  private scanSegments(chunk: Uint8Array, from: number, final: boolean): number {
    const n = chunk.length;
    let i = from;
    let table = this.table;
    if (this.inSegment && from === 0) {
      if (this.releasePending) {
        this.releasePending = false;
        i = this.releasedByte(chunk, i) + 1;
      } else if (this.utf8.need > 0) {
        i = this.continueUtf8(chunk, i) + 1;
      }
    }
    for (;;) {
      if (!this.inSegment) {
        for (; i < n; i++) {
          const b = chunk[i]!;
          if (!(b === 0x0a || b === 0x0d || b === 0x20 || b === 0x09) || table[b] === TERMINATOR) break;
          if (b === 0x0a) this.lines.add(this.base + i + 1);
          if (this.gapLength++ < 4) this.gapCodes = this.gapCodes * 256 + b;
        }
        if (i >= n) return n;
        if (chunk[i] === 0x55) {
          // a UNA here starts a new interchange (the open one lacks its UNZ) with its own terminator
          const advice = matchServiceAdvice(chunk, i);
          if (advice === NEED_MORE && !final) return this.keepTail(chunk, i);
          if (advice === UNA_MATCH) {
            i = this.beginInterchange(chunk, i, UNA_MATCH);
            table = this.table;
            continue;
          }
        }
        this.inSegment = true;
        this.segmentInCarry = false;
        this.segmentStart = i;
        this.segmentOffset = this.base + i;
        this.flags = 0;
      }
      for (; i < n; i++) {
        const type = table[chunk[i]!]!;
        if (type === 0) continue;
        if (type === TERMINATOR) break;
        i = this.special(chunk, i, type);
      }
      if (i >= n) {
        // the segment goes on in the next chunk (possibly after a pending release or UTF-8 sequence)
        this.appendCarry(chunk, this.segmentInCarry ? 0 : this.segmentStart, n);
        this.segmentInCarry = true;
        return n;
      }
      if (this.segmentInCarry) {
        this.appendCarry(chunk, 0, i);
        this.flags |= FROM_CARRY;
        this.emit(this.carry, 0, this.carryLength);
      } else {
        this.emit(chunk, this.segmentStart, i);
      }
      i++;
      if (this.mode !== SEGMENTS) return i;
      table = this.table;
    }
  }

  /** Handles a byte that is neither plain data nor the terminator; returns the index of the last byte consumed. */
  private special(chunk: Uint8Array, i: number, type: number): number {
    switch (type) {
      case RELEASE:
        this.flags |= HAS_RELEASE;
        if (i + 1 >= chunk.length) {
          this.releasePending = true;
          return i;
        }
        return this.releasedByte(chunk, i + 1);
      case LINE_FEED:
        this.flags |= HAS_LINE_BREAK;
        this.lines.add(this.base + i + 1);
        return i;
      case CARRIAGE_RETURN:
        this.flags |= HAS_LINE_BREAK;
        return i;
      case VIOLATION:
        this.violation(this.base + i);
        return i;
      case UTF8:
        if (!this.utf8.start(chunk[i]!, this.base + i)) {
          this.violation(this.base + i);
          return i;
        }
        return this.continueUtf8(chunk, i + 1);
      default:
        return i;
    }
  }

  /** The byte after a release character is data whatever it is; it is still checked against the charset. */
  private releasedByte(chunk: Uint8Array, i: number): number {
    const type = this.table[chunk[i]!]!;
    if (type === LINE_FEED) this.lines.add(this.base + i + 1);
    else if (type === VIOLATION) this.violation(this.base + i);
    else if (type === UTF8) return this.special(chunk, i, UTF8);
    return i;
  }

  /** Reads continuation bytes from `i`; returns the index of the last byte consumed (i - 1 when none). */
  private continueUtf8(chunk: Uint8Array, i: number): number {
    const utf8 = this.utf8;
    while (utf8.need > 0 && i < chunk.length) {
      if (!utf8.continue(chunk[i]!)) {
        this.violation(utf8.sequenceStart);
        return i - 1;
      }
      i++;
    }
    return i - 1;
  }

  private violation(offset: number): void {
    if (this.violations.length < VIOLATIONS_PER_SEGMENT) this.violations.push(offset);
    else this.violationsOverflow++;
  }

  private appendCarry(chunk: Uint8Array, start: number, end: number): void {
    const needed = this.carryLength + (end - start);
    if (needed > this.carry.length) {
      const grown = new Uint8Array(Math.max(needed, this.carry.length * 2));
      grown.set(this.carry.subarray(0, this.carryLength));
      this.carry = grown;
    }
    this.carry.set(chunk.subarray(start, end), this.carryLength);
    this.carryLength = needed;
  }

  private emit(bytes: Uint8Array, start: number, end: number): void {
    this.inSegment = false;
    this.sink.segment(bytes, start, end, this.segmentOffset, this.flags, this.violations);
    if (this.violations.length !== 0) this.violations.length = 0;
    this.violationsOverflow = 0;
    this.carryLength = 0;
    this.segmentInCarry = false;
    this.gapLength = 0;
    this.gapCodes = 0;
  }
}
