/**
 * Streaming X12 tokenizer over bytes. Feed chunks of any size; it finds each ISA (and its delimiters), then each
 * segment, and hands the sink a reusable SegmentView of offsets. The unfinished tail of a chunk is carried over, and
 * scanning resumes where it stopped, so 1-byte chunks and one whole buffer give identical results.
 */
import { CR, LF, SPACE, TAB, isAlphanumeric } from './bytes.js';
import { EBCDIC_I, translateEbcdic } from './ebcdic.js';
import { isaAt, readEbcdicIsaLayout, readIsaLayout, type IsaLayout } from './isa-layout.js';
import { JunkRecorder, type SkippedBytes } from './junk-recorder.js';
import type { LineIndex } from './line-index.js';
import { SegmentView, TAG } from './segment-view.js';

export type { SkippedBytes };

export interface TokenizerSink {
  byteOrderMark(offset: number, length: number): void;
  ebcdicDetected(offset: number): void;
  /** bytes skipped while looking for an ISA (junk before, between or after interchanges) */
  skipped(bytes: SkippedBytes): void;
  /** "ISA" was found but no usable header follows */
  invalidHeader(offset: number, reason: string): void;
  /** a complete ISA; the view holds it as a segment */
  interchangeStart(view: SegmentView, layout: IsaLayout, breaks: number[]): void;
  /** CR/LF inside a segment: a hard-wrapped file ('wrap'), or a CR right before an LF terminator */
  strayBreaks(firstBreakOffset: number, kind: 'wrap' | 'cr-before-terminator'): void;
  /** the bytes after a terminator (CR/LF/spaces): reported for the first segment after the ISA ('first'), then once
   *  more if a later segment has different ones ('mixed'); `padding` when longer than 4 bytes (fixed-length records) */
  segmentSuffix(kind: 'first' | 'mixed', text: string, padding: boolean): void;
  segment(view: SegmentView): void;
}

const ELEMENT = 1;
const TERMINATOR = 2;
const LINEFEED = 4;
/** CR or LF that is not a delimiter */
const STRAY = 8;
/** component or repetition separator: the segment's values need splitting */
const SUBDIVISION = 16;

const MODE_SEEK = 0;
const MODE_SEGMENTS = 1;
const MIN_CAPACITY = 64 * 1024;
/** suffixes longer than 4 bytes are padding (fixed-length records) and are compared as one kind */
const PADDING_SIGNATURE = -2;
const SUFFIX_UNSET = -1;
const SUFFIX_MIXED = -3;

export class X12Tokenizer {
  private bytes: Uint8Array = new Uint8Array(0);
  private length = 0;
  /** file offset of bytes[0] */
  private base = 0;
  /** false while `bytes` is the caller's chunk, which is never written to */
  private owned = false;
  /** our previous buffer, reused for the next tail while we read straight from a caller's chunk */
  private spare: Uint8Array | null = null;
  private mode = MODE_SEEK;
  private position = 0;
  private ebcdic = false;
  private byteOrderMarkChecked = false;
  private readonly view = new SegmentView();

  private readonly junk: JunkRecorder;

  // inside an interchange
  private scanClass = new Uint8Array(256);
  private suffixClass = new Uint8Array(256);
  private atSegmentStart = true;
  private segmentStart = 0;
  private strayCount = 0;
  private firstStray = 0;
  private suffixSignature = 0;
  private suffixLength = 0;
  private interchangeSuffix = SUFFIX_UNSET;

  constructor(
    private readonly sink: TokenizerSink,
    private readonly lines: LineIndex,
  ) {
    this.junk = new JunkRecorder(lines);
  }

  write(chunk: Uint8Array): void {
    if (chunk.length === 0) return;
    this.append(chunk);
    this.run(false);
    // the caller may reuse its buffer for the next chunk: keep our own copy of the unfinished tail
    if (!this.owned && this.keepFrom() < this.length) this.retainTail();
  }

  /** Processes what is left; returns the file size. */
  finish(): number {
    this.run(true);
    return this.base + this.length;
  }

  private run(final: boolean): void {
    for (;;) {
      const switched = this.mode === MODE_SEEK ? this.seekHeader(final) : this.scanSegments(final);
      if (!switched) return;
    }
  }

  // ---- buffer -------------------------------------------------------------------------------------------------

  private append(chunk: Uint8Array): void {
    const keep = this.keepFrom();
    if (keep === this.length && !this.ebcdic) {
      this.shift(keep);
      if (this.owned) this.spare = this.bytes;
      this.bytes = chunk;
      this.length = chunk.length;
      this.owned = false;
      return;
    }
    const pending = this.length - keep;
    const needed = pending + chunk.length;
    if (!this.owned || this.bytes.length < needed) {
      const next = new Uint8Array(Math.max(needed, MIN_CAPACITY, this.owned ? this.bytes.length * 2 : 0));
      next.set(this.bytes.subarray(keep, this.length));
      this.bytes = next;
      this.owned = true;
    } else if (keep > 0) {
      this.bytes.copyWithin(0, keep, this.length);
    }
    this.shift(keep);
    this.bytes.set(chunk, pending);
    if (this.ebcdic) translateEbcdic(this.bytes, pending, needed);
    this.length = needed;
  }

