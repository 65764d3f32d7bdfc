/**
 * Builds interchanges, groups and transactions from the tokenizer's segments and checks the envelopes: counts,
 * control numbers, duplicates, missing trailers, segments outside envelopes. A problem in one transaction never
 * stops the next: every envelope segment closes whatever it interrupts and carries on.
 */
import type { EdiFileResult, Group, Interchange, Problem, ProblemLevel, Severity, X12Delimiters } from '../model.js';
import type { ProblemCode } from '../problems.js';
import { ControlNumberSet } from './control-numbers.js';
import { groupFromGs, implicitGroup, interchangeFromIsa } from './envelope-models.js';
import { FileNotes, addQuirk } from './file-notes.js';
import { expectedFunctionalId } from './functional-ids.js';
import { checkGroupHeader, checkTransactionHeader, type Finding } from './header-checks.js';
import { checkIsaFields } from './isa-checks.js';
import type { IsaLayout } from './isa-layout.js';
import type { SkippedBytes } from './junk-recorder.js';
import type { LineIndex } from './line-index.js';
import { ProblemFactory, badValueCopy, quote, siteOf, type Site } from './problem-factory.js';
import { TAG, type SegmentView } from './segment-view.js';
import { verdictOf } from '../verdict.js';
import { groupStatus } from './status.js';
import type { TokenizerSink } from './tokenizer.js';
import { checkTrailer } from './trailer-checks.js';
import { OpenTransaction, TransactionFinisher, type ResolvedOptions } from './transactions.js';

const { ST: TAG_ST, SE: TAG_SE, GS: TAG_GS, GE: TAG_GE, IEA: TAG_IEA } = TAG;

interface OpenInterchange {
  model: Interchange;
  segmentIndex: number;
  groupCount: number;
  groupControls: ControlNumberSet;
  line: number;
}

interface OpenGroup {
  model: Group;
  transactionCount: number;
  controls: ControlNumberSet;
  line: number;
}

/** Consecutive segments outside any envelope are one problem, not one each. */
interface OutsideRun {
  problem: Problem;
  count: number;
}

export class X12Assembler implements TokenizerSink {
  readonly result: EdiFileResult = { standard: null, verdict: 'not-edi', size: 0, interchanges: [], problems: [] };
  private readonly factory: ProblemFactory;
  private readonly notes: FileNotes;
  private readonly finisher: TransactionFinisher;
  private readonly interchangeControls = new ControlNumberSet();
  private interchange: OpenInterchange | null = null;
  private group: OpenGroup | null = null;
  private transaction: OpenTransaction | null = null;
  private lastDelimiters: X12Delimiters | null = null;
  private outside: OutsideRun | null = null;
  /** end of the segment before the current one, and of the current one: where an interrupted envelope ends */
  private previousEnd = 0;
  private currentEnd = 0;
  private transactionLine = 0;

  constructor(
    private readonly options: ResolvedOptions,
    private readonly lines: LineIndex,
  ) {
    this.factory = new ProblemFactory(lines);
    this.notes = new FileNotes(this.factory);
    this.finisher = new TransactionFinisher(options, this.factory);
  }

  // ---- file-level notices from the tokenizer ------------------------------------------------------------------

  byteOrderMark(offset: number): void {
    this.notes.byteOrderMark(offset);
  }

  ebcdicDetected(offset: number): void {
    this.notes.ebcdicDetected(offset);
  }

  skipped(bytes: SkippedBytes): void {
    this.notes.skipped(bytes, this.lastDelimiters);
  }

  invalidHeader(offset: number, reason: string): void {
    this.notes.invalidHeader(offset, reason);
  }

  strayBreaks(firstBreakOffset: number, kind: 'wrap' | 'cr-before-terminator'): void {
    if (this.interchange !== null) this.notes.strayBreaks(this.interchange.model, firstBreakOffset, kind);
  }

  segmentSuffix(kind: 'first' | 'mixed', text: string, padding: boolean): void {
    if (this.interchange !== null) this.notes.segmentSuffix(this.interchange.model, kind, text, padding);
  }

  // ---- interchange ----------------------------------------------------------------------------------------------

