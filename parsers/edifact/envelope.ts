/**
 * The envelope layer: receives segments from the scanner and builds interchanges, groups and messages, checking
 * counts, references, duplicates and missing trailers. Segments inside messages take the fast path: in envelope
 * mode without kept segments they are only counted, never decoded.
 */
import type { EdiFileResult, EdifactDelimiters, ParseOptions, Problem } from '../model.js';
import { UNDECLARED_CHARSET } from './charset.js';
import { classTable } from './byte-classes.js';
import { DEFAULT_DELIMITERS, LEVEL_B_DELIMITERS, describeCharacter, readServiceStringAdvice } from './delimiters.js';
import type { InterchangeState } from './interchange.js';
import { openInterchange } from './interchange-open.js';
import type { LineIndex } from './lines.js';
import { ReferenceLedger } from './reference-ledger.js';
import { Reporter, quote } from './report.js';
import type { EdifactScanner, ScannerSink } from './scanner.js';
import * as ScanFlags from './scanner.js';
import { SegmentText } from './segment-text.js';
import type { SegmentView } from './segment-view.js';
import { readTag } from './segment-view.js';

export interface ReaderOptions {
  full: boolean;
  keepSegments: boolean;
  /** keep transactions on their groups; false when a stream hands them to onTransaction instead */
  retainTransactions: boolean;
  onTransaction?: ParseOptions['onTransaction'];
  segmentsForCallback: boolean;
}

/** What interchangeStart learned, waiting for the first segment. */
interface PendingStart {
  offset: number;
  delimiters: EdifactDelimiters;
  quirks: string[];
  problems: Problem[];
  hasUna: boolean;
}

const U = 0x55;
// module-level copies: hot paths must not go through import bindings (transpilers may make them getters)
const UNTERMINATED = ScanFlags.UNTERMINATED;

export class EnvelopeReader implements ScannerSink {
  readonly problems: Problem[] = [];
  readonly result: EdiFileResult = { standard: null, verdict: 'not-edi', size: 0, interchanges: [], problems: this.problems };
  scanner!: EdifactScanner;
  /** a segment-like preview of skipped junk, so a body-only file can be told from a non-EDI file */
  junkLooksLikeSegments = false;
  /** a UNA was found but nothing followed it */
  startedOnly = false;

  private readonly reporter: Reporter;
  private readonly interchangeRefs = new ReferenceLedger();
  private pending: PendingStart | null = null;
  private state: InterchangeState | null = null;
  private interactive = false;
  private bom = false;
  private junkBefore = false;
  private lastSegmentOffset = 0;
  private readonly text = new SegmentText(() => this.scanner.chunkSerial);

  constructor(
    private readonly options: ReaderOptions,
    private readonly lines: LineIndex,
  ) {
    this.reporter = new Reporter(lines);
  }

  skipped(kind: 'bom' | 'junk', offset: number, length: number, preview: string): void {
    if (kind === 'bom') {
      this.bom = true;
      this.problems.push(this.reporter.warning('bom-skipped', 'file', 'A UTF-8 byte order mark (EF BB BF) at the start of the file was skipped', { offset }));
      return;
    }
    const before = this.result.interchanges.length === 0;
    if (before) this.junkBefore = true;
    if (/^[A-Z][A-Z0-9]{2}[+:]/.test(preview)) this.junkLooksLikeSegments = true;
    const where = before ? 'before the first interchange' : 'between interchanges';
    this.problems.push(this.reporter.warning(before ? 'junk-before-header' : 'junk-between-interchanges', 'file',
      `${length} bytes that are not EDIFACT were skipped ${where} (bytes ${offset}-${offset + length - 1}, starting ${JSON.stringify(preview)})`,
      { offset }));
  }

