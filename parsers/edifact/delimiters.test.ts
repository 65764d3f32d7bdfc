import { describe, expect, it } from 'vitest';
import type { EdiFileResult, Segment } from '../model.js';
import { codes, delimitersOf, interchange, latin1, message } from './fixtures/build.js';
import { parseEdifact } from './index.js';

const parse = (text: string | Uint8Array): EdiFileResult => parseEdifact(typeof text === 'string' ? latin1(text) : text, { validate: 'envelope' });
const bodyOf = (result: EdiFileResult, message = 0): Segment[] => result.interchanges[0]!.groups[0]!.transactions[message]!.segments!.slice(1, -1);

describe('UNA service string advice', () => {
  it('syntax 3: UNA:+.? \' with the release character everywhere', () => {
    const result = parse("UNA:+.? '" + interchange(message('1', ["FTX+AAI+++A?+B?:C?'D??E?.F"])));
    const ic = result.interchanges[0]!;
    expect(ic.delimiters).toEqual({ component: ':', element: '+', decimal: '.', release: '?', repetition: null, segment: "'", segmentSuffix: '' });
    expect(ic.quirks).toContain('una');
    expect(bodyOf(result)[0]!.elements).toEqual([['AAI'], [''], [''], ["A+B:C'D?E.F"]]);
    expect(codes(result)).toEqual([]);
  });

  it('syntax 4: the fifth character is the repetition separator; a released one is data', () => {
    const result = parse("UNA:+.?*'UNB+UNOC:4+S+R+20240131:1200+R'UNH+1+INVOIC:D:03B:UN'CUX+2:EUR*3:USD+1?*2'UNT+3+1'UNZ+1+R'");
    expect(delimitersOf(result.interchanges[0]!).repetition).toBe('*');
    const cux = bodyOf(result)[0]!;
    expect(cux.elements).toEqual([['2', 'EUR'], ['1*2']]);
    expect(cux.repeats).toEqual({ 0: [['2', 'EUR'], ['3', 'USD']] });
  });

  it('syntax 4 without UNA uses the default repetition separator *', () => {
    const result = parse("UNB+UNOC:4+S+R+20240131:1200+R'UNH+1+INVOIC:D:03B:UN'CUX+2:EUR*3:USD'UNT+3+1'UNZ+1+R'");
    expect(result.interchanges[0]!.delimiters).toMatchObject({ repetition: '*' });
    expect(bodyOf(result)[0]!.repeats).toEqual({ 0: [['2', 'EUR'], ['3', 'USD']] });
  });

  it('syntax 3 ignores a repetition character in the UNA (reserved there)', () => {
    const result = parse("UNA:+.?*'UNB+UNOC:3+S+R+240131:1200+R'UNH+1+ORDERS:D:96A:UN'FTX+AAI+++A*B'UNT+3+1'UNZ+1+R'");
    expect(delimitersOf(result.interchanges[0]!).repetition).toBeNull();
    expect(result.interchanges[0]!.quirks).toContain('una-repetition-ignored');
    expect(bodyOf(result)[0]!.elements[3]).toEqual(['A*B']);
  });

  it('any delimiters, here UNA^*.? $ with a newline after each terminator', () => {
    const text = 'UNA^*.? $\nUNB*UNOA^1*005435656^1*006415160CFS^1*000210^1434*778$\nUNH*117*INVOIC^D^97B^UN$\nNAD*SE*005435656^^16**GENERAL WIDGET?$ CO$\nUNT*3*117$\nUNZ*1*778$\n';
    const result = parse(text);
    const ic = result.interchanges[0]!;
    expect(ic.delimiters).toEqual({ component: '^', element: '*', decimal: '.', release: '?', repetition: null, segment: '$', segmentSuffix: '\n' });
    expect(ic.sender).toEqual({ id: '005435656', qualifier: '1' });
    expect(bodyOf(result)[0]!.elements).toEqual([['SE'], ['005435656', '', '16'], [''], ['GENERAL WIDGET$ CO']]);
    expect(codes(result)).toEqual([]);
  });

  it('a space as release character means there is none', () => {
    const result = parse("UNA:+.  'UNB+UNOC:3+S+R+240131:1200+R'UNH+1+ORDERS:D:96A:UN'FTX+AAI+++A?B'UNT+3+1'UNZ+1+R'");
    expect(delimitersOf(result.interchanges[0]!).release).toBeNull();
    expect(bodyOf(result)[0]!.elements[3]).toEqual(['A?B']);
  });

  it('decimal comma is recorded as a quirk', () => {
    const result = parse("UNA:+,? '" + interchange(message('1', ['QTY+21:16,94'])));
    expect(delimitersOf(result.interchanges[0]!).decimal).toBe(',');
    expect(result.interchanges[0]!.quirks).toContain('decimal-comma');
  });

  it('delimiters that clash are an error; an odd decimal mark a warning', () => {
    const clash = parse("UNA:+.?:'" + interchange(message('1', ['BGM+220'])).replace('UNOC:3', 'UNOC:4'));
    expect(codes(clash, 'error')).toContain('delimiter-invalid');
    expect(clash.interchanges[0]!.problems[0]!.message).toContain("the component separator and the repetition separator are both ':'");
    expect(codes(parse("UNA:+;? '" + interchange(message('1', ['BGM+220']))), 'warning')).toEqual(['delimiter-invalid']);
  });
});

