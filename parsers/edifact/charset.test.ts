import { describe, expect, it } from 'vitest';
import type { EdiFileResult } from '../model.js';
import { charsetForSyntaxId } from './charset.js';
import { allProblems, codes, concat, latin1, utf8 } from './fixtures/build.js';
import { createEdifactStream, parseEdifact } from './index.js';

/** UNB with the given syntax id, one message whose NAD carries `name` (raw bytes), UNZ. */
function withName(syntaxId: string, name: Uint8Array): Uint8Array {
  return concat(latin1(`UNB+${syntaxId}:3+S+R+240131:1200+R'UNH+1+ORDERS:D:96A:UN'NAD+BY+++`), name, latin1("'UNT+3+1'UNZ+1+R'"));
}

function nameOf(result: EdiFileResult): string {
  return result.interchanges[0]!.groups[0]!.transactions[0]!.segments![1]!.elements[3]![0]!;
}

const parse = (bytes: Uint8Array): EdiFileResult => parseEdifact(bytes, { validate: 'envelope' });

describe('syntax identifiers decode to their character sets', () => {
  const cases: [string, string, number[], string][] = [
    ['UNOC', 'latin1', [0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72], 'Müller'],
    ['UNOD', 'iso-8859-2', [0xa3, 0xf3, 0x64, 0xbc], 'Łódź'],
    ['UNOE', 'iso-8859-5', [0xc0, 0xeb, 0xd1, 0xd0], 'Рыба'],
    ['UNOF', 'iso-8859-7', [0xc1, 0xe8, 0xde, 0xed, 0xe1], 'Αθήνα'],
    ['UNOG', 'iso-8859-3', [0xa9, 0x73, 0x74, 0x61, 0x6e, 0x62, 0x75, 0x6c], 'İstanbul'],
    ['UNOH', 'iso-8859-4', [0xd1, 0x69, 0x67, 0x61], 'Ņiga'],
    ['UNOI', 'iso-8859-6', [0xc7, 0xe4, 0xd1, 0xea, 0xc7, 0xd6], 'الرياض'],
    ['UNOJ', 'iso-8859-8', [0xf9, 0xec, 0xe5, 0xed], 'שלום'],
    ['UNOK', 'windows-1254', [0xdd, 0x7a, 0x6d, 0x69, 0x72], 'İzmir'],
    ['UNOL', 'iso-8859-15', [0xa4, 0x20, 0x31, 0x30], '€ 10'],
    ['UNOY', 'utf-8', [...utf8('北京 Ærø')], '北京 Ærø'],
    ['UNOW', 'utf-8', [...utf8('Ωmega')], 'Ωmega'],
  ];
  for (const [syntaxId, charset, bytes, text] of cases) {
    it(`${syntaxId} (${charset}): ${text}`, () => {
      const result = parse(withName(syntaxId, new Uint8Array(bytes)));
      expect(nameOf(result)).toBe(text);
      expect(result.interchanges[0]!.charset).toBe(charset === 'windows-1254' ? 'iso-8859-9' : charset);
      expect(codes(result)).toEqual([]);
    });
  }

  it('UNOA and UNOB are ASCII subsets', () => {
    expect(charsetForSyntaxId('UNOA').charset).toBe('ascii');
    const result = parse(withName('UNOB', latin1('Lower case ok')));
    expect(codes(result)).toEqual([]);
    expect(nameOf(result)).toBe('Lower case ok');
  });
});

