/** Keeps account of the bytes skipped while looking for an ISA, to report them as one range with a sample. */
import { LF, isWhitespace } from './bytes.js';
import type { LineIndex } from './line-index.js';

/** What happened to bytes that were not segments of an interchange. */
export interface SkippedBytes {
  /** file offsets; end exclusive */
  start: number;
  end: number;
  /** only spaces, tabs, CR and LF (and a DOS end-of-file Ctrl-Z) */
  whitespaceOnly: boolean;
  /** file offset of the first byte that is not whitespace */
  dataStart?: number;
  /** the first bytes from dataStart, for messages */
  sample: Uint8Array;
}

const SAMPLE_LENGTH = 24;
/** SUB (Ctrl-Z), the DOS end-of-file marker some systems still append */
const SUB = 0x1a;

export class JunkRecorder {
  /** the last byte skipped, -1 at the start of a search: "ISA" only counts after a non-alphanumeric byte */
  previousByte = -1;
  private start = -1;
  private end = -1;
  private dataStart = -1;
  private sample: number[] = [];

  constructor(private readonly lines: LineIndex) {}

  skip(offset: number, b: number): void {
    this.previousByte = b;
    if (b === LF) this.lines.add(offset);
    if (this.start < 0) this.start = offset;
    this.end = offset + 1;
    if (this.dataStart < 0 && !isWhitespace(b) && b !== SUB) this.dataStart = offset;
    if (this.dataStart >= 0 && this.sample.length < SAMPLE_LENGTH) this.sample.push(b);
  }

  /** The range skipped since the last take, or null. */
  take(): SkippedBytes | null {
    if (this.start < 0) return null;
    const skipped: SkippedBytes = { start: this.start, end: this.end, whitespaceOnly: this.dataStart < 0, sample: Uint8Array.from(this.sample) };
    if (this.dataStart >= 0) skipped.dataStart = this.dataStart;
    this.start = -1;
    this.dataStart = -1;
    this.sample = [];
    return skipped;
  }
}