  private keepFrom(): number {
    if (this.mode === MODE_SEGMENTS && !this.atSegmentStart) return this.segmentStart;
    return this.position;
  }

  /** Drops the first `by` bytes from the index space. */
  private shift(by: number): void {
    if (by === 0) return;
    this.base += by;
    this.position -= by;
    this.segmentStart -= by;
    this.firstStray -= by;
    const separators = this.view.separators;
    for (let i = 0; i < this.view.count; i++) separators[i] = separators[i]! - by;
  }

  /** Copies the unfinished tail out of the caller's chunk into a buffer of ours. */
  private retainTail(): void {
    const keep = this.keepFrom();
    const pending = this.length - keep;
    const spare = this.spare;
    const target = spare !== null && spare.length >= pending ? spare : new Uint8Array(Math.max(pending, MIN_CAPACITY));
    target.set(this.bytes.subarray(keep, this.length));
    this.shift(keep);
    this.bytes = target;
    this.length = pending;
    this.owned = true;
    this.spare = null;
  }

  private ensureOwned(): void {
    if (this.owned) return;
    const copy = new Uint8Array(Math.max(this.length, MIN_CAPACITY));
    copy.set(this.bytes.subarray(0, this.length));
    this.bytes = copy;
    this.owned = true;
  }

  // ---- looking for an ISA -------------------------------------------------------------------------------------

  private seekHeader(final: boolean): boolean {
    let i = this.position;
    if (!this.byteOrderMarkChecked) {
      if (this.length - i < 3 && !final) return false;
      this.byteOrderMarkChecked = true;
      const b = this.bytes;
      if (this.base + i === 0 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) {
        this.sink.byteOrderMark(0, 3);
        i = 3;
      }
    }
    const bytes = this.bytes;
    const n = this.length;
    for (; i < n; i++) {
      const b = bytes[i]!;
      const previous = this.junk.previousByte;
      if ((b === 0x49 || b === EBCDIC_I) && (previous < 0 || !isAlphanumeric(previous))) {
        if (n - i < 4 && !final) break;
        const found = this.tryHeader(i, final);
        if (found === 'need-more') break;
        if (found === 'started') return true;
      }
      this.junk.skip(this.base + i, b);
    }
    this.position = i;
    if (final) this.flushJunk();
    return false;
  }

  private tryHeader(i: number, final: boolean): 'started' | 'need-more' | 'no' {
    const kind = isaAt(this.bytes, i);
    if (kind === null) return 'no';
    if (kind === 'ebcdic') {
      const trial = readEbcdicIsaLayout(this.bytes, i, this.length, final);
      if (trial.kind === 'need-more') return 'need-more';
      if (trial.kind !== 'ok') return 'no';
      this.ensureOwned();
      translateEbcdic(this.bytes, i, this.length);
      this.ebcdic = true;
      this.sink.ebcdicDetected(this.base + i);
    }
    const result = readIsaLayout(this.bytes, i, this.length, final);
    if (result.kind === 'need-more') return 'need-more';
    if (result.kind === 'not-isa') return 'no';
    if (result.kind === 'invalid') {
      this.sink.invalidHeader(this.base + i, result.reason);
      return 'no';
    }
    this.flushJunk();
    this.startInterchange(result.layout);
    return 'started';
  }

  private flushJunk(): void {
    const skipped = this.junk.take();
    if (skipped !== null) this.sink.skipped(skipped);
  }

  private startInterchange(layout: IsaLayout): void {
    const view = this.view;
    const breaks = layout.breaks.map((index) => this.base + index);
    for (let i = layout.start; i <= layout.terminatorIndex; i++) if (this.bytes[i] === LF) this.lines.add(this.base + i);
    view.bytes = this.bytes;
    view.base = this.base;
    view.start = layout.start;
    view.terminator = layout.terminatorIndex;
    view.terminated = true;
    view.count = 16;
    for (let n = 0; n < 16; n++) view.separators[n] = layout.separators[n]!;
    view.hasBreaks = breaks.length > 0;
    view.subdivided = false;
    view.component = -1;
    view.repetition = -1;
    view.tagCode = TAG.ISA;
    this.configure(layout);
    this.sink.interchangeStart(view, layout, breaks);
    view.count = 0;
    view.component = layout.component;
    view.repetition = layout.repetition;
    this.mode = MODE_SEGMENTS;
    this.position = layout.terminatorIndex + 1;
    this.beginSegment();
  }

