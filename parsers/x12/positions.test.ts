/** Every problem the envelope check reports points at real bytes: offset, line and column agree with the file. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { EdiFileResult } from '../model.js';
import { PROBLEM_CODES } from '../problems.js';
import { bytesOf, interchange, isa, po850, x12 } from './fixtures/builders.js';
import { allProblems } from './fixtures/results.js';
import { parseX12 } from './parse.js';

const corpusDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared/corpus/x12');

function brokenFixtures(): Record<string, string> {
  const good = x12(interchange([{ control: '1', transactions: [po850('0001'), po850('0002')] }]), '~', '\r\n');
  return {
    'wrong counts and control numbers': good.replace('SE*6*0001', 'SE*9*0007').replace('GE*2*1', 'GE*3*2').replace('IEA*1*000000001', 'IEA*4*000000009'),
    'missing trailers': good.replace('SE*6*0001~\r\n', '').replace('GE*2*1~\r\n', ''),
    'cut short': good.slice(0, good.length - 60),
    'bad ISA fields': good.replace(isa(), isa({ date: '999999', time: 'ABCD', usage: 'Q', control: '12' }).replace('000000012', '12       ')),
    'outside envelopes': good.replace('ST*850*0002', 'N1*ST*X~\r\nST*850*0002') + 'junk after the end\r\n',
    'duplicates': good.replace('ST*850*0002', 'ST*850*0001').replace(/SE\*6\*0002/, 'SE*6*0001') + good,
  };
}

function checkPositions(bytes: Uint8Array, result: EdiFileResult): void {
  const text = Buffer.from(bytes).toString('latin1');
  for (const problem of allProblems(result)) {
    const { offset, line, column } = problem.position;
    const label = `${problem.code}: ${problem.message}`;
    expect(PROBLEM_CODES[problem.code], label).toBeDefined();
    expect(problem.message.length, label).toBeGreaterThan(10);
    expect(offset, label).toBeGreaterThanOrEqual(0);
    expect(offset, label).toBeLessThanOrEqual(bytes.length);
    const before = text.slice(0, offset);
    expect({ line, column }, label).toEqual({ line: before.split('\n').length, column: offset - before.lastIndexOf('\n') });
    if (problem.position.segmentIndex !== undefined) expect(problem.position.segmentTag, label).toBeDefined();
    if (['transaction', 'segment'].includes(problem.level) && problem.code !== 'segment-empty') {
      expect(problem.position.segmentPositionInTransaction, label).toBeGreaterThan(0);
    }
    const bad = problem.badValue;
    if (problem.position.element !== undefined && bad !== undefined && bad !== '') expect(text.slice(offset, offset + bad.length), label).toBe(bad);
  }
}

describe('problem positions', () => {
  const fixtures = brokenFixtures();
  it.each(Object.keys(fixtures))('are exact in our broken fixture: %s', (name) => {
    const bytes = bytesOf(fixtures[name]!);
    const result = parseX12(bytes, { validate: 'envelope' });
    expect(allProblems(result).length).toBeGreaterThan(0);
    checkPositions(bytes, result);
  });
});

describe.skipIf(!existsSync(corpusDir))('problem positions in the corpus (../shared/corpus/x12; skipped when absent)', () => {
  const files = existsSync(corpusDir) ? readdirSync(corpusDir).sort() : [];
  it.each(files)('are exact in %s', (file) => {
    const bytes = new Uint8Array(readFileSync(path.join(corpusDir, file)));
    checkPositions(bytes, parseX12(bytes, { validate: 'envelope' }));
  });
});
