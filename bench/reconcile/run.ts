/**
 * `npm run bench:reconcile [-- --orders N] [--runs N] [--workers N] [--fresh]`: the reconciliation targets of issue 6
 * over a generated workspace (default 1,000,000 orders; `--orders 10000` is the quick mode). The workspace is written
 * once with SQL (fill.ts) and cached in bench/.data/ by a hash of the generator, the engine's rules and the migrations.
 * Each run clears the results, then times: the full reconcile (the app's own rebuildAll, the function the
 * reconcile.rebuild method and `crossdock reconcile --rebuild` run: partition by business keys, batches over worker
 * threads, results written through the store's lifecycle merge), peak RSS (VmHWM of this process: workers are
 * threads of it), precision and recall against the planted manifest, re-evaluation after one new document (100
 * samples: insert it, the store's evaluateThreads) and review-queue queries (listMismatches, p50).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type Database from 'better-sqlite3';
import { defaultRebuildWorkers, rebuildAll } from '../../main/core/reconcile-store/rebuild.js';
import { defaultMigrationsDir } from '../../main/core/workspace/migrate.js';
import { openWorkspace } from '../../main/core/workspace/workspace.js';
import { fillWorkspace, type PlantedMismatch } from './fill.js';
import { measureQueue, measureReevaluation } from './probes.js';
import { BENCH_NOW } from './scenario.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = join(here, '../..');
export const TARGETS = { fullSeconds: 120, peakRssMB: 1536, reevaluateMs: 10, queueMs: 50 };
const DEFECT_EVERY = 50;

const { values } = parseArgs({ options: { 'generate-only': { type: 'boolean', default: false }, orders: { type: 'string', default: '1000000' }, runs: { type: 'string', default: '1' }, workers: { type: 'string' }, fresh: { type: 'boolean', default: false }, 'batch-rows': { type: 'string', default: '1500' } } });
const orders = Number(values.orders);
const runs = Math.max(1, Number(values.runs));
const workerCount = Math.max(0, Number(values.workers ?? defaultRebuildWorkers()));
const batchRows = Number(values['batch-rows']);

function dataKey(): string {
  const hash = createHash('sha256');
  for (const file of ['scenario.ts', 'fill.ts']) hash.update(readFileSync(join(here, file)));
  for (const file of readdirSync(defaultMigrationsDir).sort()) hash.update(readFileSync(join(defaultMigrationsDir, file)));
  return `reconcile-${orders}-${hash.digest('hex').slice(0, 12)}`;
}

function prepareWorkspace(): string {
  const dir = join(root, 'bench/.data', dataKey());
  if (values.fresh) rmSync(dir, { recursive: true, force: true });
  if (existsSync(join(dir, 'manifest.json'))) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const started = performance.now();
  const workspace = openWorkspace(dir, { create: true });
  const filled = fillWorkspace(workspace.db, orders, DEFECT_EVERY, console.log);
  workspace.db.pragma('wal_checkpoint(TRUNCATE)');
  workspace.close();
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ orders, defectEvery: DEFECT_EVERY, ediDocuments: filled.ediDocuments, records: filled.records, planted: filled.planted }));
  console.log(`generated ${orders.toLocaleString('en-US')} orders: ${filled.ediDocuments.toLocaleString('en-US')} EDI documents, ${filled.records.toLocaleString('en-US')} ERP/WMS records, ${filled.facts} facts, ${filled.planted.length} planted mismatches in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return dir;
}

function vmHwmMB(): number {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    return match ? Number(match[1]) / 1024 : process.resourceUsage().maxRSS / 1024;
  } catch {
    return process.resourceUsage().maxRSS / 1024;
  }
}

interface FullRun {
  seconds: number;
  cpuSeconds: number;
  batches: { byWorkers: number; inThread: number };
  threads: number;
  inputs: number;
  mismatches: number;
  sampledPeakRssMB: number;
  found: Set<string>;
}

function clearResults(db: Database.Database): void {
  db.exec(`DELETE FROM mismatch_events; DELETE FROM mismatches; DELETE FROM recon_threads; DELETE FROM workspace_meta WHERE key = 'reconcile.lastFullRunAt';`);
}

/** The app's full rebuild (reconcile-store/rebuild.ts) over the workspace, from no results. */
async function fullReconcile(dir: string): Promise<FullRun> {
  const workspace = openWorkspace(dir);
  const db = workspace.db;
  clearResults(db);
  db.pragma('wal_checkpoint(TRUNCATE)');
  let sampledPeak = 0;
  const sampler = setInterval(() => (sampledPeak = Math.max(sampledPeak, process.memoryUsage.rss())), 50);
  const cpu = process.cpuUsage();
  const started = performance.now();
  const result = await rebuildAll(db, { now: BENCH_NOW, workers: workerCount, batchMembers: batchRows });
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  clearInterval(sampler);
  const found = new Set(db.prepare('SELECT id FROM mismatches WHERE present = 1').pluck().all() as string[]);
  workspace.close();
  return { seconds, cpuSeconds: (used.user + used.system) / 1e6, batches: result.batches, threads: result.threads, inputs: result.members, mismatches: found.size, sampledPeakRssMB: sampledPeak / 2 ** 20, found };
}

function accuracy(planted: PlantedMismatch[], found: Set<string>) {
  const expected = new Set(planted.map((item) => item.id));
  const truePositives = [...found].filter((id) => expected.has(id)).length;
  const missed = planted.filter((item) => !found.has(item.id));
  const extra = [...found].filter((id) => !expected.has(id));
  return { planted: expected.size, found: found.size, truePositives, precision: found.size ? truePositives / found.size : 1, recall: expected.size ? truePositives / expected.size : 1, missed: missed.slice(0, 10), extra: extra.slice(0, 10), types: new Set(planted.map((item) => item.type)).size };
}