  interchangeStart(view: SegmentView, layout: IsaLayout, breaks: number[]): void {
    this.previousEnd = this.currentEnd;
    this.currentEnd = view.end;
    if (this.interchange !== null) this.interrupt(view.offset, 'the next ISA', undefined, 'ISA', true);
    const model = interchangeFromIsa(view, layout, this.notes.isEbcdic ? 'cp037' : 'latin1');
    this.result.interchanges.push(model);
    this.notes.interchangeStarted(model);
    this.interchange = { model, segmentIndex: 1, groupCount: 0, groupControls: new ControlNumberSet(), line: this.lineOf(view.offset) };
    this.lastDelimiters = model.delimiters as X12Delimiters;
    if (breaks.length > 0) this.notes.wrapped(model, breaks[0]!);
    for (const finding of checkIsaFields(model.header.elements.map((e) => e[0]!), layout)) {
      model.problems.push(this.findingProblem(finding, 'interchange', siteOf(view, 0, finding.element)));
    }
    if (!this.interchangeControls.add(model.controlNumber)) {
      model.problems.push(this.problem('error', 'interchange-control-duplicate', 'interchange',
        `Interchange control number ISA13 ${quote(model.controlNumber)} was already used by an earlier interchange in this file.`,
        siteOf(view, 0, 13), model.controlNumber));
    }
  }

  private interchangeTrailer(view: SegmentView, index: number): void {
    const open = this.interchange!;
    this.interrupt(view.offset, 'IEA', index, 'IEA', false);
    const model = open.model;
    const declared = checkTrailer(view, index, {
      level: 'interchange', countCode: 'interchange-count-mismatch', controlCode: 'interchange-control-mismatch',
      headerControlName: 'ISA13', headerControl: model.controlNumber, counted: 'functional groups', actualCount: open.groupCount,
      subject: `the interchange ${model.controlNumber} (ISA at line ${open.line})`,
    }, this.factory, model.problems);
    if (declared !== undefined) model.declaredGroupCount = declared;
    model.range.end = view.end;
    this.interchange = null;
  }

  // ---- groups -------------------------------------------------------------------------------------------------

  private groupHeader(view: SegmentView, index: number): void {
    const open = this.interchange!;
    this.interrupt(view.offset, 'the next GS', index, 'GS', false);
    const model = groupFromGs(view);
    open.model.groups.push(model);
    open.groupCount++;
    this.group = { model, transactionCount: 0, controls: new ControlNumberSet(), line: this.lineOf(view.offset) };
    for (const finding of checkGroupHeader((n) => view.value(n), view.elementCount)) {
      model.problems.push(this.findingProblem(finding, 'group', siteOf(view, index, finding.element)));
    }
    const control = view.value(6);
    if (control !== '' && !open.groupControls.add(control)) {
      model.problems.push(this.problem('error', 'group-control-duplicate', 'group',
        `Group control number GS06 ${quote(control)} is already used by another group in interchange ${open.model.controlNumber}.`,
        siteOf(view, index, 6), control));
    }
  }

  private groupTrailer(view: SegmentView, index: number): void {
    this.interrupt(view.offset, 'GE', index, 'GE', false, false);
    const open = this.group;
    if (open === null || !open.model.explicit) {
      if (open !== null) this.closeGroup(siteOf(view, index), 'GE');
      this.outsideSegment(view, index);
      return;
    }
    const model = open.model;
    const declared = checkTrailer(view, index, {
      level: 'group', countCode: 'group-count-mismatch', controlCode: 'group-control-mismatch',
      headerControlName: 'GS06', headerControl: model.controlNumber ?? '', counted: 'transaction sets', actualCount: open.transactionCount,
      subject: `group ${model.controlNumber} (GS at line ${open.line})`,
    }, this.factory, model.problems);
    if (declared !== undefined) model.declaredTransactionCount = declared;
    model.range.end = view.end;
    this.closeGroup(siteOf(view, index), null);
  }

  /** An ST with no GS before it still becomes a transaction, in a group marked not explicit. */
  private openImplicitGroup(view: SegmentView, index: number): OpenGroup {
    const open = this.interchange!;
    const model = implicitGroup(view);
    open.model.groups.push(model);
    open.model.problems.push(this.problem('error', 'segment-outside-envelope', 'interchange',
      `Transaction set ${quote(view.value(1))} ${quote(view.value(2))} starts outside any functional group (no GS before it).`,
      siteOf(view, index)));
    this.group = { model, transactionCount: 0, controls: new ControlNumberSet(), line: this.lineOf(view.offset) };
    return this.group;
  }

  /** `interruptedBy` names what came instead of the GE (null when the GE is there); `site` is where. */
  private closeGroup(site: Site, interruptedBy: string | null): void {
    const open = this.group!;
    const model = open.model;
    if (interruptedBy !== null || !model.explicit) model.range.end = this.interruptedEnd(site.offset);
    if (model.explicit && interruptedBy !== null) {
      model.problems.push(this.problem('error', 'group-trailer-missing', 'group',
        `Functional group ${model.controlNumber} (GS at line ${open.line}) has no GE trailer: ${interruptedBy} comes first.`, site));
    }
    if (model.explicit && open.transactionCount === 0) {
      model.problems.push(this.problem('warning', 'group-empty', 'group',
        `Functional group ${model.controlNumber} (GS at line ${open.line}) holds no transaction set; X12 expects at least one.`, site));
    }
    model.status = groupStatus(model, this.finisher.dropped.get(model));
    this.group = null;
  }