  interchangeStart(offset: number, una: string | null, tag: string, separator: number): Uint8Array {
    if (this.state) {
      // a UNA or UNB while an interchange is open: that one lacks its UNZ
      this.state.closeAll(`a new ${tag} starts at byte ${offset}`, undefined, true);
      this.closeInterchange(false);
    }
    const quirks: string[] = [];
    const problems: Problem[] = [];
    let delimiters: EdifactDelimiters;
    if (una !== null) {
      const reading = readServiceStringAdvice(una);
      delimiters = reading.delimiters;
      quirks.push('una');
      for (const clash of reading.clashes) {
        problems.push(this.reporter.error('delimiter-invalid', 'interchange', `UNA ${JSON.stringify('UNA' + una)}: ${clash}`, { offset: offset + 3 }));
      }
      for (const oddity of reading.oddities) {
        problems.push(this.reporter.warning('delimiter-invalid', 'interchange', `UNA ${JSON.stringify('UNA' + una)}: ${oddity}`, { offset: offset + 3 }));
      }
    } else {
      quirks.push('no-una');
      delimiters = { ...DEFAULT_DELIMITERS };
      if (separator === 0x1d) {
        delimiters = { ...LEVEL_B_DELIMITERS };
        quirks.push('level-b-separators');
      } else if (separator !== 0x2b) {
        delimiters.element = String.fromCharCode(separator);
        quirks.push('guessed-separators');
        problems.push(this.reporter.warning('delimiter-invalid', 'interchange',
          `${tag} uses ${describeCharacter(delimiters.element)} as element separator without a UNA to declare it; read with that separator`,
          { offset: offset + 3 }));
      }
    }
    if (this.bom && this.result.interchanges.length === 0) quirks.push('bom');
    if (this.junkBefore && this.result.interchanges.length === 0) quirks.push('junk-before-header');
    if (delimiters.decimal === ',') quirks.push('decimal-comma');
    this.pending = { offset, delimiters, quirks, problems, hasUna: una !== null };
    return classTable(delimiters, UNDECLARED_CHARSET);
  }

  segment(bytes: Uint8Array, start: number, end: number, offset: number, flags: number, violations: number[]): void {
    const endOffset = offset + (end - start) + ((flags & UNTERMINATED) === 0 ? 1 : 0);
    let state = this.state;
    // full validation locates problems anywhere in the open message; otherwise only the latest segments matter
    if (!state || !state.message || !this.options.full) this.lines.forgetBefore(this.lastSegmentOffset);
    this.lastSegmentOffset = offset;
    const tag = bytes[start] === U ? serviceTag(bytes, start, end, state?.delimiters ?? this.pending?.delimiters ?? DEFAULT_DELIMITERS) : '';
    if (this.interactive) {
      if (tag === 'UIZ') {
        this.interactive = false;
        this.scanner.endInterchange();
      }
      return;
    }
    if (start === end) {
      // two terminators in a row: nothing to read, and not counted as a segment
      if (state && (flags & UNTERMINATED) === 0) state.emptySegment(offset);
      return;
    }
    if (flags & UNTERMINATED) this.unterminated(offset, tag || readTag(bytes, start, end, state?.delimiters ?? DEFAULT_DELIMITERS));
    if (state && tag === 'UNB') return this.restart(bytes, start, end, offset, flags);
    if (!state) {
      if (tag === 'UIB') return this.startInteractive(offset);
      state = this.open(bytes, start, end, offset, flags, tag);
      if (tag === 'UNB') return;
    }
    if (state.suffixPending) this.noteSuffix(state);
    const overflow = this.scanner.violationsOverflow;
    if (tag === '' || tag === 'UNS') state.body(bytes, start, end, offset, endOffset, flags, violations, overflow);
    else state.service(tag, bytes, start, end, offset, endOffset, flags, violations, overflow);
    if (tag === 'UNZ') this.closeInterchange();
  }

  /** End of input: whatever is still open lacks its trailer. */
  finish(size: number): EdiFileResult {
    if (this.pending) {
      this.startedOnly = true;
      this.problems.push(this.reporter.error('truncated-file', 'file',
        `The file ends right after the start of an interchange at byte ${this.pending.offset} (a UNA with nothing after it)`, { offset: this.pending.offset }));
    }
    if (this.state) {
      this.state.closeAll('the file ends here', undefined, true);
      this.closeInterchange(false);
    }
    this.result.size = size;
    return this.result;
  }

