/**
 * What `crossdock inspect` reports about one file: the parse result without segments, every problem once (in file
 * order, with the envelope it belongs to), and the counts the summary and exit code are built from. Built while the
 * file streams (onTransaction), with caps on what is listed, so a file of a million transactions costs bounded memory:
 * past the caps, accepted transactions and further problems are counted rather than listed.
 */
import type { Delimiters, EdiFileResult, Group, Interchange, PartyId, Problem, Severity, Standard, Transaction, TransactionStatus, Verdict } from '../../../parsers/model.js';

/** The CLI adds one code of its own: a path it could not read at all. */
export type ReportedProblem = Omit<Problem, 'code'> & {
  code: Problem['code'] | 'file-unreadable';
  /** the envelope the problem belongs to, by control number */
  where: { interchange?: string; group?: string; transaction?: string; transactionType?: string };
};

export interface ProblemCounts {
  errors: number;
  warnings: number;
  info: number;
}

export interface TransactionSummary {
  type: string;
  version: string;
  controlNumber: string;
  segmentCount: number;
  declaredSegmentCount?: number;
  status: TransactionStatus;
  range: { start: number; end: number };
  problems: ProblemCounts;
}

export interface GroupSummary {
  functionalId: string | null;
  controlNumber: string | null;
  version: string | null;
  explicit: boolean;
  status: Group['status'];
  declaredTransactionCount?: number;
  range: { start: number; end: number };
  problems: ProblemCounts;
  /** every transaction in the group, listed or not */
  transactionCount: number;
  statusCounts: Partial<Record<TransactionStatus, number>>;
  transactions: TransactionSummary[];
  /** transactions counted but not listed (accepted ones past the listing cap) */
  transactionsOmitted: number;
}

export interface InterchangeSummary {
  controlNumber: string;
  sender: PartyId;
  receiver: PartyId;
  date: string;
  time: string;
  version: string;
  syntaxId: string | null;
  charset: string;
  test: boolean;
  ackRequested: boolean;
  declaredGroupCount?: number;
  quirks: string[];
  delimiters: Delimiters;
  range: { start: number; end: number };
  problems: ProblemCounts;
  groups: GroupSummary[];
}

export interface FileReport {
  path: string;
  standard: Standard | null;
  verdict: Verdict;
  size: number;
  interchanges: InterchangeSummary[];
  problems: ReportedProblem[];
  /** problems counted (in the summaries' counts) but not listed, past the problem cap */
  problemsOmitted: number;
}

export interface ReportLimits {
  /** per file: beyond this many, only transactions with problems are listed, up to twice as many */
  transactions: number;
  problems: number;
}

export const DEFAULT_LIMITS: ReportLimits = { transactions: 10_000, problems: 10_000 };

export function countProblems(problems: readonly { severity: Severity }[]): ProblemCounts {
  const counts: ProblemCounts = { errors: 0, warnings: 0, info: 0 };
  for (const problem of problems) {
    if (problem.severity === 'error') counts.errors++;
    else if (problem.severity === 'warning') counts.warnings++;
    else counts.info++;
  }
  return counts;
}

/** A whole result at once (the engine kept its transactions). */
export function buildFileReport(path: string, result: EdiFileResult, limits: ReportLimits = DEFAULT_LIMITS): FileReport {
  return new FileReportBuilder(path, limits).finish(result);
}

/**
 * Collects transaction summaries as the stream hands them over (pass `onTransaction` to the parse options), then
 * joins them with the envelopes of the final result. Groups the engine also kept transactions on are not walked twice.
 */
export class FileReportBuilder {
  private readonly problems: ProblemList;
  private readonly byGroup = new Map<Group, GroupTally>();
  private listed = 0;

  constructor(
    private readonly path: string,
    private readonly limits: ReportLimits = DEFAULT_LIMITS,
  ) {
    this.problems = new ProblemList(limits.problems);
  }

  readonly onTransaction = (transaction: Transaction, group: Group, interchange: Interchange): void => {
    let tally = this.byGroup.get(group);
    if (!tally) this.byGroup.set(group, (tally = new GroupTally()));
    const where = whereOf(interchange, group);
    this.problems.add(transaction.problems, { ...where, transaction: transaction.controlNumber, transactionType: transaction.type });
    const plain = transaction.status === 'accepted' && transaction.problems.length === 0;
    const list = this.listed < (plain ? this.limits.transactions : this.limits.transactions * 2);
    if (list) this.listed++;
    tally.add(summarizeTransaction(transaction), list);
  };

