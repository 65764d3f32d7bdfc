/**
 * Differential test against the npm `edifact` package (Parser), on inputs where it is right: syntax 3, a UNA only
 * at the very start, whole buffers (it splits an element when a release character ends a chunk), printable text.
 */
import fc from 'fast-check';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EdifactDelimiters } from '../model.js';
import { DEFAULT_DELIMITERS } from './delimiters.js';
import { latin1 } from './fixtures/build.js';
import { parseEdifact, serializeEdifact } from './index.js';
import type { SerializableSegment } from './serialize.js';

interface NpmParser {
  encoding(level: string): void;
  on(event: 'opensegment', listener: (tag: string) => void): void;
  on(event: 'element' | 'closesegment', listener: () => void): void;
  on(event: 'component', listener: (value: string) => void): void;
  write(text: string): void;
  end(): void;
}
const NpmEdifactParser = createRequire(import.meta.url)('edifact/parser.js') as new () => NpmParser;

interface Flat {
  tag: string;
  elements: string[][];
}

function npmSegments(text: string): Flat[] {
  const parser = new NpmEdifactParser();
  parser.encoding('UNOC');
  const segments: Flat[] = [];
  parser.on('opensegment', (tag) => segments.push({ tag, elements: [] }));
  parser.on('element', () => segments.at(-1)!.elements.push([]));
  parser.on('component', (value) => segments.at(-1)!.elements.at(-1)!.push(value));
  parser.write(text);
  parser.end();
  return segments;
}

/** Our segments from UNB, and UNH..UNT of every message, as the npm parser lists them. */
function ourSegments(text: string): Flat[] {
  const result = parseEdifact(latin1(text), { validate: 'envelope' });
  const segments: Flat[] = [];
  for (const interchange of result.interchanges) {
    segments.push({ tag: interchange.header.tag, elements: interchange.header.elements });
    for (const group of interchange.groups) {
      for (const transaction of group.transactions) for (const { tag, elements } of transaction.segments ?? []) segments.push({ tag, elements });
    }
  }
  return segments;
}

/** The npm parser's segments filtered the same way (UNB, and UNH..UNT). */
function comparable(segments: Flat[]): Flat[] {
  let inMessage = false;
  return segments.filter(({ tag }) => {
    if (tag === 'UNH') inMessage = true;
    const keep = tag === 'UNB' || inMessage;
    if (tag === 'UNT') inMessage = false;
    return keep;
  });
}

/**
 * Its tokenizer builds a regex character class from the delimiters without escaping them, and treats the default
 * release character specially: keep [ ] \\ ^ - and ? out of random delimiter sets.
 */
const PUNCTUATION = [..."!\"#$%&'()*+/:;<=>@_`{|}~"];

const syntax3Delimiters = fc.shuffledSubarray(PUNCTUATION, { minLength: 4, maxLength: 4 }).map(
  ([component, element, release, segment]): EdifactDelimiters => ({ ...DEFAULT_DELIMITERS, component: component!, element: element!, release: release!, segment: segment! }),
);

function body(d: EdifactDelimiters): fc.Arbitrary<SerializableSegment[]> {
  const value = fc.array(fc.constantFrom('A', 'b', '9', ' ', '.', 'é', d.component, d.element, d.release!, d.segment), { maxLength: 6 }).map((c) => c.join(''));
  const segment = fc.record({ tag: fc.stringMatching(/^[A-T][A-Z]{2}$/), elements: fc.array(fc.array(value, { minLength: 1, maxLength: 3 }), { maxLength: 4 }) });
  return fc.array(segment, { minLength: 1, maxLength: 8 });
}

describe('against the npm edifact parser', () => {
  it('agrees on random syntax 3 interchanges with escapes, default and UNA delimiters', () => {
    fc.assert(
      fc.property(fc.oneof(fc.constant(DEFAULT_DELIMITERS), syntax3Delimiters).chain((d) => fc.tuple(fc.constant(d), body(d))), ([d, segments]) => {
        const all: SerializableSegment[] = [
          { tag: 'UNB', elements: [['UNOC', '3'], ['S'], ['R'], ['240131', '1200'], ['R']] },
          { tag: 'UNH', elements: [['1'], ['ORDERS', 'D', '96A', 'UN']] },
          ...segments,
          { tag: 'UNT', elements: [[String(segments.length + 2)], ['1']] },
          { tag: 'UNZ', elements: [['1'], ['R']] },
        ];
        const text = serializeEdifact(all, d, { una: d !== DEFAULT_DELIMITERS });
        const ours = ourSegments(text);
        expect(ours).toHaveLength(segments.length + 3);
        expect(ours).toEqual(comparable(npmSegments(text)));
      }),
      { numRuns: 200 },
    );
  });

  const corpusDir = path.resolve(import.meta.dirname, '../../../shared/corpus/edifact');
  describe.skipIf(!existsSync(corpusDir))('on corpus files the npm parser reads (corpus at ../shared/corpus, absent in a plain clone)', () => {
    it('agrees segment for segment', () => {
      let compared = 0;
      for (const name of readdirSync(corpusDir)) {
        const text = String.fromCharCode(...readFileSync(path.join(corpusDir, name)));
        // the npm parser reads text; compare only where our decoding is Latin-1 too
        if (!/^(UNA.{6}\s*)?UNB\+UNO[ABC]:/.test(text)) continue;
        let theirs: Flat[];
        try {
          theirs = comparable(npmSegments(text));
        } catch {
          continue; // the npm parser rejects it (junk, syntax 4 UNA, control characters, ...): nothing to compare
        }
        expect(ourSegments(text), name).toEqual(theirs);
        compared++;
      }
      expect(compared).toBeGreaterThanOrEqual(15);
    });
  });
});
