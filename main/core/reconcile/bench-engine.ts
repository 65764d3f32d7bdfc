/**
 * Speed check of the pure engine (not a test): `npx tsx main/core/reconcile/bench-engine.ts [orders]`. Builds
 * synthetic order threads in memory (2 % with a planted defect), then times buildThreads and reconcileThread, in wall
 * and CPU time. A calibration line (one million Map.set) shows how loaded the machine was.
 */
import { reconcileThread } from './reconcile.js';
import { plantedDefect, syntheticContext, syntheticInputs } from './synthetic.js';
import { buildThreads } from './threads.js';

function measure<T>(work: () => T): { result: T; wallMs: number; cpuMs: number } {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const result = work();
  const used = process.cpuUsage(cpu);
  return { result, wallMs: performance.now() - started, cpuMs: (used.user + used.system) / 1000 };
}

const count = Number(process.argv[2] ?? 10_000);
const defectEvery = 50;
const calibration = measure(() => {
  const map = new Map<string, number>();
  for (let index = 0; index < 1_000_000; index++) map.set(`key:${index}`, index);
  return map.size;
});
const inputs = syntheticInputs(count, defectEvery);
const context = syntheticContext();

const built = measure(() => buildThreads(inputs, context.items));
const threads = built.result;
const reconciled = measure(() => {
  let found = 0;
  for (const thread of threads) found += reconcileThread(thread, context).length;
  return found;
});

let planted = 0;
for (let index = 0; index < count; index++) if (plantedDefect(index, defectEvery)) planted++;
const rate = (ms: number) => Math.round((threads.length / ms) * 1000).toLocaleString('en-US');
const line = (name: string, run: { wallMs: number; cpuMs: number }) =>
  `${name.padEnd(16)} wall ${run.wallMs.toFixed(0)} ms (${rate(run.wallMs)} threads/s), cpu ${run.cpuMs.toFixed(0)} ms (${rate(run.cpuMs)} threads/s)`;
console.log(`calibration: 1,000,000 Map.set in ${calibration.wallMs.toFixed(0)} ms wall (compare across runs: it shows how loaded the machine is)`);
console.log(`${count} orders, ${inputs.length} documents, ${threads.length} threads`);
console.log(line('buildThreads', built));
console.log(line('reconcileThread', reconciled));
console.log(`mismatches ${reconciled.result} (planted ${planted})`);
console.log(`heap used ${(process.memoryUsage().heapUsed / 1_048_576).toFixed(0)} MiB`);
