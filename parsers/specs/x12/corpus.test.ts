/**
 * Checks the specs against real partner files from other projects (../shared/corpus, absent in a user's clone):
 * every segment tag must be one the spec of its transaction type defines, and the segments must fit the spec's
 * order, loops and repeat counts. A tiny splitter and loop matcher live here so the check does not depend on the
 * parser being written alongside these specs.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { LoopSpec, SegmentRef, TransactionSpec } from '../types.js';
import { x12Dictionary } from './index.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const corpusDir = path.resolve(repoRoot, '../shared/corpus/x12');
const checkedTypes = new Set(['850', '855', '856', '810', '997', '999', '940']);

/**
 * Files exempt from the structure check, with the reason. None today: the corpus's [invalid] 940s break element
 * content and counts (W01**1*EA, SE01), not segment order, so they must fit the structure like the others.
 */
const structureExceptions: Record<string, string> = {};

interface CorpusTransaction {
  file: string;
  type: string;
  tags: string[];
}

/** Splits each interchange with the delimiters its own ISA declares (element = byte 4, terminator = byte 106). */
function transactionsIn(file: string, text: string): CorpusTransaction[] {
  const found: CorpusTransaction[] = [];
  let from = 0;
  for (let start = text.indexOf('ISA', from); start >= 0; start = text.indexOf('ISA', from)) {
    const separator = text[start + 3] ?? '';
    const terminator = text[start + 105] ?? '';
    if (text.slice(start, start + 106).split(separator).length !== 17 || terminator === '') {
      from = start + 3;
      continue;
    }
    let current: CorpusTransaction | null = null;
    let position = start;
    while (position < text.length) {
      const end = text.indexOf(terminator, position);
      const raw = text.slice(position, end < 0 ? text.length : end).replace(/^[\r\n\s]+/, '');
      position = end < 0 ? text.length : end + 1;
      const fields = raw.split(separator);
      const tag = fields[0] ?? '';
      if (tag === 'ST') current = { file, type: fields[1] ?? '', tags: [] };
      if (current !== null) current.tags.push(tag);
      if (tag === 'SE' && current !== null) {
        found.push(current);
        current = null;
      }
      if (tag === 'IEA') break;
    }
    from = position;
  }
  return found;
}

type Node = SegmentRef | LoopSpec;
const triggerOf = (node: Node): string => (node.kind === 'segment' ? node.tag : (node.children[0] as SegmentRef).tag);
const within = (count: number, max: number) => max === 0 || count <= max;

/**
 * Matches tags against one level of the spec the way X12 loops are read: move forward through the level, a loop
 * trigger starts a new iteration, anything this level cannot place ends the level. Returns the next tag index.
 */
function matchLevel(nodes: Node[], tags: string[], index: number, insideLoop: boolean, problems: string[]): number {
  const counts = new Array<number>(nodes.length).fill(0);
  let cursor = insideLoop ? 1 : 0;
  if (insideLoop) counts[0] = 1;
  let position = insideLoop ? index + 1 : index;
  while (position < tags.length) {
    const tag = tags[position] ?? '';
    let found = -1;
    for (let candidate = cursor; candidate < nodes.length; candidate++) {
      if (insideLoop && candidate === 0) continue;
      if (triggerOf(nodes[candidate] as Node) === tag) {
        found = candidate;
        break;
      }
    }
    if (found < 0) {
      if (insideLoop) break;
      problems.push(`segment ${tag} at ${position + 1} does not fit here`);
      position++;
      continue;
    }
    for (let skipped = cursor; skipped < found; skipped++) {
      const node = nodes[skipped] as Node;
      if (node.usage === 'M' && counts[skipped] === 0) problems.push(`required ${triggerOf(node)} missing before ${tag}`);
    }
    cursor = found;
    const node = nodes[found] as Node;
    counts[found] = (counts[found] ?? 0) + 1;
    if (!within(counts[found] ?? 0, node.max)) problems.push(`${triggerOf(node)} repeats more than ${node.max} times`);
    position = node.kind === 'loop' ? matchLevel(node.children, tags, position, true, problems) : position + 1;
  }
  for (let rest = cursor; rest < nodes.length; rest++) {
    const node = nodes[rest] as Node;
    if (node.usage === 'M' && counts[rest] === 0) problems.push(`required ${triggerOf(node)} missing at the end`);
  }
  return position;
}

function specTags(spec: TransactionSpec): Set<string> {
  const tags = new Set<string>();
  const visit = (nodes: Node[]) => {
    for (const node of nodes) {
      if (node.kind === 'segment') tags.add(node.tag);
      else visit(node.children);
    }
  };
  visit(spec.body);
  return tags;
}

const corpus: CorpusTransaction[] = existsSync(corpusDir)
  ? readdirSync(corpusDir)
      .sort()
      .flatMap((file) => transactionsIn(file, readFileSync(path.join(corpusDir, file), 'latin1')))
      .filter((transaction) => checkedTypes.has(transaction.type))
  : [];

describe.skipIf(!existsSync(corpusDir))(`X12 specs against the shared corpus (${corpusDir}; skipped when absent)`, () => {
  const specFor = (type: string) => x12Dictionary.transactions.find((spec) => spec.type === type);

  it('has a structure check that reports misplaced, missing and over-repeated segments', () => {
    const purchaseOrder = specFor('850') as TransactionSpec;
    const problems: string[] = [];
    matchLevel(purchaseOrder.body, ['ST', 'PO1', 'BEG', 'CTT', 'CTT', 'SE'], 0, false, problems);
    expect(problems).toEqual([
      'required BEG missing before PO1',
      'segment BEG at 3 does not fit here',
      'CTT repeats more than 1 times',
    ]);
    const shipNotice = specFor('856') as TransactionSpec;
    const fine: string[] = [];
    matchLevel(shipNotice.body, ['ST', 'BSN', 'HL', 'TD1', 'HL', 'PRF', 'HL', 'LIN', 'SN1', 'CTT', 'SE'], 0, false, fine);
    expect(fine).toEqual([]);
  });

  it('finds transactions of every checked type in the corpus', () => {
    const types = new Set(corpus.map((transaction) => transaction.type));
    for (const type of checkedTypes) expect(types.has(type), type).toBe(true);
  });

  it.each(corpus.map((transaction, index) => [`${transaction.file} #${index} (${transaction.type})`, transaction] as const))(
    '%s uses only segment tags its spec defines',
    (_label, transaction) => {
      const spec = specFor(transaction.type);
      expect(spec).toBeDefined();
      const known = specTags(spec as TransactionSpec);
      const unknown = transaction.tags.filter((tag) => !known.has(tag));
      expect(unknown).toEqual([]);
    },
  );

  it.each(corpus.map((transaction, index) => [`${transaction.file} #${index} (${transaction.type})`, transaction] as const))(
    '%s fits the spec order, loops and repeats',
    (_label, transaction) => {
      const problems: string[] = [];
      matchLevel((specFor(transaction.type) as TransactionSpec).body, transaction.tags, 0, false, problems);
      if (structureExceptions[transaction.file] !== undefined) expect(problems).not.toEqual([]);
      else expect(problems).toEqual([]);
    },
  );
});
