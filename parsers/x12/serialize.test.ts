import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Segment, X12Delimiters } from '../model.js';
import { isAlphanumeric } from './bytes.js';
import { bytesOf, isa } from './fixtures/builders.js';
import { allProblems, transactionSegments } from './fixtures/results.js';
import { parseX12 } from './parse.js';
import { serializeX12 } from './serialize.js';

type Writable = Pick<Segment, 'tag' | 'elements' | 'repeats'>;

const base: X12Delimiters = { element: '*', component: ':', segment: '~', repetition: null, segmentSuffix: '\n' };

/**
 * Distinct delimiters: any byte but letters, digits and space (ISA fields are padded with spaces); component and
 * repetition separators are not CR/LF either (those are taken for line breaks inside ISA fields).
 */
const delimitersArbitrary: fc.Arbitrary<X12Delimiters> = fc
  .uniqueArray(fc.integer({ min: 0, max: 255 }).filter((b) => !isAlphanumeric(b) && b !== 0x20), { minLength: 4, maxLength: 4 })
  .chain(([element, segment, component, repetition]) => {
    const fits = ![component, repetition].some((b) => b === 0x0a || b === 0x0d);
    const used = [element, segment, component, repetition];
    const suffixes = ['', '\n', '\r\n', ' ', '\r'].filter((s) => [...s].every((c) => !used.includes(c.charCodeAt(0))));
    return fc.record({ fits: fc.constant(fits), withRepetition: fc.boolean(), suffix: fc.constantFrom(...suffixes) }).map(({ withRepetition, suffix }) => ({
      element: String.fromCharCode(element!),
      segment: String.fromCharCode(segment!),
      component: String.fromCharCode(component!),
      repetition: withRepetition ? String.fromCharCode(repetition!) : null,
      segmentSuffix: suffix,
      fits,
    }));
  })
  .filter((d) => (d as X12Delimiters & { fits: boolean }).fits)
  .map(({ element, segment, component, repetition, segmentSuffix }) => ({ element, segment, component, repetition, segmentSuffix }));

function valueArbitrary(d: X12Delimiters): fc.Arbitrary<string> {
  const forbidden = new Set([d.element, d.component, d.segment, d.repetition ?? '', '\r', '\n']);
  const char = fc.integer({ min: 0, max: 255 }).map((b) => String.fromCharCode(b)).filter((c) => !forbidden.has(c));
  return fc.array(char, { maxLength: 12 }).map((chars) => chars.join(''));
}

const ENVELOPE_TAGS = new Set(['ISA', 'IEA', 'GS', 'GE', 'ST', 'SE']);
const tagArbitrary = fc
  .tuple(fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'), fc.array(fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'), { minLength: 1, maxLength: 2 }))
  .map(([first, rest]) => first + rest.join(''))
  .filter((tag) => !ENVELOPE_TAGS.has(tag));

function segmentArbitrary(d: X12Delimiters): fc.Arbitrary<Writable> {
  const components = fc.array(valueArbitrary(d), { minLength: 1, maxLength: 3 });
  const element = d.repetition === null
    ? components.map((first) => ({ first, all: undefined as string[][] | undefined }))
    : fc.oneof(
        components.map((first) => ({ first, all: undefined as string[][] | undefined })),
        fc.array(components, { minLength: 2, maxLength: 3 }).map((all) => ({ first: all[0]!, all: all as string[][] | undefined })),
      );
  return fc.record({ tag: tagArbitrary, elements: fc.array(element, { maxLength: 8 }) }).map(({ tag, elements }) => {
    const segment: Writable = { tag, elements: elements.map((e) => e.first) };
    elements.forEach((e, i) => {
      if (e.all !== undefined) (segment.repeats ??= {})[i] = e.all;
    });
    return segment;
  });
}

function envelopeAround(body: Writable[], d: X12Delimiters): Writable[] {
  const simple = (tag: string, ...values: string[]): Writable => ({ tag, elements: values.map((v) => [v]) });
  const isaValues = isa({ version: d.repetition === null ? '00401' : '00501' }).split('*').slice(1);
  isaValues[10] = d.repetition ?? 'U';
  isaValues[15] = d.component;
  return [
    simple('ISA', ...isaValues),
    simple('GS', 'PO', 'SENDER', 'RECEIVER', '20240131', '1200', '1', 'X', '004010'),
    simple('ST', '850', '0001'),
    ...body,
    simple('SE', String(body.length + 2), '0001'),
    simple('GE', '1', '1'),
    simple('IEA', '1', '000000001'),
  ];
}

describe('serializeX12', () => {
  it('parse(serialize(segments)) gives the same segments, for any delimiters', () => {
    const scenario = delimitersArbitrary.chain((d) => fc.record({ d: fc.constant(d), body: fc.array(segmentArbitrary(d), { maxLength: 6 }) }));
    fc.assert(
      fc.property(scenario, ({ d, body }) => {
        const segments = envelopeAround(body, d);
        const text = serializeX12(segments, d);
        const result = parseX12(bytesOf(text), { validate: 'envelope' });
        expect(allProblems(result).filter((p) => p.severity === 'error')).toEqual([]);
        const parsed = result.interchanges[0]!;
        expect(parsed.delimiters).toEqual({ ...d, segmentSuffix: d.segmentSuffix });
        expect(parsed.header.elements).toEqual(segments[0]!.elements);
        const transaction = transactionSegments(result);
        expect(transaction.map((s) => ({ tag: s.tag, elements: s.elements, ...(s.repeats ? { repeats: s.repeats } : {}) }))).toEqual(segments.slice(2, -2));
      }),
      { numRuns: 300 },
    );
  });

  it('writes the delimiters and suffix it is given', () => {
    const text = serializeX12([{ tag: 'N1', elements: [['ST'], ['A', 'B']], repeats: { 1: [['A', 'B'], ['C']] } }], { ...base, repetition: '^', segmentSuffix: '\r\n' });
    expect(text).toBe('N1*ST*A:B^C~\r\n');
  });

  it('refuses a value holding a delimiter, naming the element', () => {
    const segments: Writable[] = [{ tag: 'ST', elements: [['850'], ['0001']] }, { tag: 'BEG', elements: [['00'], ['SA'], ['PO*1']] }];
    expect(() => serializeX12(segments, base)).toThrow('Cannot write X12: BEG03 (segment 2) value "PO*1" contains the element separator \'*\'; X12 has no escape character.');
    expect(() => serializeX12([{ tag: 'N3', elements: [['a~b']] }], base)).toThrow(/N301 .* segment terminator/);
    expect(() => serializeX12([{ tag: 'N3', elements: [['line\nbreak']] }], base)).toThrow(/line feed/);
    expect(() => serializeX12([{ tag: 'N3', elements: [['A']], repeats: { 0: [['A'], ['B']] } }], base)).toThrow(/no repetition separator/);
  });
});
