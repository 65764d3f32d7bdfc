/** The benchmark's table: one row per contender, grouped by input, with throughput relative to the fastest npm parser. */
import type { ContenderFamily } from './contenders/types.js';
import type { InputKind } from './data/inputs.js';

export interface ResultRow {
  id: string;
  label: string;
  input: InputKind;
  family: ContenderFamily;
  /** best of the measured runs */
  mibPerSecond: number | null;
  medianMibPerSecond: number | null;
  /** MiB per second of CPU time (user + system, all threads), best run */
  mibPerCpuSecond: number | null;
  segments: number | null;
  expectedSegments: number;
  peakRssMB: number | null;
  /** 'ok', 'WRONG' (segment count differs from the generator's), or the failure */
  status: string;
}

export function formatTable(rows: ResultRow[]): string {
  const header = ['input', 'contender', 'MiB/s', 'median', 'MiB/CPU-s', 'segments', 'peak RSS MB', 'vs fastest npm', 'status'];
  const lines = rows.map((row) => {
    const fastestNpm = Math.max(0, ...rows.filter((other) => other.input === row.input && other.family === 'npm' && other.status === 'ok').map((other) => other.mibPerSecond ?? 0));
    return [
      row.input,
      row.label,
      fixed(row.mibPerSecond, 1),
      fixed(row.medianMibPerSecond, 1),
      fixed(row.mibPerCpuSecond, 1),
      row.segments === null ? '-' : row.segments.toLocaleString('en-US'),
      fixed(row.peakRssMB, 0),
      row.mibPerSecond !== null && fastestNpm > 0 ? `${(row.mibPerSecond / fastestNpm).toFixed(2)}x` : '-',
      row.status,
    ];
  });
  const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => line[column]!.length)));
  const numeric = new Set([2, 3, 4, 5, 6, 7]);
  const render = (cells: string[]): string =>
    `| ${cells.map((cell, column) => (numeric.has(column) ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!))).join(' | ')} |`;
  const rule = `|${widths.map((width, column) => (numeric.has(column) ? `${'-'.repeat(width + 1)}:` : '-'.repeat(width + 2))).join('|')}|`;
  return [render(header), rule, ...lines.map(render)].join('\n');
}

function fixed(value: number | null, digits: number): string {
  return value === null ? '-' : value.toFixed(digits);
}
