/**
 * One interchange being read: its groups and messages, the service segments that open and close them, and the
 * per-interchange bookkeeping (duplicate references, charset and line-break notes, stray segments).
 */
import { elementValue } from '../model.js';
import type { EdifactDelimiters, Interchange, Problem, Segment } from '../model.js';
import type { SyntaxCharset } from './charset.js';
import type { CharsetTally } from './charset-notes.js';
import { firstLineBreak, lineBreakMessage, noteViolations, unlistedViolations } from './charset-notes.js';
import type { ReaderOptions } from './envelope.js';
import { OpenGroup } from './group.js';
import { OpenMessage } from './message.js';
import { OddSegments } from './odd-segments.js';
import { ReferenceLedger } from './reference-ledger.js';
import type { Reporter } from './report.js';
import { quote } from './report.js';
import * as ScanFlags from './scanner.js';
import { splitCodes, splitSegment } from './segment-values.js';
import type { SplitCodes } from './segment-values.js';
import type { SegmentText } from './segment-text.js';
import type { SegmentView } from './segment-view.js';
import { readTag, siteOf } from './segment-view.js';

const HAS_LINE_BREAK = ScanFlags.HAS_LINE_BREAK;

export class InterchangeState {
  segmentIndex = 0;
  lastEnd: number;
  message: OpenMessage | null = null;
  /** whitespace seen after the header, filled in by the reader when the second segment arrives */
  suffixPending = true;

  private group: OpenGroup | null = null;
  private explicitGroups = 0;
  private messages = 0;
  private ungroupedSeen = false;
  private readonly groupRefs = new ReferenceLedger();
  private readonly messageRefs = new ReferenceLedger();
  private readonly charsetTally: CharsetTally = { listed: 0, unlisted: 0 };
  private lineBreak: { problem: Problem; tag: string; offset: number; segments: number } | null = null;
  private readonly odd: OddSegments;
  private readonly buildSegments: boolean;
  private codes: SplitCodes;

  constructor(
    readonly interchange: Interchange,
    readonly delimiters: EdifactDelimiters,
    readonly charset: SyntaxCharset,
    readonly hasHeader: boolean,
    private readonly reporter: Reporter,
    private readonly options: ReaderOptions,
    private readonly text: SegmentText,
  ) {
    this.lastEnd = interchange.header.end;
    this.codes = splitCodes(delimiters);
    this.odd = new OddSegments(interchange, reporter);
    this.buildSegments = options.full || options.keepSegments || (options.segmentsForCallback && options.onTransaction !== undefined);
  }

  /** A segment that is not an envelope segment: counted (and decoded when needed) inside a message, else stray. */
  body(bytes: Uint8Array, start: number, end: number, offset: number, endOffset: number, flags: number, violations: number[], overflow: number): void {
    const index = this.segmentIndex++;
    const message = this.message;
    if (message) {
      const segment = this.buildSegments ? this.read(bytes, start, end, offset, endOffset, flags, index, violations.length === 0 && overflow === 0) : null;
      message.add(segment, endOffset);
      if (violations.length > 0 || (flags & HAS_LINE_BREAK) !== 0) {
        const view = this.view(bytes, start, end, offset, index, segment?.tag ?? readTag(bytes, start, end, this.delimiters));
        view.positionInMessage = message.count;
        this.notes(view, flags, violations, overflow, message);
      }
    } else {
      const view = this.view(bytes, start, end, offset, index, readTag(bytes, start, end, this.delimiters));
      this.odd.stray(view);
      this.notes(view, flags, violations, overflow, null);
    }
    this.lastEnd = endOffset;
  }

  /** An envelope segment (UNG, UNH, UNT, UNE, UNZ, or an interactive one). */
  service(tag: string, bytes: Uint8Array, start: number, end: number, offset: number, endOffset: number, flags: number, violations: number[], overflow: number): void {
    const index = this.segmentIndex++;
    this.odd.endStrayRun();
    // without segment building, envelope segments are decoded one by one rather than by window
    const segment = this.read(bytes, start, end, offset, endOffset, flags, index, this.buildSegments && violations.length === 0 && overflow === 0);
    const view = this.view(bytes, start, end, offset, index, tag);
    switch (tag) {
      case 'UNG':
        if (this.message) this.closeMessage(`UNG at byte ${offset} starts a group`, view);
        if (this.group) this.closeGroup(`UNG at byte ${offset} starts another group`, view);
        this.openGroup(segment, view);
        break;
      case 'UNH':
        if (this.message) this.closeMessage(`a new UNH starts at byte ${offset}`, view);
        this.openMessage(segment, view);
        break;
      case 'UNT':
        this.trailer(view, segment);
        break;
      case 'UNE':
        if (this.message) this.closeMessage(`UNE at byte ${offset} ends the group`, view);
        this.groupTrailer(segment, view);
        break;
      case 'UNZ':
        this.closeAll(`UNZ at byte ${offset} ends the interchange`, view, false);
        this.interchangeTrailer(segment, view);
        break;
      default:
        this.odd.unsupported(view);
    }
    if (tag !== 'UNT') this.notes(view, flags, violations, overflow, tag === 'UNH' ? this.message : null);
    this.lastEnd = endOffset;
  }

