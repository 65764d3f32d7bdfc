/**
 * Benchmark inputs in bench/.data/, generated once and reused: the file name carries a hash of the generator's
 * parameters and source, so changing either produces a new file and a stale one is never measured.
 */
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateEdifactOrders } from './edifact-orders.js';
import { generateX12Orders, type GeneratedTotals } from './x12-orders.js';

export type InputKind = 'x12' | 'edifact';

export interface BenchInput extends GeneratedTotals {
  kind: InputKind;
  path: string;
  /** true when this run generated the file, with how long it took */
  generated: boolean;
  generationMs: number;
}

const here = dirname(fileURLToPath(import.meta.url));
export const DATA_DIR = join(here, '../../.data');
const GENERATOR_SOURCES = ['random.ts', 'vocabulary.ts', 'x12-orders.ts', 'edifact-orders.ts', 'inputs.ts'];
const FLUSH_CHARS = 1 << 20;

export function ensureInput(kind: InputKind, sizeMiB: number): BenchInput {
  const parameters = { kind, targetBytes: Math.round(sizeMiB * 1024 * 1024), seed: kind === 'x12' ? 850 : 96, linesPerOrder: 10, ordersPerInterchange: 500 };
  const hash = createHash('sha256').update(JSON.stringify(parameters));
  for (const source of GENERATOR_SOURCES) hash.update(readFileSync(join(here, source)));
  const base = join(DATA_DIR, `${kind}-orders-${sizeMiB}MiB-${hash.digest('hex').slice(0, 12)}`);
  const path = `${base}.${kind === 'x12' ? 'x12' : 'edi'}`;
  const metaPath = `${base}.json`;
  if (existsSync(path) && existsSync(metaPath)) {
    const totals = JSON.parse(readFileSync(metaPath, 'utf8')) as GeneratedTotals;
    return { kind, path, generated: false, generationMs: 0, ...totals };
  }
  mkdirSync(DATA_DIR, { recursive: true });
  removeStale(`${kind}-orders-${sizeMiB}MiB-`);
  const started = performance.now();
  // unique per process: two runs generating the same input side by side must not write into one file
  const partial = `${path}.${process.pid}.partial`;
  const fd = openSync(partial, 'w');
  let pending: string[] = [];
  let pendingChars = 0;
  const flush = (): void => {
    writeSync(fd, Buffer.from(pending.join(''), 'latin1'));
    pending = [];
    pendingChars = 0;
  };
  let totals: GeneratedTotals;
  try {
    const write = (text: string): void => {
      pending.push(text);
      pendingChars += text.length;
      if (pendingChars >= FLUSH_CHARS) flush();
    };
    totals = kind === 'x12' ? generateX12Orders(parameters, write) : generateEdifactOrders(parameters, write);
    flush();
  } finally {
    closeSync(fd);
  }
  renameSync(partial, path);
  writeFileSync(metaPath, `${JSON.stringify(totals, null, 2)}\n`);
  return { kind, path, generated: true, generationMs: performance.now() - started, ...totals };
}

/** Inputs of the same kind and size from an older generator are 50 MiB (or 1 GiB) each: drop them. */
function removeStale(prefix: string): void {
  for (const name of readdirSync(DATA_DIR)) if (name.startsWith(prefix) && !name.endsWith('.partial')) rmSync(join(DATA_DIR, name), { force: true });
}