describe('without UNA', () => {
  it('uses the defaults :+.? \'', () => {
    const result = parse(interchange(message('1', ['FTX+AAI+++X?+Y'])));
    expect(result.interchanges[0]!.delimiters).toEqual({ component: ':', element: '+', decimal: '.', release: '?', repetition: null, segment: "'", segmentSuffix: '' });
    expect(result.interchanges[0]!.quirks).toContain('no-una');
    expect(bodyOf(result)[0]!.elements[3]).toEqual(['X+Y']);
  });

  it('recognises the level B control characters (IS1 component, IS3 element, IS4 terminator, no release)', () => {
    const text = 'UNB\x1dUNOB\x1f3\x1dS\x1dR\x1d240131\x1f1200\x1dR\x1cUNH\x1d1\x1dORDERS\x1fD\x1f96A\x1fUN\x1cFTX\x1dAAI\x1d\x1d\x1dA?B+C\x1cUNT\x1d3\x1d1\x1cUNZ\x1d1\x1dR\x1c';
    const result = parse(text);
    expect(result.interchanges[0]!.delimiters).toMatchObject({ component: '\x1f', element: '\x1d', segment: '\x1c', release: null });
    expect(result.interchanges[0]!.quirks).toContain('level-b-separators');
    expect(bodyOf(result)[0]!.elements).toEqual([['AAI'], [''], [''], ['A?B+C']]);
    expect(codes(result)).toEqual([]);
  });

  it('reads a UNB that uses other separators without a UNA, with a warning', () => {
    const result = parse("UNB*UNOA^3*S*R*240131^1200*R'UNH*1*ORDERS^D^96A^UN'UNT*2*1'UNZ*1*R'");
    expect(result.interchanges[0]!.delimiters).toMatchObject({ element: '*', component: '^' });
    expect(result.interchanges[0]!.controlNumber).toBe('R');
    expect(codes(result)).toEqual(['delimiter-invalid']);
  });
});

describe('segment suffixes and line breaks', () => {
  it('tolerates CR LF after terminators and records it as the suffix', () => {
    const result = parse(interchange(message('1', ['BGM+220+1+9']), { suffix: '\r\n' }));
    expect(delimitersOf(result.interchanges[0]!).segmentSuffix).toBe('\r\n');
    expect(result.interchanges[0]!.quirks).toContain('segment-suffix-crlf');
    expect(codes(result)).toEqual([]);
  });

  it('drops line breaks inside a segment from the values, with one warning per interchange', () => {
    const result = parse(interchange(message('1', ['FTX+BFD++Herr\n', 'DTM+137:200508\r\n19:102', 'FTX+AAI+++kept?\nbreak'])));
    expect(bodyOf(result).map((segment) => segment.elements)).toEqual([[['BFD'], [''], ['Herr']], [['137', '20050819', '102']], [['AAI'], [''], [''], ['kept\nbreak']]]);
    const warnings = result.interchanges[0]!.problems;
    expect(warnings.map((p) => [p.code, p.severity])).toEqual([['charset-violation', 'warning']]);
    expect(warnings[0]!.message).toContain('2 segments in this interchange contain line breaks');
    expect(result.interchanges[0]!.quirks).toContain('line-breaks-in-segments');
  });
});
