/**
 * Differential tests against the npm parsers `node-x12` and `x12-parser`, on inputs where they are right. Where
 * they are known to be wrong the input is left out, with the reason (see the issue: x12-parser trims values and
 * takes ISA11 for data; node-x12 drops small stream chunks, strips ISA13's zeros and crashes on a BOM).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import nodeX12 from 'node-x12';
import { describe, expect, it } from 'vitest';
import { X12parser } from 'x12-parser';
import type { Segment, X12Delimiters } from '../model.js';
import { bytesOf, interchange, po850, simpleFile, withDelimiters, x12 } from './fixtures/builders.js';
import { parseX12 } from './parse.js';

const corpusDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared/corpus/x12');

/** Our transaction segments (ST..SE) as tag|value|value, components joined with '>' and repetitions kept raw. */
function ours(bytes: Uint8Array): string[] {
  const lines: string[] = [];
  for (const interchangeResult of parseX12(bytes, { validate: 'envelope' }).interchanges) {
    const { repetition } = interchangeResult.delimiters as X12Delimiters;
    for (const group of interchangeResult.groups) {
      for (const transaction of group.transactions) {
        for (const segment of transaction.segments!) lines.push([segment.tag, ...rawValues(segment, repetition)].join('|'));
      }
    }
  }
  return lines;
}

function rawValues(segment: Segment, repetition: string | null): string[] {
  return segment.elements.map((element, i) => (segment.repeats?.[i] ?? [element]).map((c) => c.join('>')).join(repetition ?? ''));
}

interface NodeX12Element { value: string }
interface NodeX12Segment { tag: string; elements: NodeX12Element[] }
interface NodeX12Interchange {
  functionalGroups: { transactions: { header: NodeX12Segment; segments: NodeX12Segment[]; trailer: NodeX12Segment }[] }[];
  elementDelimiter: string;
  options?: { subElementDelimiter?: string };
}

/** node-x12's whole-string parser (not its stream, which drops chunks), composites unsplit in its values. */
function nodeX12Lines(bytes: Uint8Array, component: string): string[] {
  const parser = new (nodeX12 as unknown as { X12Parser: new (strict: boolean) => { parse(text: string): NodeX12Interchange } }).X12Parser(false);
  const parsed = parser.parse(Buffer.from(bytes).toString('latin1'));
  const line = (s: NodeX12Segment) => [s.tag, ...s.elements.map((e) => e.value.split(component).join('>'))].join('|');
  return parsed.functionalGroups.flatMap((g) => g.transactions.flatMap((t) => [line(t.header), ...t.segments.map(line), line(t.trailer)]));
}

/** x12-parser's stream; it trims values, so ours are trimmed for the comparison. Components come as n, n-1, n-2. */
async function x12ParserLines(bytes: Uint8Array): Promise<string[]> {
  const out: Record<string, string>[] = [];
  await new Promise<void>((resolve, reject) => {
    Readable.from([Buffer.from(bytes)]).pipe(new X12parser()).on('data', (d: Record<string, string>) => out.push(d)).on('end', () => resolve()).on('error', reject);
  });
  let inTransaction = false;
  const lines: string[] = [];
  for (const segment of out) {
    if (segment.name === 'ST') inTransaction = true;
    if (inTransaction) {
      const values: string[] = [];
      for (let n = 1; segment[n] !== undefined; n++) {
        const components = [segment[n]!];
        for (let k = 1; segment[`${n}-${k}`] !== undefined; k++) components.push(segment[`${n}-${k}`]!);
        values.push(components.join('>'));
      }
      lines.push([segment.name, ...values].join('|'));
    }
    if (segment.name === 'SE') inTransaction = false;
  }
  return lines;
}

const trimmed = (lines: string[]) => lines.map((l) => l.split('|').map((v) => v.split('>').map((c) => c.trim()).join('>')).join('|'));

