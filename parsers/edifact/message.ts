/**
 * One UNH..UNT message: opened from its header, fed its segments, closed by its trailer (or by whatever proves the
 * trailer missing), then checked: UNT count and reference, and, in full mode, the spec-driven validation.
 */
import { elementValue } from '../model.js';
import type { Problem, Segment, Transaction, TransactionStatus } from '../model.js';
import { dictionaryFor, resolveTransactionSpec } from '../specs/registry.js';
import { validateTransaction } from '../validate/index.js';
import type { CharsetTally } from './charset-notes.js';
import type { Reporter } from './report.js';
import { quote } from './report.js';
import type { SegmentView } from './segment-view.js';
import { siteOf } from './segment-view.js';

export interface MessageSettings {
  reporter: Reporter;
  /** run the spec-driven validation when the message closes */
  full: boolean;
  decimalMark: string;
  /** attach the loop tree and hierarchy (they hold the segments, so only when segments are kept) */
  keepTree: boolean;
}

export class OpenMessage {
  readonly transaction: Transaction;
  /** collected when kept, handed to a callback, or validated */
  readonly segments: Segment[] | null;
  /** segments so far, UNH included */
  count = 1;
  /** file offset just after the last segment read */
  lastEnd: number;
  /** charset problems listed so far, and those counted but not listed */
  readonly charsetTally: CharsetTally = { listed: 0, unlisted: 0 };
  /** the directory key used to look up the spec: 'D96A' */
  readonly specVersion: string;

  constructor(unh: Segment, view: SegmentView, collect: boolean, reporter: Reporter) {
    const reference = elementValue(unh, 1);
    const type = elementValue(unh, 2, 1);
    const version = elementValue(unh, 2, 2);
    const release = elementValue(unh, 2, 3);
    const agency = elementValue(unh, 2, 4);
    const association = elementValue(unh, 2, 5);
    this.transaction = {
      type,
      version: `${version}:${release}:${agency}`,
      controlNumber: reference,
      segmentCount: 1,
      status: 'accepted',
      problems: [],
      range: { start: unh.offset, end: unh.end },
    };
    if (association !== '') this.transaction.association = association;
    this.specVersion = `${version}${release}`;
    this.segments = collect ? [unh] : null;
    this.lastEnd = unh.end;
    this.checkHeader(view, reporter);
  }

  private checkHeader(view: SegmentView, reporter: Reporter): void {
    const { type, controlNumber, version } = this.transaction;
    const add = (message: string, element: number, component?: number, ref?: string): void => {
      const details = ref ? { dataElementRef: ref } : undefined;
      this.transaction.problems.push(reporter.error('transaction-header-invalid', 'transaction', message, siteOf(view, element, component), details));
    };
    if (controlNumber === '') add('UNH has no message reference number (0062)', 1, undefined, '0062');
    if (type === '') add('UNH has no message type (0065), e.g. ORDERS', 2, 1, '0065');
    const [v, r, a] = version.split(':');
    if (type !== '' && (v === '' || r === '' || a === '')) {
      add(`UNH message identifier for ${type} lacks its version (0052), release (0054) or controlling agency (0051): ${quote(version)}`, 2, v === '' ? 2 : r === '' ? 3 : 4);
    }
  }

  add(segment: Segment | null, end: number): void {
    this.count++;
    this.lastEnd = end;
    if (segment && this.segments) this.segments.push(segment);
  }

  /** Closes with its UNT: checks the declared count (UNH..UNT inclusive) and the reference. */
  closeWithTrailer(unt: Segment, view: SegmentView, reporter: Reporter): void {
    this.add(unt, unt.end);
    const declared = elementValue(unt, 1);
    const reference = elementValue(unt, 2);
    const problems = this.transaction.problems;
    if (/^\d+$/.test(declared)) this.transaction.declaredSegmentCount = Number(declared);
    if (declared !== String(this.count) && Number(declared) !== this.count) {
      problems.push(reporter.error('transaction-count-mismatch', 'transaction',
        `UNT says message ${quote(this.transaction.controlNumber)} has ${quote(declared)} segments but it has ${this.count} (UNH to UNT inclusive)`,
        siteOf(view, 1), { dataElementRef: '0074', badValue: declared }));
    }
    if (reference !== this.transaction.controlNumber) {
      problems.push(reporter.error('transaction-control-mismatch', 'transaction',
        `UNT message reference ${quote(reference)} differs from UNH message reference ${quote(this.transaction.controlNumber)}`,
        siteOf(view, 2), { dataElementRef: '0062', badValue: reference }));
    }
  }

  /** Closes without UNT: `reason` names what was found instead (another UNH, UNZ, the end of the file). */
  closeWithoutTrailer(reason: string, reporter: Reporter, nextSegment?: SegmentView): void {
    // where the UNT should have been: after the last segment, as the next position in the message
    const site = {
      offset: this.lastEnd,
      ...(nextSegment ? { segmentIndex: nextSegment.index, segmentTag: nextSegment.tag } : {}),
      segmentPositionInTransaction: this.count + 1,
    };
    this.transaction.problems.push(reporter.error('transaction-trailer-missing', 'transaction',
      `Message ${quote(this.transaction.controlNumber)} (${this.transaction.type || 'no type'}) has no UNT trailer: ${reason}`, site));
  }

  /** Final bookkeeping after either close: counts, range, validation, status. */
  finish(settings: MessageSettings): Transaction {
    const transaction = this.transaction;
    transaction.segmentCount = this.count;
    transaction.range.end = this.lastEnd;
    if (settings.full && this.segments) this.validate(settings, this.segments);
    transaction.status = statusOf(transaction.problems);
    return transaction;
  }

  private validate(settings: MessageSettings, segments: Segment[]): void {
    const transaction = this.transaction;
    const resolved = resolveTransactionSpec('edifact', transaction.type, this.specVersion);
    if (!resolved && transaction.type !== '') {
      transaction.problems.push(settings.reporter.warning('transaction-unsupported', 'transaction',
        `No spec for ${transaction.type} ${transaction.version}: the message was read without structure checks`,
        { offset: transaction.range.start, segmentIndex: segments[0]!.index, segmentTag: 'UNH', segmentPositionInTransaction: 1 }));
    }
    const validation = validateTransaction(segments, resolved?.spec, {
      standard: 'edifact',
      dictionary: dictionaryFor('edifact'),
      decimalMark: settings.decimalMark,
      locate: (offset: number) => settings.reporter.locate(offset),
      versionFallback: resolved ? !resolved.exact : false,
    });
    transaction.problems.push(...validation.problems);
    if (settings.keepTree && validation.tree) transaction.tree = validation.tree;
    if (settings.keepTree && validation.hierarchy) transaction.hierarchy = validation.hierarchy;
  }
}

export function statusOf(problems: Problem[]): TransactionStatus {
  let warned = false;
  for (const problem of problems) {
    if (problem.severity === 'error') return 'rejected';
    // a message without a spec is read flat and still accepted
    if (problem.severity === 'warning' && problem.code !== 'transaction-unsupported') warned = true;
  }
  return warned ? 'accepted-with-errors' : 'accepted';
}
