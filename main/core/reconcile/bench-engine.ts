/**
 * Speed check of the pure engine (not a test): `npx tsx --max-semi-space-size=32 main/core/reconcile/bench-engine.ts
 * [orders] [batchOrders]`. The inputs are the reconcile benchmark's world (bench/reconcile/scenario.ts: 850, ERP
 * order, 855, WMS shipment, 856 with SSCC cartons, 810, a return with its credit every 20th order, a planted defect of
 * any of the 23 types in every 50th, ack and control-number facts), cut into batches of about 1,000 orders (6,000
 * rows) as the rebuild workers are, each batch a fresh JSON copy as if just read from the store (parsing is not
 * timed). Times buildThreads and reconcileThread per batch in CPU time (which includes the garbage collector's
 * threads); a semi-space of 32 MB matches the workers' 96 MB young generation. A calibration line (one million
 * Map.set) shows how loaded the machine was.
 */
import { BENCH_NOW, defectOf, orderCase } from '../../../bench/reconcile/scenario.js';
import { reconcileThread } from './reconcile.js';
import { plainItems } from './resolver.js';
import { DEFAULT_SETTINGS } from './settings.js';
import { buildThreads } from './threads.js';
import type { ReconcileContext, ReconcileInput } from './types.js';

const cpuNow = () => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
};

const count = Number(process.argv[2] ?? 10_000);
const batchOrders = Number(process.argv[3] ?? 1_000);
const defectEvery = 50;
const context: ReconcileContext = { now: BENCH_NOW, items: plainItems, settingsFor: () => DEFAULT_SETTINGS };

const calibrationStart = performance.now();
const calibration = new Map<string, number>();
for (let index = 0; index < 1_000_000; index++) calibration.set(`key:${index}`, index);
const calibrationMs = performance.now() - calibrationStart;
calibration.clear();

function batchInputs(from: number, to: number): ReconcileInput[] {
  const inputs: ReconcileInput[] = [];
  for (let index = from; index < to; index++) {
    const { documents, facts } = orderCase(index, defectOf(index, defectEvery));
    for (const { document, receivedAt } of documents) inputs.push({ kind: 'document', document, receivedAt });
    for (const fact of facts) inputs.push(fact);
  }
  // a fresh copy, as the workers parse each row from the store: no objects shared between documents
  return JSON.parse(JSON.stringify(inputs)) as ReconcileInput[];
}

let inputCount = 0;
let threadCount = 0;
let mismatchCount = 0;
let buildCpu = 0;
let reconcileCpu = 0;
let buildWall = 0;
let reconcileWall = 0;
for (let from = 0; from < count; from += batchOrders) {
  const inputs = batchInputs(from, Math.min(count, from + batchOrders));
  inputCount += inputs.length;
  let cpu = cpuNow();
  let wall = performance.now();
  const threads = buildThreads(inputs, context.items);
  buildCpu += cpuNow() - cpu;
  buildWall += performance.now() - wall;
  cpu = cpuNow();
  wall = performance.now();
  for (const thread of threads) mismatchCount += reconcileThread(thread, context).length;
  reconcileCpu += cpuNow() - cpu;
  reconcileWall += performance.now() - wall;
  threadCount += threads.length;
}

let planted = 0;
for (let index = 0; index < count; index++) if (defectOf(index, defectEvery)) planted++;
const per10k = (ms: number) => ((ms / threadCount) * 10_000).toFixed(0);
const line = (name: string, wallMs: number, cpuMs: number) => `${name.padEnd(16)} wall ${wallMs.toFixed(0)} ms, cpu ${cpuMs.toFixed(0)} ms = ${per10k(cpuMs)} ms cpu per 10k threads`;
console.log(`calibration: 1,000,000 Map.set in ${calibrationMs.toFixed(0)} ms wall (compare across runs: it shows how loaded the machine is)`);
console.log(`${count} orders in batches of ${batchOrders}, ${inputCount} inputs, ${threadCount} threads`);
console.log(line('buildThreads', buildWall, buildCpu));
console.log(line('reconcileThread', reconcileWall, reconcileCpu));
console.log(line('engine', buildWall + reconcileWall, buildCpu + reconcileCpu));
console.log(`mismatches ${mismatchCount} (planted defects ${planted}; a stock plant adds its own thread)`);
