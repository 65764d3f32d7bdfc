/**
 * `npm run bench:ingest`: end-to-end ingest (archive with fsync, receipt, parse, store) into a fresh workspace per run,
 * each run in its own child process so its peak RSS is its own. Cases: the parse benchmark's 50 MiB X12 file, and
 * 10,000 small files (1–3 KB, 40 partners, 8 transaction types). Prints a table and writes
 * bench/results/ingest-latest.json. Options: --runs N (default 3), --only big,small, --files N, --cpu-prof.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import type { IngestChildReport } from './child.js';
import { bigInput, smallInput, type IngestInput } from './data/inputs.js';
import { withCoreIoThreads } from '../../main/core/ingest/io-threads.js';
import { formatIngestTable, summarise, TARGETS, type IngestRow } from './table.js';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = join(here, '../..');
const runChild = promisify(execFile);

function options() {
  const { values } = parseArgs({ options: { runs: { type: 'string' }, only: { type: 'string' }, files: { type: 'string' }, 'cpu-prof': { type: 'boolean' }, help: { type: 'boolean' } }, strict: true });
  if (values.help) {
    console.log('Usage: npm run bench:ingest -- [--runs N] [--only big,small] [--files N] [--cpu-prof]');
    process.exit(0);
  }
  const runs = Number(values.runs ?? 3);
  const files = Number(values.files ?? 10_000);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs needs a positive integer, got '${values.runs}'`);
  if (!Number.isInteger(files) || files < 1) throw new Error(`--files needs a positive integer, got '${values.files}'`);
  const only = values.only ? values.only.split(',').map((kind) => kind.trim()) : ['big', 'small'];
  return { runs, files, only, cpuProfile: values['cpu-prof'] ?? false };
}

/**
 * Every run's workspace stays until all runs are done. Deleting one between runs made the next run pay for it: ext4
 * skips inodes freed in the last 60-360 s when it allocates one, checking them one by one (perf: 25-40% of the
 * process's CPU in find_inode_bit/recently_deleted under openat), and a run after 20,000 deleted files took 9-14 s
 * instead of 6. A fresh workspace on a disk that did not just delete one is what a user's first import meets.
 */
const workspaces: string[] = [];

async function measure(kind: string, input: string, cpuProfile: boolean): Promise<IngestChildReport> {
  const workspace = mkdtempSync(join(tmpdir(), `crossdock-bench-ingest-${kind}-`));
  workspaces.push(workspace);
  const profile = cpuProfile && kind !== 'idle' ? ['--cpu-prof', '--cpu-prof-dir', join(repoRoot, 'bench/.data/profiles', `ingest-${kind}`)] : [];
  const args = [...profile, '--import', 'tsx', join(here, 'child.ts'), kind, input, join(workspace, 'ws')];
  // the core process as the desktop app forks it (its thread pool size)
  const { stdout } = await runChild(process.execPath, args, { cwd: repoRoot, maxBuffer: 1 << 20, env: withCoreIoThreads(process.env) });
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as IngestChildReport;
}

async function main(): Promise<void> {
  const { runs, files, only, cpuProfile } = options();
  const inputs: IngestInput[] = [];
  if (only.includes('big')) inputs.push(bigInput());
  if (only.includes('small')) inputs.push(smallInput(files));
  for (const input of inputs) {
    console.log(`${input.kind}: ${relative(repoRoot, input.path)} (${input.files.toLocaleString('en-US')} files, ${(input.bytes / 2 ** 20).toFixed(1)} MiB, ${input.transactions.toLocaleString('en-US')} transactions${input.generated ? ', generated now' : ', cached'})`);
  }
  const floor = await measure('idle', '', false);
  const loadBefore = loadavg()[0]!;
  console.log(`process floor (node + tsx loader + core, empty workspace): ${floor.maxRssMB.toFixed(0)} MB peak RSS`);
  console.log(`${runs} runs per case, each into a fresh workspace in its own child process (UV_THREADPOOL_SIZE ${withCoreIoThreads(process.env).UV_THREADPOOL_SIZE}, as the desktop app's core); load average ${loadBefore.toFixed(1)} on ${cpus().length} cores\n`);
  if (loadBefore > cpus().length * 0.75) console.warn('warning: the machine is busy; figures will be low and noisy\n');
  const rows: IngestRow[] = [];
  for (const input of inputs) {
    const reports: IngestChildReport[] = [];
    for (let run = 0; run < runs; run++) {
      const report = await measure(input.kind, input.path, cpuProfile);
      reports.push(report);
      const seconds = report.ingestMs / 1000;
      console.log(`  ${input.kind} run ${run + 1}: ${report.error ? `FAILED: ${report.error}` : `${seconds.toFixed(2)} s (CPU ${(report.cpuMs / 1000).toFixed(2)} s${report.mainThreadCpuMs === null ? '' : `, main thread ${(report.mainThreadCpuMs / 1000).toFixed(2)} s`}), ${(input.files / seconds).toFixed(0)} files/s, ${(input.bytes / 2 ** 20 / seconds).toFixed(1)} MiB/s, ${report.maxRssMB.toFixed(0)} MB`}`);
    }
    rows.push(summarise(input, reports));
  }
  console.log(`\n${formatIngestTable(rows)}\n`);
  console.log(`targets: >= ${TARGETS.mibPerSecond} MiB/s (big file), >= ${TARGETS.filesPerSecond} files/s (small files), peak RSS <= ${TARGETS.peakRssMB} MB`);
  const resultsDir = join(repoRoot, 'bench/results');
  mkdirSync(resultsDir, { recursive: true });
  const file = join(resultsDir, 'ingest-latest.json');
  const machine = { node: process.version, cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, platform: `${process.platform}-${process.arch}`, loadAverage: { before: loadBefore, after: loadavg()[0]! } };
  writeFileSync(file, `${JSON.stringify({ date: new Date().toISOString(), machine, runs, processFloorRssMB: floor.maxRssMB, rows }, null, 2)}\n`);
  console.log(`wrote ${relative(repoRoot, file)}`);
  if (cpuProfile) console.log('CPU profiles in bench/.data/profiles/ingest-<case>/; summarise one with: node --import tsx bench/parse/profile-summary.ts FILE');
}

try {
  await main();
} finally {
  for (const workspace of workspaces) rmSync(workspace, { recursive: true, force: true });
}