  /** An empty segment (a doubled terminator) inside this interchange. */
  emptySegment(offset: number): void {
    this.odd.empty(offset, this.message ? this.message.transaction.problems : this.interchange.problems);
  }

  /** Closes whatever is open because `reason` (a new header, the end of the file) shows its trailer missing. */
  closeAll(reason: string, next: SegmentView | undefined, interchangeTrailerMissing: boolean): void {
    this.odd.endStrayRun();
    this.closeMessage(reason, next);
    this.closeGroup(reason, next);
    if (interchangeTrailerMissing && this.hasHeader) {
      const site = { offset: this.lastEnd, ...(next ? { segmentIndex: next.index, segmentTag: next.tag } : {}) };
      this.interchange.problems.push(this.reporter.error('interchange-trailer-missing', 'interchange',
        `Interchange ${quote(this.interchange.controlNumber)} has no UNZ trailer: ${reason}`, site));
    }
  }

  finish(): void {
    this.odd.endStrayRun();
    const interchange = this.interchange;
    const unlisted = unlistedViolations(this.charsetTally, this.charset, 'the envelope segments of this interchange');
    if (unlisted) interchange.problems.push(unlisted);
    if (this.lineBreak && this.lineBreak.segments > 1) {
      this.lineBreak.problem.message = lineBreakMessage(this.lineBreak.tag, this.lineBreak.offset, this.lineBreak.segments);
    }
    interchange.range.end = this.lastEnd;
  }

  view(bytes: Uint8Array, start: number, end: number, offset: number, index: number, tag: string): SegmentView {
    return { bytes, start, end, offset, index, tag, delimiters: this.delimiters };
  }

  /** Charset violations and line breaks found by the scanner in this segment. */
  notes(view: SegmentView, flags: number, violations: number[], overflow: number, message: OpenMessage | null): void {
    if (violations.length > 0 || overflow > 0) {
      const target = message ? message.transaction.problems : this.interchange.problems;
      noteViolations(view, violations, overflow, this.charset, message ? message.charsetTally : this.charsetTally, target, this.reporter);
    }
    if ((flags & HAS_LINE_BREAK) === 0) return;
    if (this.lineBreak) {
      this.lineBreak.segments++;
      return;
    }
    const offset = firstLineBreak(view);
    const problem = this.reporter.warning('charset-violation', 'segment', lineBreakMessage(view.tag, offset, 1),
      { ...siteOf(view), offset });
    this.interchange.problems.push(problem);
    if (!this.interchange.quirks.includes('line-breaks-in-segments')) this.interchange.quirks.push('line-breaks-in-segments');
    this.lineBreak = { problem, tag: view.tag, offset, segments: 1 };
  }

  private read(bytes: Uint8Array, start: number, end: number, offset: number, endOffset: number, flags: number, index: number, exact: boolean): Segment {
    const text = this.text.read(bytes, start, end, flags, exact, this.charset);
    return splitSegment(text, this.text.from, this.text.to, flags, this.codes, offset, endOffset, index);
  }

  private openGroup(ung: Segment, view: SegmentView): void {
    if (this.ungroupedSeen) this.odd.mixed(view);
    this.explicitGroups++;
    const group = OpenGroup.explicit(ung);
    this.group = group;
    this.interchange.groups.push(group.group);
    const reference = group.group.controlNumber ?? '';
    if (reference !== '' && !this.groupRefs.add(reference)) {
      group.group.problems.push(this.reporter.error('group-control-duplicate', 'group',
        `Group reference ${quote(reference)} is used by an earlier group in this interchange`, siteOf(view, 5), { dataElementRef: '0048', badValue: reference }));
    }
  }