describe('characters outside the declared set are warnings at the exact byte', () => {
  it('lower case under UNOA: one warning per value, naming the characters', () => {
    const bytes = withName('UNOA', latin1('ACME gmbh'));
    const result = parse(bytes);
    const problems = allProblems(result);
    expect(problems.map((p) => [p.code, p.severity, p.level])).toEqual([['charset-violation', 'warning', 'element']]);
    const at = bytes.indexOf(0x67);
    expect(problems[0]!.position).toMatchObject({ offset: at, line: 1, column: at + 1, segmentTag: 'NAD', element: 4, component: 1, segmentPositionInTransaction: 2, segmentIndex: 2 });
    expect(problems[0]!.message).toContain('4 characters');
    expect(problems[0]!.message).toContain('"ACME gmbh"');
    expect(result.verdict).toBe('warnings');
    expect(result.interchanges[0]!.groups[0]!.transactions[0]!.status).toBe('accepted-with-errors');
  });

  it('a Latin-1 byte under UNOA', () => {
    const bytes = withName('UNOA', latin1('M\u00fcLLER'));
    const problem = allProblems(parse(bytes))[0]!;
    expect(problem.position.offset).toBe(bytes.indexOf(0xfc));
    expect(problem.message).toContain("byte 0xFC ('ü' in Latin-1)");
    expect(nameOf(parse(bytes))).toBe('MüLLER');
  });

  it('UTF-8 bytes under UNOC get a hint that the file may be UTF-8', () => {
    const bytes = withName('UNOC', utf8('MUNCIË'));
    const problem = allProblems(parse(bytes))[0]!;
    expect(problem.position.offset).toBe(bytes.indexOf(0x8b));
    expect(problem.message).toContain("the bytes C3 8B are UTF-8 for 'Ë'");
  });

  it('invalid UTF-8 under UNOY, also when the sequence is cut by the terminator', () => {
    const bytes = withName('UNOY', new Uint8Array([0x41, 0xc3, 0x28, 0x42, 0xe2, 0x82]));
    const problems = allProblems(parse(bytes));
    expect(problems.map((p) => p.code)).toEqual(['charset-violation']);
    expect(problems[0]!.position.offset).toBe(bytes.indexOf(0xc3));
    expect(problems[0]!.message).toContain('2 invalid UTF-8 sequences, the first at byte');
  });

  it('a UTF-8 character split between chunks is valid', () => {
    const bytes = withName('UNOY', utf8('€'));
    const euroAt = bytes.indexOf(0xe2);
    for (const cut of [euroAt + 1, euroAt + 2]) {
      const stream = createEdifactStream({ validate: 'envelope', keepSegments: true });
      stream.write(bytes.subarray(0, cut));
      stream.write(bytes.subarray(cut));
      const result = stream.end();
      expect(allProblems(result)).toEqual([]);
      expect(nameOf(result)).toBe('€');
    }
  });

  it('lists ten values per message, then counts the rest in one warning', () => {
    const segments = Array.from({ length: 14 }, (_, i) => `FTX+AAI+++lower ${i}`).join("'");
    const result = parse(latin1(`UNB+UNOA:3+S+R+240131:1200+R'UNH+1+ORDERS:D:96A:UN'${segments}'UNT+16+1'UNZ+1+R'`));
    const problems = result.interchanges[0]!.groups[0]!.transactions[0]!.problems;
    expect(problems).toHaveLength(11);
    expect(problems[10]!.message).toMatch(/^20 more characters outside the UNOA character set in message '1' are not listed \(the first at byte \d+\)$/);
  });
});

describe('unknown syntax identifiers', () => {
  it('ANSI (not UN/EDIFACT) is a warning and values are read as Latin-1 unchecked', () => {
    const result = parse(withName('ANSI', latin1('Stra\u00dfe\x07')));
    expect(codes(result)).toEqual(['syntax-id-unknown']);
    expect(result.interchanges[0]!.charset).toBe('latin1');
    expect(result.interchanges[0]!.syntaxId).toBe('ANSI');
    expect(nameOf(result)).toBe('Straße\x07');
  });

  it('UNOX (ISO 2022 code extension) is not supported: a warning, read as Latin-1', () => {
    expect(codes(parse(withName('UNOX', latin1('ABC'))))).toEqual(['syntax-id-unknown']);
  });
});
