import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EdifactDelimiters } from '../model.js';
import { DEFAULT_DELIMITERS } from './delimiters.js';
import { allProblems, latin1 } from './fixtures/build.js';
import { parseEdifact, serializeEdifact } from './index.js';
import type { SerializableSegment } from './serialize.js';

/** Characters that may serve as delimiters: punctuation and the level B control characters, never letters, digits or whitespace. */
const DELIMITER_POOL = [..."!\"#$%&'()*+-/:;<=>?@[\\]^_`{|}~", '\x1c', '\x1d', '\x1f'];

const delimitersArbitrary = fc
  .shuffledSubarray(DELIMITER_POOL, { minLength: 5, maxLength: 5 })
  .chain(([component, element, release, repetition, segment]) =>
    fc.record({ withRepetition: fc.boolean(), suffix: fc.constantFrom('', '\n', '\r\n') }).map(({ withRepetition, suffix }): EdifactDelimiters => ({
      component: component!,
      element: element!,
      decimal: '.',
      release: release!,
      repetition: withRepetition ? repetition! : null,
      segment: segment!,
      segmentSuffix: suffix,
    })),
  );

/** Values made mostly of characters that need escaping (every delimiter, the release character, line breaks). */
function valueArbitrary(d: EdifactDelimiters): fc.Arbitrary<string> {
  const specials = [d.component, d.element, d.release!, d.segment, d.repetition ?? '*', '\n', '\r', ' ', 'é'];
  return fc.array(fc.oneof(fc.constantFrom(...specials), fc.constantFrom('A', 'z', '7', '.', ',')), { maxLength: 8 }).map((chars) => chars.join(''));
}

function segmentsArbitrary(d: EdifactDelimiters): fc.Arbitrary<SerializableSegment[]> {
  const tag = fc.stringMatching(/^[A-T][A-Z0-9]{2}$/);
  const composite = fc.array(valueArbitrary(d), { minLength: 1, maxLength: 3 });
  const element = d.repetition === null ? composite.map((c) => [c]) : fc.array(composite, { minLength: 1, maxLength: 3 });
  const segment = fc.record({ tag, elements: fc.array(element, { maxLength: 5 }) }).map(({ tag, elements }) => {
    const out: SerializableSegment = { tag, elements: elements.map((repetitions) => repetitions[0]!) };
    elements.forEach((repetitions, index) => {
      if (repetitions.length > 1) (out.repeats ??= {})[index] = repetitions;
    });
    return out;
  });
  return fc.array(segment, { minLength: 1, maxLength: 6 });
}

function envelope(body: SerializableSegment[], d: EdifactDelimiters): string {
  const syntax = d.repetition === null ? '3' : '4';
  const segments: SerializableSegment[] = [
    { tag: 'UNB', elements: [['UNOC', syntax], ['SENDER'], ['RECEIVER'], ['20240131', '1200'], ['REF1']] },
    { tag: 'UNH', elements: [['1'], ['ORDERS', 'D', '96A', 'UN']] },
    ...body,
    { tag: 'UNT', elements: [[String(body.length + 2)], ['1']] },
    { tag: 'UNZ', elements: [['1'], ['REF1']] },
  ];
  return serializeEdifact(segments, d, { una: true });
}

describe('serializeEdifact', () => {
  it('parse(serialize(x)) gives back the same segments, for random delimiters and values full of escapes', () => {
    fc.assert(
      fc.property(delimitersArbitrary.chain((d) => fc.tuple(fc.constant(d), segmentsArbitrary(d))), ([d, body]) => {
        const text = envelope(body, d);
        const result = parseEdifact(latin1(text), { validate: 'envelope' });
        expect(allProblems(result)).toEqual([]);
        expect(result.interchanges[0]!.delimiters).toEqual(d);
        const parsed = result.interchanges[0]!.groups[0]!.transactions[0]!.segments!.slice(1, -1);
        expect(parsed.map(({ tag, elements, repeats }) => (repeats ? { tag, elements, repeats } : { tag, elements }))).toEqual(body);
      }),
      { numRuns: 300 },
    );
  });

  it('escapes each delimiter and the release character itself', () => {
    const text = serializeEdifact([{ tag: 'FTX', elements: [['AAI'], ["a+b:c'd?e"]] }], DEFAULT_DELIMITERS);
    expect(text).toBe("FTX+AAI+a?+b?:c?'d??e'");
  });

  it('writes a UNA only when the delimiters are not the defaults, unless asked', () => {
    expect(serializeEdifact([{ tag: 'BGM', elements: [['220']] }], DEFAULT_DELIMITERS)).toBe("BGM+220'");
    expect(serializeEdifact([{ tag: 'BGM', elements: [['220']] }], DEFAULT_DELIMITERS, { una: true })).toBe("UNA:+.? 'BGM+220'");
    const custom = { ...DEFAULT_DELIMITERS, element: '*', repetition: '#', segmentSuffix: '\n' };
    expect(serializeEdifact([{ tag: 'CUX', elements: [['2', 'EUR']], repeats: { 0: [['2', 'EUR'], ['3', 'USD']] } }], custom)).toBe("UNA:*.?#'\nCUX*2:EUR#3:USD'\n");
  });

  it('refuses a value that needs escaping when there is no release character', () => {
    const noRelease = { ...DEFAULT_DELIMITERS, release: null };
    expect(serializeEdifact([{ tag: 'FTX', elements: [['plain']] }], noRelease, { una: false })).toBe("FTX+plain'");
    expect(() => serializeEdifact([{ tag: 'FTX', elements: [['a+b']] }], noRelease)).toThrow(/no release character/);
  });

  it('refuses repetitions when there is no repetition separator', () => {
    expect(() => serializeEdifact([{ tag: 'CUX', elements: [['2']], repeats: { 0: [['2'], ['3']] } }], DEFAULT_DELIMITERS)).toThrow(/no repetition separator/);
  });
});