  private openMessage(unh: Segment, view: SegmentView): void {
    if (!this.group) {
      if (this.explicitGroups > 0) this.odd.mixed(view);
      this.group = OpenGroup.implicit(unh.offset);
      this.interchange.groups.push(this.group.group);
    }
    if (!this.group.group.explicit) this.ungroupedSeen = true;
    view.positionInMessage = 1;
    const message = new OpenMessage(unh, view, this.buildSegments, this.reporter);
    this.message = message;
    this.messages++;
    const functionalId = this.group.group.functionalId;
    const type = message.transaction.type;
    // UNG 0038 names the one message type the group holds (when it is written as a message type)
    if (functionalId !== null && /^[A-Z]{6}$/.test(functionalId) && type !== '' && type !== functionalId) {
      message.transaction.problems.push(this.reporter.warning('group-functional-id-mismatch', 'transaction',
        `Message ${quote(message.transaction.controlNumber)} is ${type} but its UNG group is for ${functionalId}`, siteOf(view, 2, 1), { dataElementRef: '0065', badValue: type }));
    }
    const reference = message.transaction.controlNumber;
    if (reference !== '' && !this.messageRefs.add(reference)) {
      message.transaction.problems.push(this.reporter.error('transaction-control-duplicate', 'transaction',
        `Message reference ${quote(reference)} is used by an earlier message in this interchange`, siteOf(view, 1), { dataElementRef: '0062', badValue: reference }));
    }
  }

  private trailer(view: SegmentView, unt: Segment): void {
    const message = this.message;
    if (!message) {
      this.interchange.problems.push(this.reporter.error('segment-outside-envelope', 'segment',
        `UNT at byte ${view.offset} has no open UNH message (reference ${quote(elementValue(unt, 2))})`, siteOf(view)));
      return;
    }
    view.positionInMessage = message.count + 1;
    this.notes(view, 0, [], 0, message);
    message.closeWithTrailer(unt, view, this.reporter);
    this.finishMessage();
  }

  private groupTrailer(une: Segment, view: SegmentView): void {
    const group = this.group;
    if (!group || !group.group.explicit) {
      this.interchange.problems.push(this.reporter.error('segment-outside-envelope', 'segment',
        `UNE at byte ${view.offset} has no open UNG group (reference ${quote(elementValue(une, 2))})`, siteOf(view)));
      return;
    }
    group.closeWithTrailer(une, view, this.reporter);
    group.finish(this.reporter, view);
    this.group = null;
  }

  private interchangeTrailer(unz: Segment, view: SegmentView): void {
    const interchange = this.interchange;
    const declared = elementValue(unz, 1);
    const reference = elementValue(unz, 2);
    if (/^\d+$/.test(declared)) interchange.declaredGroupCount = Number(declared);
    const counted = this.explicitGroups > 0 ? this.explicitGroups : this.messages;
    const noun = this.explicitGroups > 0 ? 'groups' : 'messages';
    if (declared === '' || Number(declared) !== counted) {
      interchange.problems.push(this.reporter.error('interchange-count-mismatch', 'interchange',
        `UNZ says interchange ${quote(interchange.controlNumber)} has ${quote(declared)} ${noun} but it has ${counted}`,
        siteOf(view, 1), { dataElementRef: '0036', badValue: declared }));
    }
    if (this.hasHeader && reference !== interchange.controlNumber) {
      interchange.problems.push(this.reporter.error('interchange-control-mismatch', 'interchange',
        `UNZ interchange reference ${quote(reference)} differs from UNB interchange reference ${quote(interchange.controlNumber)}`,
        siteOf(view, 2), { dataElementRef: '0020', badValue: reference }));
    }
  }

  private closeMessage(reason: string, next: SegmentView | undefined): void {
    if (!this.message) return;
    this.message.closeWithoutTrailer(reason, this.reporter, next);
    this.finishMessage();
  }

  private closeGroup(reason: string, next: SegmentView | undefined): void {
    const group = this.group;
    if (!group) return;
    if (group.group.explicit) group.closeWithoutTrailer(reason, this.reporter, this.lastEnd, next);
    group.finish(this.reporter);
    this.group = null;
  }

  private finishMessage(): void {
    const message = this.message!;
    this.message = null;
    const transaction = message.transaction;
    const unlisted = unlistedViolations(message.charsetTally, this.charset, `message ${quote(transaction.controlNumber)}`);
    if (unlisted) transaction.problems.push(unlisted);
    message.finish({ reporter: this.reporter, full: this.options.full, decimalMark: this.delimiters.decimal, keepTree: this.options.keepSegments || (this.options.segmentsForCallback && this.options.onTransaction !== undefined) });
    if (this.options.keepSegments && message.segments) transaction.segments = message.segments;
    this.group!.record(transaction, this.options.retainTransactions);
    const callback = this.options.onTransaction;
    if (!callback) return;
    const lend = !transaction.segments && this.options.segmentsForCallback && message.segments !== null;
    if (lend) transaction.segments = message.segments!;
    try {
      callback(transaction, this.group!.group, this.interchange);
    } finally {
      if (lend) {
        delete transaction.segments;
        delete transaction.tree;
        delete transaction.hierarchy;
      }
    }
  }
}