  finish(result: EdiFileResult): FileReport {
    this.problems.add(result.problems, {});
    const interchanges = result.interchanges.map((interchange) => this.summarizeInterchange(interchange));
    return { path: this.path, standard: result.standard, verdict: result.verdict, size: result.size, interchanges, problems: this.problems.sorted(), problemsOmitted: this.problems.omitted };
  }

  private summarizeInterchange(interchange: Interchange): InterchangeSummary {
    this.problems.add(interchange.problems, { interchange: interchange.controlNumber });
    return {
      controlNumber: interchange.controlNumber,
      sender: interchange.sender,
      receiver: interchange.receiver,
      date: interchange.date,
      time: interchange.time,
      version: interchange.version,
      syntaxId: interchange.syntaxId,
      charset: interchange.charset,
      test: interchange.test,
      ackRequested: interchange.ackRequested,
      ...(interchange.declaredGroupCount === undefined ? {} : { declaredGroupCount: interchange.declaredGroupCount }),
      quirks: interchange.quirks,
      delimiters: interchange.delimiters,
      range: interchange.range,
      problems: countProblems(interchange.problems),
      groups: interchange.groups.map((group) => this.summarizeGroup(group, interchange)),
    };
  }

  private summarizeGroup(group: Group, interchange: Interchange): GroupSummary {
    const where = whereOf(interchange, group);
    this.problems.add(group.problems, where);
    let tally = this.byGroup.get(group);
    if (!tally) {
      // nothing streamed for this group: the engine kept its transactions on the result
      tally = new GroupTally();
      for (const transaction of group.transactions) this.onTransaction(transaction, group, interchange);
      tally = this.byGroup.get(group) ?? tally;
    }
    return {
      functionalId: group.functionalId,
      controlNumber: group.controlNumber,
      version: group.version,
      explicit: group.explicit,
      status: group.status,
      ...(group.declaredTransactionCount === undefined ? {} : { declaredTransactionCount: group.declaredTransactionCount }),
      range: group.range,
      problems: countProblems(group.problems),
      transactionCount: tally.count,
      statusCounts: tally.statusCounts,
      transactions: tally.listed,
      transactionsOmitted: tally.count - tally.listed.length,
    };
  }
}

function whereOf(interchange: Interchange, group: Group): ReportedProblem['where'] {
  return group.controlNumber === null ? { interchange: interchange.controlNumber } : { interchange: interchange.controlNumber, group: group.controlNumber };
}

class GroupTally {
  count = 0;
  readonly listed: TransactionSummary[] = [];
  readonly statusCounts: Partial<Record<TransactionStatus, number>> = {};

  add(summary: TransactionSummary, list: boolean): void {
    this.count++;
    this.statusCounts[summary.status] = (this.statusCounts[summary.status] ?? 0) + 1;
    if (list) this.listed.push(summary);
  }
}

export function unreadableFileReport(path: string, error: unknown): FileReport {
  const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as NodeJS.ErrnoException).code === 'EISDIR' ? 'it is a folder' : error instanceof Error ? error.message : String(error);
  const problem: ReportedProblem = {
    severity: 'error',
    code: 'file-unreadable',
    message: `Could not read ${path}: ${reason}.`,
    level: 'file',
    position: { offset: 0, line: 1, column: 1 },
    where: {},
  };
  return { path, standard: null, verdict: 'errors', size: 0, interchanges: [], problems: [problem], problemsOmitted: 0 };
}

function summarizeTransaction(transaction: Transaction): TransactionSummary {
  return {
    type: transaction.type,
    version: transaction.version,
    controlNumber: transaction.controlNumber,
    segmentCount: transaction.segmentCount,
    ...(transaction.declaredSegmentCount === undefined ? {} : { declaredSegmentCount: transaction.declaredSegmentCount }),
    status: transaction.status,
    range: transaction.range,
    problems: countProblems(transaction.problems),
  };
}

/** Collects problems once each (an engine may list one problem object at two levels), up to a cap. */
class ProblemList {
  private readonly seen = new Set<Problem>();
  private readonly list: ReportedProblem[] = [];
  omitted = 0;

  constructor(private readonly cap: number) {}

  add(problems: readonly Problem[], where: ReportedProblem['where']): void {
    for (const problem of problems) {
      if (this.seen.has(problem)) continue;
      if (this.list.length >= this.cap) {
        this.omitted++;
        continue;
      }
      this.seen.add(problem);
      this.list.push({ ...problem, where });
    }
  }

  sorted(): ReportedProblem[] {
    return this.list.sort((a, b) => a.position.offset - b.position.offset);
  }
}
