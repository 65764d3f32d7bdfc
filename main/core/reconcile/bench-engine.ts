/**
 * Speed check of the pure engine (not a test): `npx tsx main/core/reconcile/bench-engine.ts [threads]`. Builds
 * synthetic order threads in memory (2 % with a planted defect), then times buildThreads and reconcileThread.
 */
import { reconcileThread } from './reconcile.js';
import { plantedDefect, syntheticContext, syntheticInputs } from './synthetic.js';
import { buildThreads } from './threads.js';

const count = Number(process.argv[2] ?? 10_000);
const defectEvery = 50;
const inputs = syntheticInputs(count, defectEvery);
const context = syntheticContext();

let started = performance.now();
const threads = buildThreads(inputs, context.items);
const buildMs = performance.now() - started;

started = performance.now();
let mismatches = 0;
for (const thread of threads) mismatches += reconcileThread(thread, context).length;
const reconcileMs = performance.now() - started;

let planted = 0;
for (let index = 0; index < count; index++) if (plantedDefect(index, defectEvery)) planted++;
const rate = (ms: number) => Math.round((threads.length / ms) * 1000).toLocaleString('en-US');
console.log(`${count} orders, ${inputs.length} documents, ${threads.length} threads`);
console.log(`buildThreads     ${buildMs.toFixed(0)} ms (${rate(buildMs)} threads/s)`);
console.log(`reconcileThread  ${reconcileMs.toFixed(0)} ms (${rate(reconcileMs)} threads/s)`);
console.log(`mismatches ${mismatches} (planted ${planted})`);
console.log(`heap used ${(process.memoryUsage().heapUsed / 1_048_576).toFixed(0)} MiB`);