  // ---- transactions -------------------------------------------------------------------------------------------

  private transactionHeader(view: SegmentView, index: number): void {
    this.interrupt(view.offset, 'the next ST', index, 'ST', false, false);
    const group = this.group ?? this.openImplicitGroup(view, index);
    const version = view.value(3) !== '' ? view.value(3) : (group.model.version ?? '');
    const open = new OpenTransaction(view, index, version, this.options.buildSegments);
    const transaction = open.model;
    group.transactionCount++;
    this.transaction = open;
    this.transactionLine = this.lineOf(view.offset);
    for (const finding of checkTransactionHeader((n) => view.value(n))) {
      transaction.problems.push(this.findingProblem(finding, 'transaction', siteOf(view, index, finding.element, 1)));
    }
    const expected = expectedFunctionalId(transaction.type);
    const functionalId = group.model.functionalId;
    if (expected !== undefined && functionalId !== null && functionalId !== expected) {
      transaction.problems.push(this.problem('error', 'group-functional-id-mismatch', 'transaction',
        `Transaction set ${transaction.type} belongs in a functional group ${expected}, but group ${group.model.controlNumber} is ${quote(functionalId)}.`,
        siteOf(view, index, 1, 1), transaction.type));
    }
    if (transaction.controlNumber !== '' && !group.controls.add(transaction.controlNumber)) {
      transaction.problems.push(this.problem('error', 'transaction-control-duplicate', 'transaction',
        `Transaction control number ST02 ${quote(transaction.controlNumber)} is already used in this group.`,
        siteOf(view, index, 2, 1), transaction.controlNumber));
    }
  }

  private transactionTrailer(view: SegmentView, index: number): void {
    const open = this.transaction;
    if (open === null) {
      this.outsideSegment(view, index);
      return;
    }
    open.add(view, index);
    const transaction = open.model;
    const declared = checkTrailer(view, index, {
      level: 'transaction', countCode: 'transaction-count-mismatch', controlCode: 'transaction-control-mismatch',
      headerControlName: 'ST02', headerControl: transaction.controlNumber, counted: 'segments', actualCount: open.count,
      subject: `transaction ${transaction.type} ${transaction.controlNumber} (ST at line ${this.transactionLine})`,
      countNote: ', counting ST and SE', positionInTransaction: open.count,
    }, this.factory, transaction.problems);
    if (declared !== undefined) transaction.declaredSegmentCount = declared;
    this.finishTransaction();
  }

  private finishTransaction(): void {
    const open = this.transaction!;
    this.transaction = null;
    this.finisher.finish(open, this.group!.model, this.interchange!.model);
    this.lines.forgetBefore(open.model.range.end);
  }

  // ---- any other segment --------------------------------------------------------------------------------------

  segment(view: SegmentView): void {
    const open = this.interchange;
    if (open === null) return;
    this.previousEnd = this.currentEnd;
    this.currentEnd = view.end;
    const index = open.segmentIndex++;
    if (!view.terminated) this.unterminated(view, index);
    const tag = view.tagCode;
    if (tag === TAG_ST || tag === TAG_SE || tag === TAG_GS || tag === TAG_GE || tag === TAG_IEA) return this.envelopeSegment(view, index);
    if (view.start === view.terminator) return this.emptySegment(view, index);
    const transaction = this.transaction;
    if (transaction !== null) return transaction.add(view, index);
    if (tag === TAG.TA1 && this.group === null) return addQuirk(open.model, 'ta1');
    this.outsideSegment(view, index);
  }

  private envelopeSegment(view: SegmentView, index: number): void {
    this.endOutsideRun();
    switch (view.tagCode) {
      case TAG_ST: return this.transactionHeader(view, index);
      case TAG_SE: return this.transactionTrailer(view, index);
      case TAG_GS: return this.groupHeader(view, index);
      case TAG_GE: return this.groupTrailer(view, index);
      default: return this.interchangeTrailer(view, index);
    }
  }

  private emptySegment(view: SegmentView, index: number): void {
    const transaction = this.transaction;
    const site = siteOf(view, index, undefined, transaction === null ? undefined : transaction.count + 1);
    const problem = this.problem('warning', 'segment-empty', 'segment', 'An empty segment (two terminators in a row) was ignored.', site);
    (transaction?.model.problems ?? this.interchange!.model.problems).push(problem);
  }

