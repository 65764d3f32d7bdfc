/**
 * Human output of `crossdock inspect` for one file: a header line with the verdict, the envelope tree with aligned
 * transaction rows, and each problem with its position, message, and the offending segment with a caret line.
 */
import { CP037_TO_LATIN1, type Severity, type Verdict } from '../../../parsers/index.js';
import type { Palette } from './colour.js';
import { alignColumns } from './columns.js';
import type { FileReport, GroupSummary, InterchangeSummary, ProblemCounts, ReportedProblem, TransactionSummary } from './file-report.js';
import { segmentExcerpt, type ByteSource } from './segment-excerpt.js';

export interface TextOptions {
  palette: Palette;
  /** the file's bytes, to show offending segments; null when the file could not be read */
  source: ByteSource | null;
  /** a group lists every transaction up to this many, beyond it only those with problems */
  transactionsListed?: number;
  problemsShown?: number;
}

const STANDARD_NAMES = { x12: 'X12', edifact: 'EDIFACT' } as const;

export function verdictText(verdict: Verdict, palette: Palette): string {
  if (verdict === 'ok') return palette.green(verdict);
  if (verdict === 'warnings') return palette.yellow(verdict);
  return palette.red(verdict);
}

function severityText(severity: Severity, palette: Palette): string {
  const text = severity.padEnd(7);
  return severity === 'error' ? palette.red(text) : severity === 'warning' ? palette.yellow(text) : palette.cyan(text);
}

export function plural(count: number, word: string): string {
  return `${count.toLocaleString('en-US')} ${word}${count === 1 ? '' : 's'}`;
}

export function countsText(counts: ProblemCounts): string {
  const parts = [counts.errors ? plural(counts.errors, 'error') : '', counts.warnings ? plural(counts.warnings, 'warning') : '', counts.info ? `${counts.info} info` : ''];
  return parts.filter(Boolean).join(', ');
}

export function renderFileReport(report: FileReport, options: TextOptions): string {
  const { palette } = options;
  const standard = report.standard ? STANDARD_NAMES[report.standard] : '-';
  const lines = [`${palette.bold(report.path)}  ${standard}  ${verdictText(report.verdict, palette)}  ${plural(report.size, 'byte')}`];
  for (const interchange of report.interchanges) lines.push(...interchangeLines(interchange, options));
  lines.push(...problemLines(report, options));
  return `${lines.join('\n')}\n`;
}

function interchangeLines(interchange: InterchangeSummary, options: TextOptions): string[] {
  const party = (id: { qualifier: string; id: string }): string => (id.qualifier ? `${id.id.trim()} (${id.qualifier.trim()})` : id.id.trim());
  const syntax = interchange.syntaxId ? `${interchange.syntaxId} ` : '';
  const flags = [interchange.test ? 'test' : '', countsText(interchange.problems)].filter(Boolean).join('  ');
  const lines = [
    `  interchange ${interchange.controlNumber}  ${party(interchange.sender)} → ${party(interchange.receiver)}  ${interchange.date} ${interchange.time}  ${syntax}version ${interchange.version}${flags ? `  ${flags}` : ''}`.trimEnd(),
  ];
  for (const group of interchange.groups) lines.push(...groupLines(group, options));
  return lines;
}

function groupLines(group: GroupSummary, options: TextOptions): string[] {
  const { palette } = options;
  const name = group.explicit ? `group ${group.functionalId ?? '?'} ${group.controlNumber ?? '?'}  version ${group.version ?? '?'}` : 'messages (no group)';
  const header = `    ${name}  ${plural(group.transactionCount, 'transaction')}  ${statusText(group.status, palette)}${countsSuffix(group.problems)}`;
  const limit = options.transactionsListed ?? 20;
  const listed = group.transactions.length <= limit ? group.transactions : group.transactions.filter((transaction) => transaction.status !== 'accepted' || transaction.problems.warnings > 0).slice(0, limit);
  const rows = listed.map((transaction) => transactionRow(transaction, palette));
  const lines = [header, ...alignColumns(rows, '      ')];
  const hidden = group.transactionCount - listed.length;
  if (hidden > 0) {
    const breakdown = Object.entries(group.statusCounts)
      .map(([status, count]) => `${count.toLocaleString('en-US')} ${status}`)
      .join(', ');
    lines.push(palette.dim(`      … ${plural(hidden, 'more transaction')} not listed (of ${group.transactionCount.toLocaleString('en-US')}: ${breakdown}; --json lists up to 10,000)`));
  }
  return lines;
}