  private open(bytes: Uint8Array, start: number, end: number, offset: number, flags: number, tag: string): InterchangeState {
    const pending = this.pending ?? { offset, delimiters: { ...DEFAULT_DELIMITERS }, quirks: [], problems: [], hasUna: false };
    this.pending = null;
    const view: SegmentView = { bytes, start, end, offset, index: 0, tag: tag || readTag(bytes, start, end, pending.delimiters), delimiters: pending.delimiters };
    const state = openInterchange({
      view,
      flags,
      hasHeader: tag === 'UNB',
      rangeStart: pending.offset,
      hasUna: pending.hasUna,
      quirks: pending.quirks,
      problems: pending.problems,
      reporter: this.reporter,
      options: this.options,
      interchangeRefs: this.interchangeRefs,
      useTable: (table) => this.scanner.useTable(table),
      text: this.text,
    });
    this.state = state;
    this.result.interchanges.push(state.interchange);
    return state;
  }

  /** A UNB inside an open interchange: the open one lacks its UNZ; a new one starts here. */
  private restart(bytes: Uint8Array, start: number, end: number, offset: number, flags: number): void {
    const state = this.state!;
    state.closeAll(`a new UNB starts at byte ${offset}`, state.view(bytes, start, end, offset, state.segmentIndex, 'UNB'), true);
    this.closeInterchange(false);
    this.scanner.useTable(this.interchangeStart(offset, null, 'UNB', bytes[start + 3] ?? 0x2b));
    this.open(bytes, start, end, offset, flags, 'UNB');
  }

  private closeInterchange(endScan = true): void {
    const state = this.state;
    if (!state) return;
    state.finish();
    this.state = null;
    if (endScan) this.scanner.endInterchange();
  }

  /** What follows the header's terminator (CR LF, LF) is taken as the interchange's segment suffix. */
  private noteSuffix(state: InterchangeState): void {
    state.suffixPending = false;
    const gap = this.scanner.gap;
    if (!/^[\r\n]+$/.test(gap)) return;
    state.delimiters.segmentSuffix = gap;
    state.interchange.quirks.push(gap === '\r\n' ? 'segment-suffix-crlf' : gap === '\n' ? 'segment-suffix-lf' : 'segment-suffix-other');
  }

  private startInteractive(offset: number): void {
    this.interactive = true;
    this.pending = null;
    this.problems.push(this.reporter.error('interchange-version-unsupported', 'interchange',
      `Interactive EDIFACT (UIB ... UIZ, ISO 9735-3) at byte ${offset} is not supported; that interchange was skipped`, { offset, segmentTag: 'UIB' }));
  }

  private unterminated(offset: number, tag: string): void {
    const trailer = tag === 'UNZ';
    this.problems.push(this.reporter.problem(trailer ? 'warning' : 'error', 'truncated-file', 'file',
      trailer
        ? `The file ends without a segment terminator after the final UNZ (at byte ${offset})`
        : `The file ends inside segment ${quote(tag)} that starts at byte ${offset} (no segment terminator)`,
      { offset, segmentTag: tag }));
  }
}

/** Service segment tags handled by the envelope layer; '' for any other segment. */
function serviceTag(bytes: Uint8Array, start: number, end: number, delimiters: EdifactDelimiters): string {
  if (end - start < 3) return '';
  const second = bytes[start + 1]!;
  if (second !== 0x4e && second !== 0x49) return '';
  const tag = String.fromCharCode(U, second, bytes[start + 2]!);
  if (!SERVICE_TAGS.has(tag)) return '';
  if (end - start === 3) return tag;
  const next = bytes[start + 3];
  return next === delimiters.element.charCodeAt(0) || next === delimiters.component.charCodeAt(0) ? tag : '';
}

const SERVICE_TAGS = new Set(['UNB', 'UNG', 'UNH', 'UNT', 'UNE', 'UNZ', 'UNS', 'UIB', 'UIH', 'UIT', 'UIZ']);
