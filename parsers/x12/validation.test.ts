/**
 * How full mode hands transactions to the validator: the validator is replaced by a recording stub, so these tests
 * hold whatever the specs say.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Segment } from '../model.js';
import type { ValidationContext } from '../validate/index.js';
import { bytesOf, interchange, po850, x12 } from './fixtures/builders.js';
import { parseX12 } from './parse.js';

const calls: { tags: string[]; spec: unknown; context: ValidationContext }[] = [];

vi.mock('../validate/index.js', () => ({
  validateTransaction: (segments: Segment[], spec: unknown, context: ValidationContext) => {
    calls.push({ tags: segments.map((s) => s.tag), spec, context });
    if (segments[0]?.elements[1]?.[0] === '6666') throw new Error('validator fault');
    const beg = segments.find((s) => s.tag === 'BEG');
    const problems = beg?.elements[2]?.[0] === 'BAD'
      ? [{ severity: 'error', code: 'element-invalid-code', level: 'element', message: 'bad', position: { offset: beg.offset, ...context.locate(beg.offset), segmentTag: 'BEG', element: 3 } }]
      : [];
    return { problems, tree: { id: 'ST', name: 'stub', children: segments } };
  },
}));

vi.mock('../specs/registry.js', () => ({
  dictionaryFor: () => ({ standard: 'x12', segments: {}, codeLists: {}, transactions: [] }),
  findTransactionSpec: (_standard: string, type: string, version: string) => (type === '850' && version === '004010' ? { type, version } : undefined),
}));

beforeEach(() => {
  calls.length = 0;
});

describe('full validation', () => {
  const text = x12(interchange([{ control: '1', version: '004010VICS', transactions: [po850('0001'), po850('0002').map((s) => s.replace('PO0002', 'BAD')), ['ST*123*0003', 'SE*2*0003']] }]));

  it('passes each whole transaction (ST..SE) and its spec, falling back to the 6-character version', () => {
    parseX12(bytesOf(text));
    expect(calls.map((c) => [c.tags[0], c.tags.at(-1), c.tags.length])).toEqual([['ST', 'SE', 6], ['ST', 'SE', 6], ['ST', 'SE', 2]]);
    expect(calls.map((c) => c.spec)).toEqual([{ type: '850', version: '004010' }, { type: '850', version: '004010' }, undefined]);
    expect(calls[0]!.context).toMatchObject({ standard: 'x12', decimalMark: '.' });
  });

  it('merges the problems, decides the status, and keeps the tree only with the segments', () => {
    const kept = parseX12(bytesOf(text)).interchanges[0]!.groups[0]!;
    expect(kept.transactions.map((t) => t.status)).toEqual(['accepted', 'rejected', 'accepted']);
    expect(kept.status).toBe('partially-accepted');
    const problem = kept.transactions[1]!.problems[0]!;
    expect(problem.position).toMatchObject({ line: text.slice(0, text.indexOf('BEG*00*SA*BAD')).split('\n').length, column: 1 });
    expect(kept.transactions[0]!.tree).toMatchObject({ id: 'ST' });
    const dropped = parseX12(bytesOf(text), { keepSegments: false }).interchanges[0]!.groups[0]!;
    expect(dropped.transactions[0]!.tree).toBeUndefined();
    expect(dropped.transactions[1]!.status).toBe('rejected');
  });

  it('keeps going when the validator fails on one transaction', () => {
    const faulty = x12(interchange([{ control: '1', transactions: [po850('6666'), po850('0002')] }]));
    const [failed, next] = parseX12(bytesOf(faulty)).interchanges[0]!.groups[0]!.transactions;
    expect(failed!.problems).toMatchObject([{ code: 'transaction-unsupported', severity: 'warning', position: { segmentTag: 'ST', segmentPositionInTransaction: 1 } }]);
    expect(failed!.problems[0]!.message).toContain('validator fault');
    expect(next!.status).toBe('accepted');
  });

  it('does not call the validator in envelope mode', () => {
    parseX12(bytesOf(text), { validate: 'envelope' });
    expect(calls).toEqual([]);
  });

  it('validates a transaction cut short, with the segments it has', () => {
    parseX12(bytesOf(text.slice(0, text.indexOf('CTT*2'))));
    expect(calls.map((c) => c.tags)).toEqual([['ST', 'BEG', 'PO1', 'PO1']]);
  });
});