  private configure(layout: IsaLayout): void {
    const scan = new Uint8Array(256);
    scan[LF] = LINEFEED;
    const delimiters = [layout.element, layout.terminator, layout.component, layout.repetition];
    for (const b of [CR, LF]) if (!delimiters.includes(b)) scan[b] = scan[b]! | STRAY;
    scan[layout.component] = scan[layout.component]! | SUBDIVISION;
    if (layout.repetition >= 0) scan[layout.repetition] = scan[layout.repetition]! | SUBDIVISION;
    scan[layout.element] = (scan[layout.element]! & LINEFEED) | ELEMENT;
    scan[layout.terminator] = (scan[layout.terminator]! & LINEFEED) | TERMINATOR;
    this.scanClass = scan;
    const suffix = new Uint8Array(256);
    for (const b of [CR, LF, SPACE, TAB]) if (!delimiters.includes(b)) suffix[b] = 1;
    this.suffixClass = suffix;
    this.interchangeSuffix = SUFFIX_UNSET;
  }

  // ---- segments -----------------------------------------------------------------------------------------------

  private beginSegment(): void {
    this.atSegmentStart = true;
    this.suffixSignature = 0;
    this.suffixLength = 0;
  }

  private scanSegments(final: boolean): boolean {
    const bytes = this.bytes;
    const n = this.length;
    const scan = this.scanClass;
    const suffix = this.suffixClass;
    const lines = this.lines;
    const view = this.view;
    const base = this.base;
    let separators: Int32Array = view.separators;
    let count = view.count;
    let i = this.position;
    for (;;) {
      if (this.atSegmentStart) {
        for (; i < n; i++) {
          const b = bytes[i]!;
          if (suffix[b] !== 1) break;
          if (b === LF) lines.add(base + i);
          if (this.suffixLength++ < 4) this.suffixSignature = this.suffixSignature * 256 + b;
        }
        if (i >= n) break;
        if (bytes[i] === 0x49) {
          if (n - i < 4 && !final) break;
          if (bytes[i + 1] === 0x53 && bytes[i + 2] === 0x41 && !isAlphanumeric(bytes[i + 3] ?? 0x41)) {
            return this.enterSeek(i);
          }
        }
        if (this.suffixSignature !== this.interchangeSuffix || this.suffixLength > 4) this.noteSuffix();
        this.atSegmentStart = false;
        this.segmentStart = i;
        this.strayCount = 0;
        view.subdivided = false;
        count = 0;
      }
      for (; i < n; i++) {
        const c = scan[bytes[i]!]!;
        if (c === 0) continue;
        if ((c & LINEFEED) !== 0) lines.add(base + i);
        if ((c & ELEMENT) !== 0) {
          if (count === separators.length) separators = this.growSeparators();
          separators[count++] = i;
        } else if ((c & TERMINATOR) !== 0) {
          break;
        } else if ((c & SUBDIVISION) !== 0) {
          view.subdivided = true;
        } else if ((c & STRAY) !== 0 && this.strayCount++ === 0) {
          this.firstStray = i;
        }
      }
      view.count = count;
      if (i >= n) break;
      this.emit(i, true);
      i++;
      this.beginSegment();
      if (view.tagCode === TAG.IEA) return this.enterSeek(i);
    }
    view.count = count;
    this.position = i;
    if (final && !this.atSegmentStart) {
      this.emit(n, false);
      this.beginSegment();
      this.position = n;
    }
    return false;
  }

  private enterSeek(i: number): boolean {
    this.mode = MODE_SEEK;
    this.position = i;
    this.junk.previousByte = -1;
    this.atSegmentStart = true;
    return true;
  }

  private emit(terminator: number, terminated: boolean): void {
    const view = this.view;
    view.bytes = this.bytes;
    view.base = this.base;
    view.start = this.segmentStart;
    view.terminator = terminator;
    view.terminated = terminated;
    view.hasBreaks = this.strayCount > 0;
    view.computeTagCode();
    if (this.strayCount > 0) {
      const onlyCrBeforeLf =
        this.strayCount === 1 && this.firstStray === terminator - 1 && this.bytes[this.firstStray] === CR && terminated;
      this.sink.strayBreaks(this.base + this.firstStray, onlyCrBeforeLf ? 'cr-before-terminator' : 'wrap');
    }
    this.sink.segment(view);
  }

  private growSeparators(): Int32Array {
    const next = new Int32Array(this.view.separators.length * 2);
    next.set(this.view.separators);
    this.view.separators = next;
    return next;
  }

  /** Tells the sink what follows terminators: once for the first segment, once more if that ever changes. */
  private noteSuffix(): void {
    const padding = this.suffixLength > 4;
    const signature = padding ? PADDING_SIGNATURE : this.suffixSignature;
    const known = this.interchangeSuffix;
    if (signature === known || known === SUFFIX_MIXED) return;
    this.interchangeSuffix = known === SUFFIX_UNSET ? signature : SUFFIX_MIXED;
    this.sink.segmentSuffix(known === SUFFIX_UNSET ? 'first' : 'mixed', padding ? '' : signatureText(this.suffixSignature), padding);
  }
}

/** The suffix bytes back from their signature (up to 4 bytes, base 256). */
function signatureText(signature: number): string {
  let text = '';
  for (let rest = signature; rest > 0; rest = Math.floor(rest / 256)) text = String.fromCharCode(rest % 256) + text;
  return text;
}
