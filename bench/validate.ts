/**
 * Validator throughput alone (no tokenizer) over ~400,000 segments of synthetic 850s (10 lines each), against the
 * real 004010 850 spec (or the validator's test spec when the real one is missing). Run: npx tsx bench/validate.ts
 *
 * Two layouts: "fresh" cycles a small pool of transactions, as in a parse where the tokenizer has just built the
 * segments it hands over (they are still in cache); "cold" validates 400,000 segments built up front, which
 * mostly measures memory latency. Times are this process's CPU time, best of several rounds.
 */
import type { Segment } from '../parsers/model.js';
import { dictionaryFor, resolveTransactionSpec } from '../parsers/specs/registry.js';
import { validateTransaction } from '../parsers/validate/index.js';
import { mini850, miniX12 } from '../parsers/validate/test-fixtures/mini-x12.js';

const LINES_PER_ORDER = 10;
const TARGET_SEGMENTS = 400_000;
const ROUNDS = Number(process.env.ROUNDS ?? 8);

function order(control: number): { segments: Segment[]; bytes: number } {
  const id = String(control).padStart(4, '0');
  const texts = [
    `ST*850*${id}`, `BEG*00*SA*PO${control}**20240115`, 'REF*DP*038', 'DTM*002*20240120',
    'N1*ST*ACME DC*92*0001', 'N3*1 MAIN ST', 'N4*SPRINGFIELD*IL*62701', 'N1*BT*ACME HQ',
  ];
  for (let line = 1; line <= LINES_PER_ORDER; line++) {
    texts.push(`PO1*${line}*${line * 3}*EA*${line}.25**BP*ITEM${line}`, `PID*F****WIDGET NUMBER ${line}`);
  }
  texts.push(`CTT*${LINES_PER_ORDER}`, `SE*${texts.length + 1}*${id}`);
  let at = 0;
  const segments = texts.map((text, index): Segment => {
    const [tag = '', ...values] = text.split('*');
    const segment = { tag, elements: values.map((value) => value.split(':')), offset: at, end: at + text.length + 1, index };
    at = segment.end + 1; // "~\n"
    return segment;
  });
  return { segments, bytes: at };
}

const real = resolveTransactionSpec('x12', '850', '004010')?.spec;
const spec = real ?? mini850;
const context = {
  standard: 'x12' as const,
  dictionary: real ? dictionaryFor('x12') : miniX12,
  decimalMark: '.',
  locate: () => ({ line: 1, column: 1 }),
};

function measure(name: string, pool: Segment[][], bytesPerTransaction: number): void {
  const transactions = Math.ceil(TARGET_SEGMENTS / (pool[0]?.length ?? 1));
  let best = Infinity;
  let problems = 0;
  for (let round = 0; round < ROUNDS; round++) {
    problems = 0;
    const started = process.cpuUsage();
    for (let index = 0; index < transactions; index++) {
      problems += validateTransaction(pool[index % pool.length] as Segment[], spec, context).problems.length;
    }
    const used = process.cpuUsage(started);
    best = Math.min(best, (used.user + used.system) / 1e6);
  }
  const segments = transactions * (pool[0]?.length ?? 0);
  console.log(
    `${name}: ${segments} segments in ${(best * 1000).toFixed(0)} ms = ${Math.round(segments / best).toLocaleString('en-US')} ` +
      `segments/s, ${((transactions * bytesPerTransaction) / 1048576 / best).toFixed(1)} MiB/s of X12 (${problems} problems)`,
  );
}

console.log(`spec: ${real ? 'real 004010 850' : 'test mini 850 (no real 850 spec yet)'}`);
const sample = order(1);
measure('fresh', Array.from({ length: 64 }, (_, index) => order(index + 1).segments), sample.bytes);
measure('cold ', Array.from({ length: Math.ceil(TARGET_SEGMENTS / sample.segments.length) }, (_, index) => order(index + 1).segments), sample.bytes);