  /** The last segment of the file has no terminator: common and harmless after IEA, a sign of a cut file elsewhere. */
  private unterminated(view: SegmentView, index: number): void {
    if (view.tagCode === TAG.IEA) return addQuirk(this.interchange!.model, 'no-final-terminator');
    this.notes.problems.push(this.problem('warning', 'truncated-file', 'file',
      `The last segment ${view.tag()} has no segment terminator ${quote((this.lastDelimiters?.segment ?? ''))}; the file may be cut short.`,
      siteOf(view, index)));
  }

  private outsideSegment(view: SegmentView, index: number): void {
    if (this.outside !== null) {
      this.outside.count++;
      return;
    }
    const group = this.group;
    const where = group === null
      ? 'inside the interchange but outside any functional group (GS/GE)'
      : `inside functional group ${group.model.controlNumber ?? ''} but outside any transaction set (ST/SE)`;
    const problem = this.problem('error', 'segment-outside-envelope', group === null ? 'interchange' : 'group',
      `Segment ${view.tag()} is ${where}; it was skipped.`, siteOf(view, index));
    (group?.model.problems ?? this.interchange!.model.problems).push(problem);
    this.outside = { problem, count: 1 };
  }

  private endOutsideRun(): void {
    const run = this.outside;
    if (run === null) return;
    if (run.count > 1) run.problem.message += ` So were the ${run.count - 1} segments after it.`;
    this.outside = null;
  }

  // ---- closing what an envelope segment or the end of the file interrupts ------------------------------------

  /**
   * Closes the open transaction (and group, and interchange) that `what` interrupts. `closeGroup` false for ST and
   * GE, which only end a transaction; `closeInterchange` for a new ISA or the end of the file.
   */
  private interrupt(offset: number, what: string, index: number | undefined, tag: string | undefined, closeInterchange: boolean, closeGroup = true): void {
    const site: Site = { offset };
    if (index !== undefined) site.segmentIndex = index;
    if (tag !== undefined) site.segmentTag = tag;
    const transaction = this.transaction;
    if (transaction !== null) {
      const model = transaction.model;
      model.problems.push(this.problem('error', 'transaction-trailer-missing', 'transaction',
        `Transaction ${model.type} ${model.controlNumber} (ST at line ${this.transactionLine}) has no SE trailer: ${what} comes first.`,
        { ...site, segmentPositionInTransaction: transaction.count + 1 }));
      this.finishTransaction();
    }
    if (closeGroup && this.group !== null) this.closeGroup(site, what);
    if (closeInterchange && this.interchange !== null) {
      const open = this.interchange;
      open.model.problems.push(this.problem('error', 'interchange-trailer-missing', 'interchange',
        `Interchange ${open.model.controlNumber} (ISA at line ${open.line}) has no IEA trailer: ${what} comes first.`, site));
      open.model.range.end = this.interruptedEnd(offset);
      this.interchange = null;
    }
  }

  /** An envelope cut short ends with the last segment before the interruption (all segments at the end of file). */
  private interruptedEnd(interruptedAt: number | undefined): number {
    return interruptedAt !== undefined && interruptedAt < this.currentEnd ? this.previousEnd : this.currentEnd;
  }

  finish(size: number): EdiFileResult {
    this.endOutsideRun();
    if (this.interchange !== null) {
      this.interrupt(size, 'the end of the file', undefined, undefined, true);
      this.notes.problems.push(this.problem('error', 'truncated-file', 'file',
        `The file ends inside an interchange (${size} bytes); its trailers are missing.`, { offset: size }));
    }
    const result = this.result;
    result.size = size;
    const nothing = result.interchanges.length === 0 ? this.notes.nothingFound(size) : null;
    if (nothing !== null) result.problems.push(nothing);
    else result.standard = 'x12';
    result.problems.push(...this.notes.problems);
    result.problems.sort((a, b) => a.position.offset - b.position.offset);
    result.verdict = verdictOf(result);
    return result;
  }

  // ---- helpers ------------------------------------------------------------------------------------------------

  private problem(severity: Severity, code: ProblemCode, level: ProblemLevel, message: string, site: Site, badValue?: string): Problem {
    return this.factory.make(severity, code, level, message, site, badValue === undefined ? undefined : { badValue: badValueCopy(badValue) });
  }

  private findingProblem(finding: Finding, level: ProblemLevel, site: Site): Problem {
    return this.factory.fromFinding(finding, level, site);
  }

  private lineOf(offset: number): number {
    return this.factory.locate(offset).line;
  }
}
