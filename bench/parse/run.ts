/**
 * `npm run bench:parse`: generate (or reuse) the 50 MiB X12 and EDIFACT inputs, run every contender in its own child
 * process, print a table and write bench/results/parse-latest.json. See bench/results/README.md for the format.
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { bundleChild } from './bundle-child.js';
import type { ChildReport } from './child.js';
import { contenders } from './contenders/index.js';
import type { Contender } from './contenders/types.js';
import { ensureInput, type BenchInput, type InputKind } from './data/inputs.js';
import { parseBenchOptions } from './options.js';
import { formatTable, type ResultRow } from './table.js';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = join(here, '../..');
const runChild = promisify(execFile);

/** The child's entry: the plain JS bundle when there is one, else the TypeScript source through tsx. */
let childEntry: string[] = ['--import', 'tsx', join(here, 'child.ts')];

/** With `--cpu-prof`, each contender's child writes V8 profiles into bench/.data/profiles/<id>/ (main thread: tid 0). */
let profiling = false;

async function measure(id: string, input: BenchInput | null, runs: number, warmups: number): Promise<ChildReport> {
  const profileFlags = profiling && id !== 'idle' ? ['--cpu-prof', '--cpu-prof-dir', join(repoRoot, 'bench/.data/profiles', id)] : [];
  const args = ['--expose-gc', ...profileFlags, ...childEntry, id, input?.path ?? '', String(runs), String(warmups)];
  const { stdout } = await runChild(process.execPath, args, { cwd: repoRoot, maxBuffer: 1 << 20 });
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as ChildReport;
}

function toRow(contender: Contender, input: BenchInput, report: ChildReport): ResultRow {
  const mib = input.bytes / (1024 * 1024);
  const sorted = [...report.runsMs].sort((a, b) => a - b);
  const best = sorted[0];
  const median = sorted[Math.floor((sorted.length - 1) / 2)];
  const bestCpu = report.runsCpuMs.length > 0 ? Math.min(...report.runsCpuMs) : undefined;
  const counts = new Set(report.segments);
  const segments = report.segments[0] ?? null;
  let status = 'ok';
  if (report.error) status = `FAILED: ${report.error}`;
  else if (counts.size !== 1 || segments !== input.segments) status = `WRONG (expected ${input.segments.toLocaleString('en-US')})`;
  return {
    id: contender.id,
    label: contender.label,
    input: input.kind,
    family: contender.family,
    mibPerSecond: best === undefined || report.error ? null : mib / (best / 1000),
    medianMibPerSecond: median === undefined || report.error ? null : mib / (median / 1000),
    mibPerCpuSecond: bestCpu === undefined || report.error ? null : mib / (bestCpu / 1000),
    segments: report.error ? null : segments,
    expectedSegments: input.segments,
    peakRssMB: report.maxRssMB,
    status,
  };
}

async function main(): Promise<void> {
  const options = parseBenchOptions(process.argv.slice(2));
  const selected = contenders.filter((contender) => (options.only ? options.only.includes(contender.id) : !options.constantMemoryCheck || contender.streamingOurs));
  const inputs = new Map<InputKind, BenchInput>();
  for (const kind of new Set(selected.map((contender) => contender.input))) {
    const input = ensureInput(kind, options.sizeMiB);
    inputs.set(kind, input);
    const how = input.generated ? `generated in ${(input.generationMs / 1000).toFixed(1)} s` : 'cached';
    console.log(`${kind}: ${relative(repoRoot, input.path)} (${(input.bytes / 2 ** 20).toFixed(1)} MiB, ${input.transactions.toLocaleString('en-US')} transactions, ${input.segments.toLocaleString('en-US')} segments; ${how})`);
  }
  profiling = options.cpuProfile;
  const profileDir = join(repoRoot, 'bench/.data/profiles');
  if (options.cpuProfile) rmSync(profileDir, { recursive: true, force: true });
  const bundle = await bundleChild(repoRoot, options.cpuProfile ? join(profileDir, 'bundle') : null);
  if (bundle) {
    childEntry = [bundle.path];
    process.on('exit', () => bundle.dispose());
  }
  const floor = await measure('idle', null, 0, 0);
  console.log(`process floor (${bundle ? 'node running the bundled child' : 'node + tsx loader'}, nothing parsed): ${floor.maxRssMB.toFixed(0)} MB peak RSS`);
  const loadBefore = loadavg()[0]!;
  console.log(`runs: best of ${options.runs} after ${options.warmups} warm-up(s), 64 KiB chunks, one child process per contender; load average ${loadBefore.toFixed(1)} on ${cpus().length} cores\n`);
  if (loadBefore > cpus().length * 0.75) console.warn('warning: the machine is busy; throughput figures will be low and noisy\n');
  const rows: ResultRow[] = [];
  for (const contender of selected) {
    const input = inputs.get(contender.input)!;
    const row = toRow(contender, input, await measure(contender.id, input, options.runs, options.warmups));
    rows.push(row);
    console.log(`  ${row.label} (${row.input}): ${row.mibPerSecond?.toFixed(1) ?? '-'} MiB/s, ${row.peakRssMB?.toFixed(0)} MB, ${row.status}`);
  }
  console.log(`\n${formatTable(rows)}\n`);
  const resultsDir = join(repoRoot, 'bench/results');
  mkdirSync(resultsDir, { recursive: true });
  const file = join(resultsDir, options.constantMemoryCheck ? `parse-${options.sizeMiB}MiB-latest.json` : 'parse-latest.json');
  const machine = { node: process.version, cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, platform: `${process.platform}-${process.arch}`, loadAverage: { before: loadBefore, after: loadavg()[0]! } };
  const code = codeVersion();
  const inputsSummary = [...inputs.values()].map(({ kind, path, bytes, segments, transactions, interchanges }) => ({ kind, file: relative(repoRoot, path), bytes, segments, transactions, interchanges }));
  writeFileSync(file, `${JSON.stringify({ date: new Date().toISOString(), machine, code, options, processFloorRssMB: floor.maxRssMB, inputs: inputsSummary, rows }, null, 2)}\n`);
  console.log(`wrote ${relative(repoRoot, file)}`);
  if (options.cpuProfile) console.log('CPU profiles in bench/.data/profiles/<contender>/ (CPU.*.0.*.cpuprofile is the main thread); summarise one with: node --import tsx bench/parse/profile-summary.ts FILE');
}

/** Which engine was measured: the commit, and whether parsers/ had uncommitted changes at the time. */
function codeVersion(): { commit: string; parsersModified: boolean } | null {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repoRoot, encoding: 'utf8' }).trim();
    const status = execFileSync('git', ['status', '--porcelain', '--', 'parsers'], { cwd: repoRoot, encoding: 'utf8' });
    return { commit, parsersModified: status.trim() !== '' };
  } catch {
    return null;
  }
}

await main();
