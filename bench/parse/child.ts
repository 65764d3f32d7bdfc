/**
 * One contender in its own process, so its peak RSS is its own: `node --expose-gc --import tsx child.ts ID FILE RUNS
 * WARMUPS`. Prints one JSON line: the time of each measured run, the segments each run counted, and the process's
 * peak RSS. The id `idle` loads nothing and reports the floor of a Node process with the TypeScript loader.
 */
import { contenders } from './contenders/index.js';

export interface ChildReport {
  id: string;
  runsMs: number[];
  /** user + system CPU time of each measured run: steadier than wall time on a busy machine */
  runsCpuMs: number[];
  segments: number[];
  maxRssMB: number;
  error?: string;
}

async function main(): Promise<ChildReport> {
  const [id = '', path = '', runsText = '3', warmupsText = '1'] = process.argv.slice(2);
  const report: ChildReport = { id, runsMs: [], runsCpuMs: [], segments: [], maxRssMB: 0 };
  if (id === 'idle') return report;
  const contender = contenders.find((candidate) => candidate.id === id);
  if (!contender) throw new Error(`unknown contender ${id}`);
  const parser = await contender.load();
  const collect = globalThis.gc ?? ((): void => {});
  for (let run = 0; run < Number(warmupsText); run++) await parser.parse(path);
  for (let run = 0; run < Number(runsText); run++) {
    collect();
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    const segments = await parser.parse(path);
    const cpu = process.cpuUsage(cpuBefore);
    report.runsMs.push(performance.now() - started);
    report.runsCpuMs.push((cpu.user + cpu.system) / 1000);
    report.segments.push(segments);
  }
  return report;
}

const report = await main().catch((error: unknown): ChildReport => ({
  id: process.argv[2] ?? '',
  runsMs: [],
  runsCpuMs: [],
  segments: [],
  maxRssMB: 0,
  error: error instanceof Error ? error.message.split('\n')[0] : String(error),
}));
// maxRSS is in KiB and covers the whole life of the process, warm-up included.
report.maxRssMB = process.resourceUsage().maxRSS / 1024;
process.stdout.write(`${JSON.stringify(report)}\n`);
