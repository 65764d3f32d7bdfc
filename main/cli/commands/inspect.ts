/**
 * `crossdock inspect FILE... [--json]`: per file the standard, verdict, envelope tree and every problem with its
 * position. Files are streamed through the engine without keeping segments, so a 1 GiB file needs no more memory
 * than a small one; offending segments are re-read from disk by offset for display.
 */
import { closeSync, createReadStream, openSync, readSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createEdiStream, type EdiFileResult, type ParseOptions } from '../../../parsers/index.js';
import { createPalette } from '../format/colour.js';
import { countProblems, FileReportBuilder, unreadableFileReport, type FileReport } from '../format/file-report.js';
import { countsText, plural, renderFileReport, verdictText } from '../format/inspect-text.js';
import type { ByteSource } from '../format/segment-excerpt.js';
import { EXIT, printJson, UsageError, type CliIo, type Command } from '../io.js';

const usage = `Usage:
  crossdock inspect FILE... [--json]   check X12 / EDIFACT files: verdict, envelopes, every problem with its position
Exit status: 0 no file has errors (warnings are fine), 1 some file has errors, is not EDI or cannot be read, 2 bad arguments.`;

const CHUNK_BYTES = 64 * 1024;
const PROGRESS_FROM_BYTES = 32 * 1024 * 1024;

export const inspectCommand: Command = {
  name: 'inspect',
  summary: 'check EDI files and explain every problem at its exact byte',
  usage,
  async run(args, io) {
    const { values, positionals } = parseArgs({ args, options: { json: { type: 'boolean' } }, allowPositionals: true, strict: true });
    if (positionals.length === 0) throw new UsageError(`inspect needs at least one file\n${usage}`);
    const reports: FileReport[] = [];
    for (const path of positionals) {
      const report = await inspectFile(path, io);
      reports.push(report);
      if (!values.json) io.out(`${renderFileReport(report, { palette: createPalette(io.isTty), source: report.size > 0 ? fileSource(path) : null })}\n`);
    }
    const summary = summarize(reports);
    if (values.json) printJson(io, { files: reports, summary });
    else io.out(summaryText(summary, io));
    return summary.filesWithErrors > 0 ? EXIT.problems : EXIT.ok;
  },
};

/** Parses one file through the stream API; a file that cannot be read becomes a report with verdict 'errors'. */
export async function inspectFile(path: string, io: CliIo): Promise<FileReport> {
  const builder = new FileReportBuilder(path);
  try {
    return builder.finish(await parseFile(path, io, { onTransaction: builder.onTransaction }));
  } catch (error) {
    if (isFileError(error)) return unreadableFileReport(path, error);
    throw error;
  }
}

export async function parseFile(path: string, io: CliIo, options: ParseOptions = {}): Promise<EdiFileResult> {
  const size = statSync(path).size;
  const stream = createEdiStream({ validate: 'full', keepSegments: false, ...options });
  const showProgress = io.isTty && size >= PROGRESS_FROM_BYTES;
  let read = 0;
  let lastPercent = -1;
  for await (const chunk of createReadStream(path, { highWaterMark: CHUNK_BYTES }) as AsyncIterable<Buffer>) {
    stream.write(chunk);
    read += chunk.length;
    const percent = Math.floor((read / size) * 100);
    if (showProgress && percent !== lastPercent) io.err(`\r${path}: ${percent}%`);
    lastPercent = percent;
  }
  if (showProgress) io.err('\r\u001b[K');
  return stream.end();
}

/** The file system refused the path (missing, a folder, no permission): a per-file report, not a crash. */
export function isFileError(error: unknown): error is NodeJS.ErrnoException {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' && /^(ENOENT|EISDIR|EACCES|EPERM|ENOTDIR|ELOOP|ENAMETOOLONG|EMFILE)$/.test(code);
}

/** Reads byte ranges of a file on demand, for showing offending segments. */
function fileSource(path: string): ByteSource {
  const size = statSync(path).size;
  return {
    size,
    read(start, end) {
      const buffer = Buffer.alloc(Math.max(0, end - start));
      const fd = openSync(path, 'r');
      try {
        const got = readSync(fd, buffer, 0, buffer.length, start);
        return buffer.subarray(0, got);
      } finally {
        closeSync(fd);
      }
    },
  };
}

export interface InspectSummary {
  files: number;
  ok: number;
  warnings: number;
  errors: number;
  notEdi: number;
  /** files whose verdict is errors or not-edi: these make the exit status 1 */
  filesWithErrors: number;
  interchanges: number;
  transactions: number;
  /** counts of the problems listed; problemsOmitted more were counted past the per-file cap */
  problems: { errors: number; warnings: number; info: number };
  problemsOmitted: number;
}

export function summarize(reports: readonly FileReport[]): InspectSummary {
  const count = (verdict: FileReport['verdict']): number => reports.filter((report) => report.verdict === verdict).length;
  const interchanges = reports.flatMap((report) => report.interchanges);
  return {
    files: reports.length,
    ok: count('ok'),
    warnings: count('warnings'),
    errors: count('errors'),
    notEdi: count('not-edi'),
    filesWithErrors: count('errors') + count('not-edi'),
    interchanges: interchanges.length,
    transactions: interchanges.reduce((sum, interchange) => sum + interchange.groups.reduce((inner, group) => inner + group.transactionCount, 0), 0),
    problems: countProblems(reports.flatMap((report) => report.problems)),
    problemsOmitted: reports.reduce((sum, report) => sum + report.problemsOmitted, 0),
  };
}

function summaryText(summary: InspectSummary, io: CliIo): string {
  const palette = createPalette(io.isTty);
  const verdicts = (
    [
      ['ok', summary.ok],
      ['warnings', summary.warnings],
      ['errors', summary.errors],
      ['not-edi', summary.notEdi],
    ] as const
  )
    .filter(([, count]) => count > 0)
    .map(([verdict, count]) => `${verdictText(verdict, palette)} ${count}`)
    .join(', ');
  const problems = countsText(summary.problems) || 'no problems';
  return `${plural(summary.files, 'file')} (${verdicts}); ${plural(summary.interchanges, 'interchange')}, ${plural(summary.transactions, 'transaction')}; ${problems}\n`;
}
