import { describe, expect, it } from 'vitest';
import { CP037_TO_LATIN1, type EdifactDelimiters, type Position, type X12Delimiters } from '../../../parsers/index.js';
import { segmentExcerpt, type ByteSource } from './segment-excerpt.js';
import { visibleBytes } from './visible.js';

const x12: X12Delimiters = { element: '*', component: '>', segment: '~', repetition: '^', segmentSuffix: '\n' };
const edifact: EdifactDelimiters = { component: ':', element: '+', decimal: '.', release: '?', repetition: null, segment: "'", segmentSuffix: '' };

function source(text: string): ByteSource {
  const bytes = Buffer.from(text, 'latin1');
  return { size: bytes.length, read: (start, end) => bytes.subarray(start, end) };
}

function at(text: string, needle: string, extra: Partial<Position> = {}): Position {
  const offset = text.indexOf(needle);
  if (offset < 0) throw new Error(`fixture lacks ${needle}`);
  return { offset, line: 1, column: offset + 1, ...extra };
}

describe('segmentExcerpt', () => {
  const file = 'ST*850*0001~\nBEG*00*SA*PO1**20240115~\nSE*36*0001~\n';

  it('shows the segment with its terminator and a caret under the element', () => {
    const excerpt = segmentExcerpt(source(file), at(file, '36*', { element: 1 }), x12);
    expect(excerpt).toEqual({ text: 'SE*36*0001~', caret: '   ^^' });
  });

  it('underlines the tag for a segment-level problem and points at the terminator for a missing element', () => {
    expect(segmentExcerpt(source(file), at(file, 'BEG'), x12)?.caret).toBe('^^^');
    const missing = segmentExcerpt(source(file), at(file, 'SE*', { element: 3 }), x12);
    expect(missing?.caret).toBe('          ^');
  });

  it('picks a component or repetition inside an element', () => {
    const text = 'PO1*1*2*EA*1.5**BP*X>Y>Z^W~';
    expect(segmentExcerpt(source(text), at(text, 'Y', { element: 7, component: 2 }), x12)?.caret).toBe('                     ^');
    expect(segmentExcerpt(source(text), at(text, 'W', { element: 7, repetition: 2 }), x12)?.caret).toBe('                         ^');
    expect(segmentExcerpt(source(text), at(text, 'X', { element: 7 }), x12)?.caret).toBe('                   ^^^^^^^');
  });

  it('honours EDIFACT release characters when finding segment ends and separators', () => {
    const text = "UNH+1+ORDERS:D:96A:UN'FTX+AAI+++a?'b?+c:d'UNT+9+1'";
    const excerpt = segmentExcerpt(source(text), at(text, 'd', { element: 4, component: 2 }), edifact);
    expect(excerpt?.text).toBe("FTX+AAI+++a?'b?+c:d'");
    expect(excerpt?.caret).toBe('                  ^');
  });

  it('shows control-character terminators visibly and keeps the caret aligned', () => {
    const delimiters: X12Delimiters = { ...x12, segment: '\x15', element: '\x7f' };
    const text = 'ST\x7f850\x7f0001\x15\r\nSE\x7f9\x7f0001\x15\r\n';
    const excerpt = segmentExcerpt(source(text), at(text, '9', { element: 1 }), delimiters);
    expect(excerpt).toEqual({ text: 'SE\\x7f9\\x7f0001\\x15', caret: '      ^' });
  });

  it('reads an EBCDIC interchange through a translation table', () => {
    const toEbcdic = new Uint8Array(256);
    CP037_TO_LATIN1.forEach((latin1, ebcdic) => (toEbcdic[latin1] = ebcdic));
    const text = 'ST*850*0001~SE*9*0001~';
    const bytes = Uint8Array.from(text, (char) => toEbcdic[char.charCodeAt(0)]!);
    const excerpt = segmentExcerpt({ size: bytes.length, read: (start, end) => bytes.subarray(start, end) }, at(text, '9*', { element: 1 }), x12, { translate: CP037_TO_LATIN1 });
    expect(excerpt).toEqual({ text: 'SE*9*0001~', caret: '   ^' });
  });

  it('keeps a long segment to one screen line around the element, and never underlines past what it shows', () => {
    const text = `FTX*${'A'.repeat(300)}*KEY*${'B'.repeat(300)}~`;
    const excerpt = segmentExcerpt(source(text), at(text, 'KEY', { element: 2 }), x12)!;
    expect(excerpt.text.startsWith('…') && excerpt.text.endsWith('…')).toBe(true);
    expect(excerpt.text.length).toBeLessThanOrEqual(162);
    expect(excerpt.text.slice(excerpt.caret.indexOf('^'), excerpt.caret.length)).toBe('KEY');
    const noSeparators = 'X'.repeat(5000);
    const clipped = segmentExcerpt(source(noSeparators), { offset: 0, line: 1, column: 1 }, x12)!;
    expect(clipped.caret).toBe('^');
    expect(clipped.text.length).toBeLessThanOrEqual(161);
  });

  it('falls back to the line around the offset without delimiters', () => {
    const text = '%PDF-1.7\n%\xe2\xe3\n';
    expect(segmentExcerpt(source(text), at(text, '%PDF'), null)).toEqual({ text: '%PDF-1.7␊', caret: '^' });
  });
});

describe('visibleBytes', () => {
  it('maps every byte to a display column, decoding UTF-8 sequences as one character', () => {
    const shown = visibleBytes(Buffer.from('Aé\r\n', 'utf8'), 'utf-8');
    expect(shown.text).toBe('Aé␍␊');
    expect(shown.columns).toEqual([0, 1, 1, 2, 3, 4]);
  });

  it('decodes single-byte charsets by their name', () => {
    expect(visibleBytes(Uint8Array.of(0xc0), 'iso-8859-5').text).toBe('Р');
  });
});
