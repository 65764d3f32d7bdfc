/**
 * One transaction set (ST..SE) while it is read, and what happens when it ends: validation against its spec in full
 * mode, status, the caller's onTransaction, and dropping the segments unless they are kept.
 */
import type { Group, Interchange, ParseOptions, Segment, Transaction } from '../model.js';
import { dictionaryFor, findTransactionSpec } from '../specs/registry.js';
import { validateTransaction, type ValidationContext, type ValidationResult } from '../validate/index.js';
import type { ProblemFactory } from './problem-factory.js';
import type { SegmentView } from './segment-view.js';
import { transactionStatus } from './status.js';

export interface ResolvedOptions {
  validate: 'envelope' | 'full';
  keepSegments: boolean;
  segmentsForCallback: boolean;
  onTransaction: ParseOptions['onTransaction'];
  /** Segment objects are needed: kept, validated or handed to the callback */
  buildSegments: boolean;
  /** keep Transaction summaries on their groups (see ParseOptions.keepTransactions) */
  retainTransactions: boolean;
}

/** What the group status and the verdict need to know about transactions that were not kept on their group. */
export interface DroppedTally {
  total: number;
  rejected: number;
  noted: number;
}

export function resolveOptions(options: ParseOptions | undefined, keepByDefault: boolean): ResolvedOptions {
  const validate = options?.validate ?? 'full';
  const keepSegments = options?.keepSegments ?? keepByDefault;
  const segmentsForCallback = options?.segmentsForCallback === true && options.onTransaction !== undefined;
  return {
    validate,
    keepSegments,
    segmentsForCallback,
    onTransaction: options?.onTransaction,
    buildSegments: keepSegments || validate === 'full' || segmentsForCallback,
    retainTransactions: options?.keepTransactions ?? (keepByDefault || options?.onTransaction === undefined),
  };
}

export class OpenTransaction {
  readonly model: Transaction;
  readonly segments: Segment[] | null;
  /** segments from ST up to now, ST included */
  count = 1;

  constructor(header: SegmentView, headerIndex: number, version: string, buildSegments: boolean) {
    this.model = {
      type: setIdentifier(header.value(1)),
      version,
      controlNumber: header.value(2),
      segmentCount: 1,
      status: 'accepted',
      problems: [],
      range: { start: header.offset, end: header.end },
    };
    this.segments = buildSegments ? [header.toSegment(headerIndex)] : null;
    this.end = header.end;
  }

  /** end of the last segment added; the model's range is set from it when the transaction closes */
  end: number;

  add(view: SegmentView, index: number): void {
    this.count++;
    if (this.segments !== null) this.segments.push(view.toSegment(index));
    this.end = view.end;
  }
}

export class TransactionFinisher {
  private readonly validation: ValidationContext;

  constructor(
    private readonly options: ResolvedOptions,
    private readonly problems: ProblemFactory,
  ) {
    this.validation = {
      standard: 'x12',
      dictionary: dictionaryFor('x12'),
      decimalMark: '.',
      locate: (offset) => problems.locate(offset),
    };
  }

  finish(open: OpenTransaction, group: Group, interchange: Interchange): void {
    const transaction = open.model;
    transaction.segmentCount = open.count;
    transaction.range.end = open.end;
    const segments = open.segments;
    if (segments !== null && this.options.validate === 'full') this.validate(transaction, segments);
    transaction.status = transactionStatus(transaction.problems);
    if (this.options.retainTransactions) group.transactions.push(transaction);
    else this.tallyDropped(transaction, group);
    if (segments !== null && this.options.keepSegments) transaction.segments = segments;
    const callback = this.options.onTransaction;
    if (callback === undefined) return;
    const lend = segments !== null && this.options.segmentsForCallback && !this.options.keepSegments;
    if (lend) transaction.segments = segments;
    try {
      callback(transaction, group, interchange);
    } finally {
      if (lend) {
        delete transaction.segments;
        delete transaction.tree;
        delete transaction.hierarchy;
      }
    }
  }

  /** Per group, for groups whose transactions are handed to the callback and not kept. */
  readonly dropped = new WeakMap<Group, DroppedTally>();

  private tallyDropped(transaction: Transaction, group: Group): void {
    let tally = this.dropped.get(group);
    if (!tally) this.dropped.set(group, (tally = { total: 0, rejected: 0, noted: 0 }));
    tally.total++;
    if (transaction.status === 'rejected') tally.rejected++;
    if (transaction.status === 'accepted-with-errors') tally.noted++;
  }

  private validate(transaction: Transaction, segments: Segment[]): void {
    const spec =
      findTransactionSpec('x12', transaction.type, transaction.version) ??
      findTransactionSpec('x12', transaction.type, transaction.version.slice(0, 6));
    let result: ValidationResult;
    try {
      result = validateTransaction(segments, spec, this.validation);
    } catch (error) {
      // a validator fault must not lose the file: the transaction stays, parsed flat
      const first = segments[0]!;
      transaction.problems.push(this.problems.make('warning', 'transaction-unsupported', 'transaction',
        `Transaction ${transaction.type} ${transaction.controlNumber} could not be checked against its spec (${(error as Error).message}); it was read without structure checks.`,
        { offset: first.offset, segmentIndex: first.index, segmentTag: first.tag, segmentPositionInTransaction: 1 }));
      return;
    }
    for (const problem of result.problems) transaction.problems.push(problem);
    // lent to the callback with the segments (and taken back with them) when only the callback sees segments
    if (this.options.keepSegments || this.options.segmentsForCallback) {
      if (result.tree !== undefined) transaction.tree = result.tree;
      if (result.hierarchy !== undefined) transaction.hierarchy = result.hierarchy;
    }
  }
}

/** Transaction set identifiers repeat across a file ('850' thousands of times): one shared string each. */
const identifiers = new Map<string, string>();

function setIdentifier(value: string): string {
  const known = identifiers.get(value);
  if (known !== undefined) return known;
  if (identifiers.size < 1024) identifiers.set(value, value);
  return value;
}
