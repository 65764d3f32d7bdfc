/**
 * One ingest run in its own process, so its peak RSS is its own: `node --import tsx child.ts KIND INPUT WORKSPACE`.
 * Creates the workspace, ingests INPUT (a file or a folder) through the same task path the app uses, closes the
 * workspace and prints one JSON line. KIND `idle` opens the workspace and ingests nothing: the process floor.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createCore } from '../../main/core/core.js';
import { sourcesFromPaths } from '../../main/core/ingest/batch.js';
import { startIngestTask } from '../../main/core/ingest/run-task.js';
import { DATABASE_FILE } from '../../main/core/workspace/workspace.js';

export interface IngestChildReport {
  kind: string;
  files: number;
  ingested: number;
  transactions: number;
  bytes: number;
  errors: number;
  /** from the start of the ingest task to its summary, workspace opening excluded */
  ingestMs: number;
  openMs: number;
  cpuMs: number;
  /** the main thread's own CPU time during the ingest (Linux; null elsewhere): what the database work is bound by */
  mainThreadCpuMs: number | null;
  databaseBytes: number;
  archiveBytes: number;
  maxRssMB: number;
  error?: string;
}

/** user + system time of this process's main thread, from /proc (in USER_HZ ticks: 100 per second on Linux). */
function mainThreadCpuMs(): number | null {
  try {
    const fields = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    const ticks = Number(fields[11]) + Number(fields[12]);
    return Number.isFinite(ticks) ? ticks * 10 : null;
  } catch {
    return null;
  }
}

function folderBytes(folder: string): number {
  let total = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    total += entry.isDirectory() ? folderBytes(path) : statSync(path).size;
  }
  return total;
}

async function main(report: IngestChildReport, input: string, workspaceDir: string): Promise<void> {
  const opened = performance.now();
  const core = createCore({ workspaceDir, create: true, mode: 'cli', actor: 'bench' });
  report.openMs = performance.now() - opened;
  if (report.kind !== 'idle') {
    const { sources } = sourcesFromPaths([input]);
    const cpu = process.cpuUsage();
    const mainCpu = mainThreadCpuMs();
    const started = performance.now();
    const summary = await startIngestTask(core.context, sources, 'cli', 'bench').done;
    report.ingestMs = performance.now() - started;
    const used = process.cpuUsage(cpu);
    report.cpuMs = (used.user + used.system) / 1000;
    const mainCpuAfter = mainThreadCpuMs();
    report.mainThreadCpuMs = mainCpu === null || mainCpuAfter === null ? null : mainCpuAfter - mainCpu;
    Object.assign(report, { files: summary.files, ingested: summary.ingested, transactions: summary.transactions, bytes: summary.bytes, errors: summary.errors });
  }
  core.close();
  report.databaseBytes = statSync(join(workspaceDir, DATABASE_FILE)).size;
  report.archiveBytes = folderBytes(join(workspaceDir, 'archive'));
}

const [kind = 'idle', input = '', workspaceDir = ''] = process.argv.slice(2);
const report: IngestChildReport = { kind, files: 0, ingested: 0, transactions: 0, bytes: 0, errors: 0, ingestMs: 0, openMs: 0, cpuMs: 0, mainThreadCpuMs: null, databaseBytes: 0, archiveBytes: 0, maxRssMB: 0 };
await main(report, input, workspaceDir).catch((error: unknown) => {
  report.error = error instanceof Error ? error.message.split('\n')[0] : String(error);
});
// maxRSS is in KiB and covers the whole life of the process.
report.maxRssMB = process.resourceUsage().maxRSS / 1024;
process.stdout.write(`${JSON.stringify(report)}\n`);