function transactionRow(transaction: TransactionSummary, palette: Palette): string[] {
  const declared = transaction.declaredSegmentCount !== undefined && transaction.declaredSegmentCount !== transaction.segmentCount ? ` (trailer says ${transaction.declaredSegmentCount})` : '';
  return [transaction.type, transaction.controlNumber, `${plural(transaction.segmentCount, 'segment')}${declared}`, statusText(transaction.status, palette), countsText(transaction.problems)];
}

function statusText(status: string, palette: Palette): string {
  if (status === 'accepted') return palette.green(status);
  if (status === 'rejected') return palette.red(status);
  return palette.yellow(status);
}

function countsSuffix(counts: ProblemCounts): string {
  const text = countsText(counts);
  return text ? `  ${text}` : '';
}

function problemLines(report: FileReport, options: TextOptions): string[] {
  const { palette } = options;
  if (report.problems.length === 0) return [];
  const total = report.problems.length + report.problemsOmitted;
  const lines = [`  ${plural(total, 'problem')}${report.problemsOmitted ? ` (${report.problems.length.toLocaleString('en-US')} listed)` : ''}: ${countsText(countsOf(report.problems))}`];
  // errors first, then warnings, then info notes, each in file order: the cap should cut notes, not errors
  const rank = { error: 0, warning: 1, info: 2 } as const;
  const ordered = [...report.problems].sort((a, b) => rank[a.severity] - rank[b.severity] || a.position.offset - b.position.offset);
  const shown = ordered.slice(0, options.problemsShown ?? 100);
  for (const problem of shown) {
    lines.push(`    ${severityText(problem.severity, palette)} ${problem.code}  ${palette.dim(locationText(report.path, problem, report.standard))}`);
    lines.push(`            ${problem.message}`);
    const excerpt = options.source ? excerptFor(report, problem, options.source) : null;
    if (excerpt) lines.push(`            ${excerpt.text}`, `            ${palette.red(excerpt.caret)}`);
  }
  const hidden = report.problems.length - shown.length + report.problemsOmitted;
  if (hidden > 0) lines.push(palette.dim(`    … ${plural(hidden, 'more problem')} not shown (--json lists up to 10,000)`));
  return lines;
}

function countsOf(problems: readonly ReportedProblem[]): ProblemCounts {
  const counts: ProblemCounts = { errors: 0, warnings: 0, info: 0 };
  for (const problem of problems) counts[problem.severity === 'error' ? 'errors' : problem.severity === 'warning' ? 'warnings' : 'info']++;
  return counts;
}

/** file:line:column, byte offset, segment tag and index, element and component: `po.x12:14:4  byte 423  segment SE #13  element SE01`. */
export function locationText(path: string, problem: ReportedProblem, standard: FileReport['standard'] = 'x12'): string {
  const position = problem.position;
  const parts = [`${path}:${position.line}:${position.column}`, `byte ${position.offset}`];
  if (position.segmentTag !== undefined) {
    const index = position.segmentIndex === undefined ? '' : ` #${position.segmentIndex}`;
    parts.push(`segment ${position.segmentTag}${index}`);
  }
  if (position.element !== undefined) parts.push(`element ${elementName(standard, position.segmentTag ?? '', position.element, position.component, position.repetition)}`);
  return parts.join('  ');
}

/** As each standard's guides write them: X12 `SE01`, `SLN05-2`; EDIFACT `UNT1`, `NAD3.2`; repetitions as `[2]`. */
function elementName(standard: FileReport['standard'], tag: string, element: number, component?: number, repetition?: number): string {
  const edifact = standard === 'edifact';
  let name = `${tag}${edifact ? element : String(element).padStart(2, '0')}`;
  if (component !== undefined) name += `${edifact ? '.' : '-'}${component}`;
  if (repetition !== undefined && repetition > 1) name += `[${repetition}]`;
  return name;
}

function excerptFor(report: FileReport, problem: ReportedProblem, source: ByteSource): ReturnType<typeof segmentExcerpt> {
  const offset = problem.position.offset;
  if (problem.code === 'file-unreadable') return null;
  const interchange =
    report.interchanges.find((candidate) => candidate.range.start <= offset && offset < candidate.range.end) ??
    report.interchanges.find((candidate) => candidate.range.start <= offset && offset <= candidate.range.end) ??
    null;
  return segmentExcerpt(source, problem.position, interchange?.delimiters ?? null, {
    charset: interchange?.charset ?? null,
    translate: interchange?.quirks.includes('ebcdic') ? CP037_TO_LATIN1 : null,
  });
}