/** Our own fixtures, in shapes both libraries read correctly. */
const fixtures: Record<string, string> = {
  'tilde with LF': simpleFile(3),
  'tilde with CRLF': simpleFile(2, '\r\n'),
  'no line breaks': simpleFile(2, ''),
  'pipe, caret, CR terminator': withDelimiters(x12(interchange([{ control: '1', transactions: [po850('0001', 4), ['ST*850*0002', 'ZZZ*A:B:C*D', 'SE*3*0002']] }]), '~', ''), { element: '|', component: '^', segment: '\r' }),
  'LF terminator': withDelimiters(simpleFile(2, ''), { element: '*', component: '>', segment: '\n' }),
};

describe('differential: node-x12', () => {
  it.each(Object.keys(fixtures))('agrees on our fixture: %s', (name) => {
    const text = fixtures[name]!;
    const component = parseX12(bytesOf(text)).interchanges[0]!.delimiters.component;
    expect(ours(bytesOf(text))).toEqual(nodeX12Lines(bytesOf(text), component));
  });
});

describe('differential: x12-parser', () => {
  it.each(Object.keys(fixtures))('agrees on our fixture: %s', async (name) => {
    const bytes = bytesOf(fixtures[name]!);
    expect(trimmed(ours(bytes))).toEqual(await x12ParserLines(bytes));
  });
});

/** Where the oracle is wrong, and why. */
const NODE_X12_WRONG: Record<string, string> = {
  'bots-edi__bots-plugins__830-004010UCS-01.x12': 'keeps the line breaks of a hard-wrapped file inside values',
  'bots-edi__bots-plugins__ebcdic.x12': 'does not read EBCDIC',
  'bots-edi__bots-plugins__mailbag01.x12': 'reads one set of delimiters for several interchanges',
  'olmelabs__EdiEngine__MultipleInterchangesAndGroups.edi': 'returns only the first interchange',
  'bots-edi__bots-plugins__testx12002.x12.base': 'rejects a TA1 segment in the interchange',
  'bots-edi__bots-plugins__testx120028.x12.base': 'rejects a TA1 segment in the interchange',
  'olmelabs__EdiEngine__NonEdi.edi': 'not EDI',
};
const X12_PARSER_WRONG: Record<string, string> = {
  'bots-edi__bots-plugins__ebcdic.x12': 'does not read EBCDIC',
  'bots-edi__bots-plugins__mailbag01.x12': 'uses the first ISA\'s delimiters for every interchange',
  'olmelabs__EdiEngine__NonEdi.edi': 'not EDI',
};

describe.skipIf(!existsSync(corpusDir))('differential on the corpus (../shared/corpus/x12; skipped when absent)', () => {
  const files = existsSync(corpusDir) ? readdirSync(corpusDir).sort() : [];

  it.each(files.filter((f) => NODE_X12_WRONG[f] === undefined))('node-x12 agrees on %s', (file) => {
    const bytes = new Uint8Array(readFileSync(path.join(corpusDir, file)));
    const component = parseX12(bytes, { validate: 'envelope' }).interchanges[0]!.delimiters.component;
    expect(ours(bytes)).toEqual(nodeX12Lines(bytes, component));
  });

  it.each(files.filter((f) => X12_PARSER_WRONG[f] === undefined))('x12-parser agrees on %s', async (file) => {
    const bytes = new Uint8Array(readFileSync(path.join(corpusDir, file)));
    expect(trimmed(ours(bytes))).toEqual(await x12ParserLines(bytes));
  });

  it('some known disagreements are real (so the exclusions stay honest)', async () => {
    const wrapped = new Uint8Array(readFileSync(path.join(corpusDir, 'bots-edi__bots-plugins__830-004010UCS-01.x12')));
    expect(nodeX12Lines(wrapped, '>').some((l) => l.includes('\n'))).toBe(true);
    expect(ours(wrapped).some((l) => l.includes('\n'))).toBe(false);
    const mailbag = new Uint8Array(readFileSync(path.join(corpusDir, 'bots-edi__bots-plugins__mailbag01.x12')));
    expect((await x12ParserLines(mailbag)).length).toBeLessThan(ours(mailbag).length);
  });
});