const pct = (value: number) => `${(value * 100).toFixed(2)} %`;

async function main(): Promise<void> {
  const dir = prepareWorkspace();
  if (values['generate-only']) return;
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { ediDocuments: number; records: number; planted: PlantedMismatch[] };
  const loadBefore = loadavg()[0]!;
  console.log(`workspace ${relative(root, dir)}: ${orders.toLocaleString('en-US')} orders, ${manifest.ediDocuments.toLocaleString('en-US')} EDI documents, ${manifest.records.toLocaleString('en-US')} ERP/WMS records, ${manifest.planted.length} planted mismatches; ${workerCount} workers, load ${loadBefore.toFixed(1)} on ${cpus().length} cores`);
  const results = [];
  for (let run = 0; run < runs; run++) {
    const full = await fullReconcile(dir);
    const scores = accuracy(manifest.planted, full.found);
    const workspace = openWorkspace(dir);
    const reevaluation = measureReevaluation(workspace.db, orders, BENCH_NOW, 100);
    const queue = measureQueue(workspace.db);
    workspace.close();
    const peakRssMB = vmHwmMB();
    const { found: _found, ...fullFigures } = full;
    results.push({ full: fullFigures, peakRssMB, accuracy: scores, reevaluation, queue });
    console.log(`run ${run + 1}: full ${full.seconds.toFixed(1)} s (CPU ${full.cpuSeconds.toFixed(1)} s, batches ${full.batches.byWorkers} on workers / ${full.batches.inThread} in thread), peak RSS ${peakRssMB.toFixed(0)} MB, precision ${pct(scores.precision)}, recall ${pct(scores.recall)}, re-evaluation p50 ${reevaluation.p50Ms.toFixed(2)} ms p95 ${reevaluation.p95Ms.toFixed(2)} ms, queue worst p50 ${queue.worstP50Ms.toFixed(2)} ms`);
    if (scores.missed.length || scores.extra.length) console.log('  missed', scores.missed, 'extra', scores.extra);
  }
  const best = results.reduce((a, b) => (a.full.seconds <= b.full.seconds ? a : b));
  const row = (name: string, value: string, target: string, ok: boolean) => `${name.padEnd(34)} ${value.padStart(22)}  ${target.padEnd(12)} ${ok ? 'ok' : 'MISSED'}`;
  console.log(`\n${'figure'.padEnd(34)} ${'measured'.padStart(22)}  ${'target'.padEnd(12)} status`);
  console.log(row('full reconcile (best run)', `${best.full.seconds.toFixed(1)} s`, `<= ${TARGETS.fullSeconds} s`, best.full.seconds <= TARGETS.fullSeconds));
  console.log(row('  CPU (process, workers included)', `${best.full.cpuSeconds.toFixed(1)} s`, '', true));
  console.log(row('  threads / inputs', `${best.full.threads.toLocaleString('en-US')} / ${best.full.inputs.toLocaleString('en-US')}`, '', true));
  console.log(row('  threads per second', `${Math.round(best.full.threads / best.full.seconds).toLocaleString('en-US')}`, '', true));
  console.log(row('peak RSS (VmHWM, whole process)', `${best.peakRssMB.toFixed(0)} MB`, `<= ${TARGETS.peakRssMB} MB`, best.peakRssMB <= TARGETS.peakRssMB));
  console.log(row('re-evaluation, one new document', `p50 ${best.reevaluation.p50Ms.toFixed(2)} / p95 ${best.reevaluation.p95Ms.toFixed(2)} ms`, `<= ${TARGETS.reevaluateMs} ms`, best.reevaluation.p95Ms <= TARGETS.reevaluateMs));
  console.log(row('queue query (worst shape, p50)', `${best.queue.worstP50Ms.toFixed(2)} ms`, `<= ${TARGETS.queueMs} ms`, best.queue.worstP50Ms <= TARGETS.queueMs));
  console.log(row('precision / recall', `${pct(best.accuracy.precision)} / ${pct(best.accuracy.recall)}`, '100 %', best.accuracy.precision === 1 && best.accuracy.recall === 1));
  console.log(row('  planted (types) / found', `${best.accuracy.planted} (${best.accuracy.types}) / ${best.accuracy.found}`, '', true));
  const summary = { date: new Date().toISOString(), mode: 'reconcile-store rebuildAll (partitioned batches over workers)', machine: { node: process.version, cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, loadAverage: { before: loadBefore, after: loadavg()[0]! } }, orders, workers: workerCount, batchRows, targets: TARGETS, runs: results };
  const resultsDir = join(root, 'bench/results');
  mkdirSync(resultsDir, { recursive: true });
  const file = join(resultsDir, `reconcile-${orders}-latest.json`);
  writeFileSync(file, `${JSON.stringify(summary, null, 2)}\n`);
  console.log(`\n${JSON.stringify({ orders, fullSeconds: best.full.seconds, peakRssMB: Math.round(best.peakRssMB), reevaluateP50Ms: best.reevaluation.p50Ms, reevaluateP95Ms: best.reevaluation.p95Ms, queueWorstP50Ms: best.queue.worstP50Ms, precision: best.accuracy.precision, recall: best.accuracy.recall })}`);
  console.log(`wrote ${relative(root, file)}`);
}

await main();
