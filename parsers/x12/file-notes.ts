/**
 * What the tokenizer notices about the file's shape (BOM, junk, EBCDIC, wrapped lines, what follows terminators),
 * turned into file-level problems and per-interchange quirks for partner profiles.
 */
import type { Interchange, Problem, X12Delimiters } from '../model.js';
import { isAlphanumeric, latin1 } from './bytes.js';
import type { ProblemFactory } from './problem-factory.js';
import type { SkippedBytes } from './junk-recorder.js';

export class FileNotes {
  readonly problems: Problem[] = [];
  /** quirks waiting for the next interchange (BOM and junk come before its ISA) */
  private pendingQuirks: string[] = [];
  private ebcdic = false;
  private leadingJunk: SkippedBytes | null = null;
  private wrappedInterchange: Interchange | null = null;

  constructor(private readonly factory: ProblemFactory) {}

  get isEbcdic(): boolean {
    return this.ebcdic;
  }

  byteOrderMark(offset: number): void {
    this.problems.push(this.factory.make('warning', 'bom-skipped', 'file',
      'The file starts with a UTF-8 byte order mark (EF BB BF); it was skipped.', { offset }));
    this.pendingQuirks.push('bom');
  }

  ebcdicDetected(offset: number): void {
    this.ebcdic = true;
    this.problems.push(this.factory.make('warning', 'ebcdic-detected', 'file',
      'The interchange is EBCDIC-encoded (code page 037); it was decoded to read it.', { offset }));
  }

  /** an ISA was seen, even if it could not be read: the file is X12 with errors, not "not EDI" */
  sawHeader = false;

  invalidHeader(offset: number, reason: string): void {
    this.sawHeader = true;
    this.problems.push(this.factory.make('error', 'interchange-header-invalid', 'file',
      `An ISA header starts here but cannot be read: ${reason}. Its contents were skipped up to the next ISA.`, { offset }));
  }

  /** `previous`: delimiters of the interchange before the skipped bytes, if any */
  skipped(bytes: SkippedBytes, previous: X12Delimiters | null): void {
    if (previous === null) {
      this.leadingJunk = bytes;
      return;
    }
    if (bytes.whitespaceOnly) return;
    const length = bytes.end - bytes.start;
    const tag = segmentTagIn(bytes.sample, previous.element);
    if (tag !== null) {
      this.problems.push(this.factory.make('error', 'segment-outside-envelope', 'file',
        `Segment ${tag} and what follows (${length} bytes) are outside any interchange (after IEA, before the next ISA); they were skipped.`,
        { offset: firstDataOffset(bytes), segmentTag: tag }));
    } else {
      this.problems.push(this.factory.make('warning', 'junk-between-interchanges', 'file',
        `${length} bytes that are not EDI were skipped after an interchange: ${sampleText(bytes.sample)}.`, { offset: firstDataOffset(bytes) }));
    }
  }

  /** Called when an interchange starts: reports what came before the first ISA and hands over pending quirks. */
  interchangeStarted(interchange: Interchange): void {
    const junk = this.leadingJunk;
    if (junk !== null) {
      this.leadingJunk = null;
      const length = junk.end - junk.start;
      const what = junk.whitespaceOnly ? `${length} bytes of whitespace` : `${length} bytes (${sampleText(junk.sample)})`;
      this.problems.push(this.factory.make('warning', 'junk-before-header', 'file',
        `${what} before the ISA header were skipped.`, { offset: junk.whitespaceOnly ? junk.start : firstDataOffset(junk) }));
      this.pendingQuirks.push('junk-before-header');
    }
    if (this.ebcdic) interchange.quirks.push('ebcdic');
    interchange.quirks.push(...this.pendingQuirks);
    this.pendingQuirks = [];
  }

  /** CR/LF inside a segment: a hard-wrapped file, or only a CR before an LF terminator (CRLF line ends). */
  strayBreaks(interchange: Interchange, firstBreakOffset: number, kind: 'wrap' | 'cr-before-terminator'): void {
    if (kind === 'wrap') this.wrapped(interchange, firstBreakOffset);
    else addQuirk(interchange, 'cr-before-terminator');
  }

  /** What follows segment terminators: kept as the delimiters' suffix while it is consistent. */
  segmentSuffix(interchange: Interchange, kind: 'first' | 'mixed', text: string, padding: boolean): void {
    const delimiters = interchange.delimiters as X12Delimiters;
    if (kind === 'mixed') {
      delimiters.segmentSuffix = '';
      addQuirk(interchange, 'mixed-segment-suffix');
    } else if (padding) {
      addQuirk(interchange, 'padded-records');
    } else if (text !== '') {
      delimiters.segmentSuffix = text;
      addQuirk(interchange, suffixQuirk(text));
    }
  }

  /** A CR/LF inside a segment: the file is hard-wrapped. Reported once per interchange. */
  wrapped(interchange: Interchange, breakOffset: number): void {
    if (this.wrappedInterchange === interchange) return;
    this.wrappedInterchange = interchange;
    const { line, column } = this.factory.locate(breakOffset);
    const width = column - 1;
    addQuirk(interchange, `wrapped-${width}`);
    this.problems.push(this.factory.make('warning', 'wrapped-lines', 'file',
      `Line ${line} breaks inside a segment after ${width} bytes: the file looks hard-wrapped at a fixed width. Line breaks inside segments were ignored.`,
      { offset: breakOffset }));
  }

  /** At the end of the file when no interchange was read: what the file is instead, or null (a broken ISA). */
  nothingFound(size: number): Problem | null {
    if (this.sawHeader) return null;
    const junk = this.leadingJunk;
    if (size === 0 || junk === null || junk.whitespaceOnly) {
      return this.factory.make('error', 'empty-file', 'file', size === 0 ? 'The file is empty.' : 'The file holds only whitespace.', { offset: 0 });
    }
    return this.factory.make('error', 'not-edi', 'file',
      `No X12 interchange header (ISA) was found in ${size} bytes; the file starts with ${sampleText(junk.sample)}.`, { offset: firstDataOffset(junk) });
  }
}

export function addQuirk(interchange: Interchange, quirk: string): void {
  if (!interchange.quirks.includes(quirk)) interchange.quirks.push(quirk);
}

/** Quirk name for what follows terminators: '\r\n' -> 'segment-suffix-crlf', ' \n' -> 'segment-suffix-space-lf'. */
export function suffixQuirk(text: string): string {
  if (text === '\r\n') return 'segment-suffix-crlf';
  const names: Record<string, string> = { '\r': 'cr', '\n': 'lf', ' ': 'space', '\t': 'tab' };
  return `segment-suffix-${[...text].map((c) => names[c] ?? 'other').join('-')}`;
}

function segmentTagIn(sample: Uint8Array, element: string): string | null {
  const separator = element.charCodeAt(0);
  for (const length of [2, 3]) {
    if (sample.length > length && sample[length] === separator && [...sample.subarray(0, length)].every(isAlphanumeric)) {
      return latin1(sample, 0, length);
    }
  }
  return null;
}

function sampleText(sample: Uint8Array): string {
  let text = '';
  for (const b of sample) text += b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : escapeByte(b);
  return `"${text}"`;
}

/** Skipped ranges start with whitespace when junk follows a terminator; point at the junk itself. */
function firstDataOffset(bytes: SkippedBytes): number {
  return bytes.dataStart ?? bytes.start;
}

function escapeByte(b: number): string {
  if (b === 0x0a) return '\\n';
  if (b === 0x0d) return '\\r';
  return `\\x${b.toString(16).padStart(2, '0')}`;
}
