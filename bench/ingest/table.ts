/** The ingest benchmark's figures per case (best and median of the runs) and its table. */
import type { IngestChildReport } from './child.js';
import type { IngestInput } from './data/inputs.js';

export const TARGETS = { mibPerSecond: 20, filesPerSecond: 1000, peakRssMB: 250 };

export interface IngestRow {
  kind: IngestInput['kind'];
  files: number;
  transactions: number;
  mib: number;
  runsSeconds: number[];
  bestSeconds: number | null;
  medianSeconds: number | null;
  filesPerSecond: { best: number; median: number } | null;
  transactionsPerSecond: { best: number; median: number } | null;
  mibPerSecond: { best: number; median: number } | null;
  /** the best run by the child's user + system CPU time: steadier than wall-clock time when others share the machine */
  bestCpuSeconds: number | null;
  /** the main thread's share (Linux): the part no other thread can take, so the floor of the wall-clock time */
  medianMainThreadCpuSeconds: number | null;
  /** the highest of the runs */
  peakRssMB: number;
  databaseMB: number;
  archiveMB: number;
  /** 'ok', 'MISSED: ...' (a target not met), 'WRONG: ...' (counts differ from the generator's) or the failure */
  status: string;
}

export function summarise(input: IngestInput, reports: IngestChildReport[]): IngestRow {
  const mib = input.bytes / 2 ** 20;
  const failed = reports.find((report) => report.error);
  const seconds = reports.filter((report) => !report.error).map((report) => report.ingestMs / 1000).sort((a, b) => a - b);
  const best = seconds[0] ?? null;
  const median = seconds.length ? seconds[Math.floor((seconds.length - 1) / 2)]! : null;
  const rate = (amount: number) => (best === null || median === null ? null : { best: amount / best, median: amount / median });
  const cpuSeconds = reports.filter((report) => !report.error).map((report) => report.cpuMs / 1000);
  const mainCpuSeconds = reports.flatMap((report) => (report.error || report.mainThreadCpuMs === null ? [] : [report.mainThreadCpuMs / 1000])).sort((a, b) => a - b);
  const last = reports.at(-1);
  const row: IngestRow = {
    kind: input.kind,
    files: input.files,
    transactions: input.transactions,
    mib,
    runsSeconds: seconds,
    bestSeconds: best,
    medianSeconds: median,
    filesPerSecond: rate(input.files),
    transactionsPerSecond: rate(input.transactions),
    mibPerSecond: rate(mib),
    bestCpuSeconds: cpuSeconds.length ? Math.min(...cpuSeconds) : null,
    medianMainThreadCpuSeconds: mainCpuSeconds.length ? mainCpuSeconds[Math.floor((mainCpuSeconds.length - 1) / 2)]! : null,
    peakRssMB: Math.max(0, ...reports.map((report) => report.maxRssMB)),
    databaseMB: (last?.databaseBytes ?? 0) / 2 ** 20,
    archiveMB: (last?.archiveBytes ?? 0) / 2 ** 20,
    status: 'ok',
  };
  const wrong = reports.find((report) => !report.error && (report.files !== input.files || report.transactions !== input.transactions || report.errors !== 0));
  if (failed) row.status = `FAILED: ${failed.error}`;
  else if (wrong) row.status = `WRONG: ${wrong.files} files, ${wrong.transactions} transactions, ${wrong.errors} errors (expected ${input.files}, ${input.transactions}, 0)`;
  else {
    const missed: string[] = [];
    if (input.kind === 'big' && (row.mibPerSecond?.best ?? 0) < TARGETS.mibPerSecond) missed.push(`< ${TARGETS.mibPerSecond} MiB/s`);
    if (input.kind === 'small' && (row.filesPerSecond?.best ?? 0) < TARGETS.filesPerSecond) missed.push(`< ${TARGETS.filesPerSecond} files/s`);
    if (row.peakRssMB > TARGETS.peakRssMB) missed.push(`> ${TARGETS.peakRssMB} MB`);
    if (missed.length) row.status = `MISSED: ${missed.join(', ')}`;
  }
  return row;
}

export function formatIngestTable(rows: IngestRow[]): string {
  const header = ['case', 'files', 'transactions', 'MiB', 'seconds best/median', 'files/s best/median', 'tx/s best/median', 'MiB/s best/median', 'CPU s', 'main-thread CPU s', 'files/CPU-s', 'MiB/CPU-s', 'peak RSS MB', 'DB MB', 'status'];
  const pair = (value: { best: number; median: number } | null, digits: number) => (value ? `${value.best.toFixed(digits)} / ${value.median.toFixed(digits)}` : '-');
  const lines = rows.map((row) => [
    row.kind === 'big' ? '50 MiB X12 file' : `${row.files.toLocaleString('en-US')} small files`,
    row.files.toLocaleString('en-US'),
    row.transactions.toLocaleString('en-US'),
    row.mib.toFixed(1),
    row.bestSeconds === null || row.medianSeconds === null ? '-' : `${row.bestSeconds.toFixed(2)} / ${row.medianSeconds.toFixed(2)}`,
    pair(row.filesPerSecond, 1),
    pair(row.transactionsPerSecond, 0),
    pair(row.mibPerSecond, 1),
    row.bestCpuSeconds === null ? '-' : row.bestCpuSeconds.toFixed(2),
    row.medianMainThreadCpuSeconds === null ? '-' : row.medianMainThreadCpuSeconds.toFixed(2),
    row.bestCpuSeconds === null ? '-' : (row.files / row.bestCpuSeconds).toFixed(0),
    row.bestCpuSeconds === null ? '-' : (row.mib / row.bestCpuSeconds).toFixed(1),
    row.peakRssMB.toFixed(0),
    row.databaseMB.toFixed(1),
    row.status,
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => line[column]!.length)));
  const numeric = new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
  const render = (cells: string[]) => `| ${cells.map((cell, column) => (numeric.has(column) ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!))).join(' | ')} |`;
  const rule = `|${widths.map((width, column) => (numeric.has(column) ? `${'-'.repeat(width + 1)}:` : '-'.repeat(width + 2))).join('|')}|`;
  return [render(header), rule, ...lines.map(render)].join('\n');
}
