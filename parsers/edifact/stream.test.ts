import { describe, expect, it } from 'vitest';
import type { Group, Interchange, Transaction } from '../model.js';
import { interchange, latin1, message, ordersBody } from './fixtures/build.js';
import { createEdifactStream, parseEdifact } from './index.js';

const text = interchange([...message('1', ordersBody()), ...message('2', ordersBody(), { count: 3 }), ...message('3', ordersBody())]);
const bytes = latin1(text);

describe('parseEdifact options', () => {
  it('keeps segments by default and drops them when asked', () => {
    expect(parseEdifact(bytes).interchanges[0]!.groups[0]!.transactions[0]!.segments).toHaveLength(8);
    expect(parseEdifact(bytes, { keepSegments: false }).interchanges[0]!.groups[0]!.transactions[0]!.segments).toBeUndefined();
  });

  it('full validation (the default) still reads envelopes the same way', () => {
    const full = parseEdifact(bytes);
    const envelope = parseEdifact(bytes, { validate: 'envelope' });
    expect(full.interchanges[0]!.groups[0]!.transactions.map((t) => t.status)[1]).toBe('rejected');
    expect(full.interchanges[0]!.problems).toEqual(envelope.interchanges[0]!.problems);
  });

  it('calls onTransaction for each message in order, with its group and interchange', () => {
    const seen: [string, boolean, string][] = [];
    const result = parseEdifact(bytes, {
      validate: 'envelope',
      onTransaction: (transaction: Transaction, group: Group, ic: Interchange) => seen.push([transaction.controlNumber, group.explicit, ic.controlNumber]),
    });
    expect(seen).toEqual([['1', false, 'REF1'], ['2', false, 'REF1'], ['3', false, 'REF1']]);
    // a whole-buffer parse keeps the transactions on their groups as well
    expect(result.interchanges[0]!.groups[0]!.transactions).toHaveLength(3);
  });
});

describe('createEdifactStream', () => {
  it('does not keep segments by default, and hands them to the callback when asked', () => {
    const withoutSegments = createEdifactStream({ validate: 'envelope' });
    withoutSegments.write(bytes);
    expect(withoutSegments.end().interchanges[0]!.groups[0]!.transactions[0]!.segments).toBeUndefined();

    const lent: number[] = [];
    const stream = createEdifactStream({ validate: 'envelope', segmentsForCallback: true, onTransaction: (t) => lent.push(t.segments!.length) });
    stream.write(bytes);
    stream.end();
    expect(lent).toEqual([8, 8, 8]);
  });

  it('with onTransaction, hands messages over instead of keeping them, so memory stays flat', () => {
    const statuses: string[] = [];
    const stream = createEdifactStream({ validate: 'envelope', onTransaction: (t) => statuses.push(t.status) });
    for (let i = 0; i < bytes.length; i += 7) stream.write(bytes.subarray(i, i + 7));
    const result = stream.end();
    expect(statuses).toEqual(['accepted', 'rejected', 'accepted']);
    const group = result.interchanges[0]!.groups[0]!;
    expect(group.transactions).toEqual([]);
    // statuses and the verdict still reflect the messages that were handed over
    expect(group.status).toBe('partially-accepted');
    expect(result.verdict).toBe('errors');
  });

  it('refuses writes after end', () => {
    const stream = createEdifactStream();
    stream.write(bytes);
    stream.end();
    expect(() => stream.write(bytes)).toThrow(/after end/);
    expect(() => stream.end()).toThrow(/twice/);
  });

  it('handles many interchanges and messages without keeping line starts for the whole file', () => {
    const many = latin1(Array.from({ length: 200 }, (_, i) => interchange(message('1', ordersBody()), { reference: `R${i}`, suffix: '\n' })).join(''));
    let count = 0;
    const stream = createEdifactStream({ validate: 'full', onTransaction: () => count++ });
    stream.write(many);
    const result = stream.end();
    expect(count).toBe(200);
    expect(result.interchanges).toHaveLength(200);
    // the interchange ends after the UNZ terminator; the final newline is not part of it
    expect(result.interchanges[199]!.range.end).toBe(many.length - 1);
  });
});
