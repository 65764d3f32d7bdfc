import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidEnvelopeDate, isValidEnvelopeTime } from './dates.js';
import { DEFAULT_DELIMITERS } from './delimiters.js';
import { LineIndex } from './lines.js';
import { ReferenceLedger } from './reference-ledger.js';
import { HAS_LINE_BREAK, HAS_RELEASE } from './scanner.js';
import { segmentFromText } from './segment-values.js';

describe('ReferenceLedger', () => {
  it('finds repeats among numeric runs, keeps leading zeros apart, and handles other references', () => {
    const ledger = new ReferenceLedger();
    for (let i = 1; i <= 1000; i++) expect(ledger.add(String(i))).toBe(true);
    expect(ledger.add('500')).toBe(false);
    expect(ledger.add('0500')).toBe(true);
    expect(ledger.add('ABC')).toBe(true);
    expect(ledger.add('ABC')).toBe(false);
  });

  it('agrees with a Set on random references', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.integer({ min: 0, max: 60 }).map(String), fc.constantFrom('A', 'B', '007', '07')), { maxLength: 200 }), (references) => {
        const ledger = new ReferenceLedger();
        const seen = new Set<string>();
        for (const reference of references) {
          expect(ledger.add(reference)).toBe(!seen.has(reference));
          seen.add(reference);
        }
      }),
    );
  });
});

describe('LineIndex', () => {
  it('locates offsets and keeps working after forgetting the past', () => {
    const text = 'ab\ncd\n\nefg\nh';
    const index = new LineIndex();
    for (let i = 0; i < text.length; i++) if (text[i] === '\n') index.add(i + 1);
    expect(index.locate(0)).toEqual({ line: 1, column: 1 });
    expect(index.locate(4)).toEqual({ line: 2, column: 2 });
    expect(index.locate(6)).toEqual({ line: 3, column: 1 });
    index.forgetBefore(8);
    expect(index.locate(9)).toEqual({ line: 4, column: 3 });
    expect(index.locate(11)).toEqual({ line: 5, column: 1 });
  });

  it('survives growing and compacting over many lines', () => {
    const index = new LineIndex();
    for (let line = 1; line <= 5000; line++) {
      index.add(line * 10);
      if (line % 3 === 0) index.forgetBefore(line * 10 - 25);
      expect(index.locate(line * 10 + 4)).toEqual({ line: line + 1, column: 5 });
    }
  });
});

describe('envelope dates and times', () => {
  it('accepts YYMMDD and CCYYMMDD calendar dates, HHMM times', () => {
    expect(['240229', '20240229', '991231', '000101'].every(isValidEnvelopeDate)).toBe(true);
    expect(['230229', '19000229', '241301', '240100', '2402', 'ABCDEF', ''].some(isValidEnvelopeDate)).toBe(false);
    expect(['0000', '2359', '1200'].every(isValidEnvelopeTime)).toBe(true);
    expect(['2400', '1260', '999', '12:00', ''].some(isValidEnvelopeTime)).toBe(false);
  });
});

describe('segmentFromText', () => {
  const split = (text: string, flags = 0, delimiters = DEFAULT_DELIMITERS) => segmentFromText(text, flags, delimiters, 100, 120, 7);

  it('reads tag, elements and components, keeping empty ones', () => {
    expect(split('NAD+BY+5412345000013::9++ACME')).toEqual({ tag: 'NAD', elements: [['BY'], ['5412345000013', '', '9'], [''], ['ACME']], offset: 100, end: 120, index: 7 });
    expect(split('UNS').elements).toEqual([]);
    expect(split('RFF+VA:382324067:').elements).toEqual([['VA', '382324067', '']]);
    expect(split('LIN:1:1+1').tag).toBe('LIN');
  });

  it('removes release characters and unreleased line breaks', () => {
    expect(split('FTX+AAI+++A?+B?:C??D?\'E', HAS_RELEASE).elements[3]).toEqual(["A+B:C?D'E"]);
    expect(split('FTX+AA\nI+++X?\nY', HAS_RELEASE | HAS_LINE_BREAK).elements).toEqual([['AAI'], [''], [''], ['X\nY']]);
  });

  it('keeps every repetition and the first one in elements', () => {
    const segment = split('CUX+2:EUR*3:USD+X?*Y', HAS_RELEASE, { ...DEFAULT_DELIMITERS, repetition: '*' });
    expect(segment.elements).toEqual([['2', 'EUR'], ['X*Y']]);
    expect(segment.repeats).toEqual({ 0: [['2', 'EUR'], ['3', 'USD']] });
  });
});
