import { describe, expect, it } from 'vitest';
import { bytesOf, interchange, isa, po850, simpleFile, withDelimiters, x12 } from './fixtures/builders.js';
import { allProblems, segmentLines, transactionSegments } from './fixtures/results.js';
import { parseX12 } from './parse.js';

const parse = (text: string) => parseX12(bytesOf(text), { validate: 'envelope' });

describe('X12 delimiters from the ISA', () => {
  it('reads the usual * : ~ with LF after each terminator', () => {
    const result = parse(simpleFile());
    expect(result.verdict).toBe('ok');
    const delimiters = result.interchanges[0]!.delimiters;
    expect(delimiters).toEqual({ element: '*', component: ':', segment: '~', repetition: null, segmentSuffix: '\n' });
    expect(result.interchanges[0]!.quirks).toContain('segment-suffix-lf');
  });

  it.each([
    ['pipe, caret component, CR terminator', { element: '|', component: '^', segment: '\r' }],
    ['LF as terminator', { element: '*', component: '>', segment: '\n' }],
    ['DEL element separator and NAK (0x15) terminator', { element: '\x7f', component: '>', segment: '\x15' }],
    ['control characters everywhere', { element: '\x1d', component: '\x1f', segment: '\x1c' }],
    ['Latin-1 high bytes', { element: '\xa6', component: '\xbb', segment: '\x85' }],
  ])('reads %s', (_name, delimiters) => {
    const composite = ['ST*850*0002', 'BEG*00*SA*1**20240131', 'ZZZ*A:B*C', 'SE*4*0002'];
    const text = withDelimiters(x12(interchange([{ control: '7', transactions: [po850('0001', 3), composite] }]), '~', ''), delimiters);
    const result = parse(text);
    expect(allProblems(result)).toEqual([]);
    const interchangeResult = result.interchanges[0]!;
    expect(interchangeResult.delimiters).toMatchObject(delimiters);
    const segments = transactionSegments(parseX12(bytesOf(text), { validate: 'envelope' }));
    expect(segments[2]!.elements[6]).toEqual(['ITEM1']);
    expect(segments.find((s) => s.tag === 'ZZZ')!.elements).toEqual([['A', 'B'], ['C']]);
    expect(interchangeResult.groups[0]!.transactions.map((t) => t.segmentCount)).toEqual([7, 4]);
  });

  it('takes ISA11 as the repetition separator only when it is not a letter or digit', () => {
    const withCaret = x12(interchange([{ control: '1', transactions: [['ST*850*0001', 'REF*ZZ*A^B:C', 'SE*3*0001']] }], { repetition: '^', version: '00501' }));
    const segment = transactionSegments(parseX12(bytesOf(withCaret)))[1]!;
    expect(segment.elements[1]).toEqual(['A']);
    expect(segment.repeats?.[1]).toEqual([['A'], ['B', 'C']]);
    const withU = x12(interchange([{ control: '1', transactions: [['ST*850*0001', 'REF*ZZ*A^B', 'SE*3*0001']] }]));
    const plain = parseX12(bytesOf(withU));
    expect(plain.interchanges[0]!.delimiters.repetition).toBeNull();
    expect(transactionSegments(plain)[1]!.elements[1]).toEqual(['A^B']);
  });

  it('reads an ISA that is not padded to fixed width by counting separators', () => {
    const unpadded = x12([
      'ISA*00**00**ZZ*SENDER*ZZ*RECEIVER*240131*1200*U*00401*000000001*0*P*:',
      'GS*PO*S*R*20240131*1200*1*X*004010', ...po850('0001'), 'GE*1*1', 'IEA*1*000000001',
    ]);
    const result = parse(unpadded);
    const only = result.interchanges[0]!;
    expect(only.sender).toEqual({ qualifier: 'ZZ', id: 'SENDER' });
    expect(only.delimiters.segment).toBe('~');
    expect(only.quirks).toContain('unpadded-isa');
    expect(errorsOf(result)).toEqual([]);
    expect(allProblems(result).map((p) => p.position.element)).toEqual([2, 4, 6, 8]);
  });

  it('tolerates CR/LF, CRLF and spaces after terminators and records the suffix', () => {
    for (const [suffix, quirk] of [['\r\n', 'segment-suffix-crlf'], ['\r', 'segment-suffix-cr'], [' ', 'segment-suffix-space'], [' \r\n', 'segment-suffix-space-cr-lf']] as const) {
      const result = parse(simpleFile(2, suffix));
      expect(result.verdict, JSON.stringify(suffix)).toBe('ok');
      expect(result.interchanges[0]!.delimiters.segmentSuffix).toBe(suffix);
      expect(result.interchanges[0]!.quirks).toContain(quirk);
    }
  });

  it('notes mixed suffixes', () => {
    const text = simpleFile(1, '\n').replace('BEG*00*SA*PO0001**20240131~\n', 'BEG*00*SA*PO0001**20240131~\r\n');
    const result = parse(text);
    expect(result.interchanges[0]!.delimiters.segmentSuffix).toBe('');
    expect(result.interchanges[0]!.quirks).toContain('mixed-segment-suffix');
  });
});

describe('bytes before, between and after interchanges', () => {
  it('skips a UTF-8 BOM with a warning at offset 0', () => {
    const result = parse('\xef\xbb\xbf' + simpleFile());
    expect(result.verdict).toBe('warnings');
    expect(result.problems).toMatchObject([{ code: 'bom-skipped', severity: 'warning', position: { offset: 0, line: 1, column: 1 } }]);
    expect(result.interchanges[0]!.quirks).toContain('bom');
    expect(result.interchanges[0]!.range.start).toBe(3);
  });

  it('skips junk before the ISA and points at it', () => {
    const result = parse('From: partner@example.com\r\n\r\n' + simpleFile());
    expect(result.problems).toMatchObject([{ code: 'junk-before-header', position: { offset: 0, line: 1, column: 1 } }]);
    expect(result.problems[0]!.message).toContain('From: partner');
    expect(result.interchanges[0]!.quirks).toContain('junk-before-header');
    expect(result.interchanges[0]!.groups[0]!.transactions).toHaveLength(2);
  });

  it('skips whitespace before the ISA with a warning', () => {
    const result = parse('\r\n  \n' + simpleFile());
    expect(result.problems).toMatchObject([{ code: 'junk-before-header', severity: 'warning' }]);
    expect(result.interchanges[0]!.range.start).toBe(5);
  });

  it('does not take "ISA" inside a word for a header', () => {
    const result = parse('VISA*PAYMENT*1\n' + simpleFile());
    expect(result.interchanges).toHaveLength(1);
    expect(result.interchanges[0]!.range.start).toBe(15);
  });

  it('reports junk and stray segments between interchanges, and ignores a trailing Ctrl-Z', () => {
    const first = x12(interchange([{ control: '1', transactions: [po850('0001')] }], { control: '000000001' }));
    const second = x12(interchange([{ control: '2', transactions: [po850('0001')] }], { control: '000000002' }));
    const junk = parse(first + '--- cut here ---\n' + second + '\x1a');
    expect(junk.problems.map((p) => [p.code, p.position.offset])).toEqual([['junk-between-interchanges', first.length]]);
    const stray = parse(first + 'GS*PO*X*Y*20240131*1200*9*X*004010~\n' + second);
    expect(stray.problems).toMatchObject([{ code: 'segment-outside-envelope', severity: 'error', position: { offset: first.length, segmentTag: 'GS' } }]);
    expect(stray.interchanges).toHaveLength(2);
  });

  it('says not-edi or empty-file when there is no ISA', () => {
    expect(parse('hello world, this is not EDI')).toMatchObject({ standard: null, verdict: 'not-edi', problems: [{ code: 'not-edi' }] });
    expect(parse('')).toMatchObject({ standard: null, verdict: 'not-edi', problems: [{ code: 'empty-file' }] });
    expect(parse(' \n ')).toMatchObject({ verdict: 'not-edi', problems: [{ code: 'empty-file' }] });
  });

  it('reads several interchanges with different delimiters, one of them on a single line', () => {
    const a = x12(interchange([{ control: '1', transactions: [po850('0001')] }], { control: '000000001' }), '~', '\r\n');
    const b = withDelimiters(x12(interchange([{ control: '2', transactions: [po850('0002')] }], { control: '000000002', component: '>' }), '~', ''), { element: '|', component: '>', segment: '\n' });
    const c = x12(interchange([{ control: '3', transactions: [po850('0003')] }], { control: '000000003' }), '~', ' ');
    const d = withDelimiters(x12(interchange([{ control: '4', transactions: [po850('0004')] }], { control: '000000004' }), '\x15', '\r\n'), { element: '\x7f', component: ':', segment: '\x15' });
    const result = parse(a + b + c + d);
    expect(allProblems(result)).toEqual([]);
    expect(result.interchanges.map((i) => [i.controlNumber, i.delimiters.element, i.delimiters.segment])).toEqual([
      ['000000001', '*', '~'], ['000000002', '|', '\n'], ['000000003', '*', '~'], ['000000004', '\x7f', '\x15'],
    ]);
    expect(result.interchanges.map((i) => i.groups[0]!.transactions[0]!.controlNumber)).toEqual(['0001', '0002', '0003', '0004']);
  });
});

describe('hard-wrapped files', () => {
  const wrap = (text: string, width: number) => text.match(new RegExp(`[^]{1,${width}}`, 'g'))!.join('\r\n');

  it('detects a file wrapped every 80 bytes and reads values across the breaks', () => {
    const flat = simpleFile(3, '');
    const wrapped = wrap(flat, 80) + '\r\n';
    const result = parseX12(bytesOf(wrapped));
    expect(result.problems).toMatchObject([{ code: 'wrapped-lines', severity: 'warning', position: { offset: 80, line: 1, column: 81 } }]);
    expect(result.interchanges[0]!.quirks).toContain('wrapped-80');
    expect(segmentLines(result)).toEqual(segmentLines(parseX12(bytesOf(flat))));
    expect(result.interchanges[0]!.groups[0]!.transactions.map((t) => t.status)).toEqual(['accepted', 'accepted', 'accepted']);
  });

  it('keeps offsets in the original bytes', () => {
    const flat = simpleFile(1, '');
    const wrapped = wrap(flat, 64);
    const result = parseX12(bytesOf(wrapped));
    for (const segment of transactionSegments(result)) {
      expect(wrapped.slice(segment.offset).replace(/\r\n/g, '').startsWith(`${segment.tag}*`)).toBe(true);
      expect(wrapped[segment.end - 1]).toBe('~');
    }
    expect(result.interchanges[0]!.quirks).toContain('wrapped-64');
  });
});

describe('hard-wrapped files with several interchanges', () => {
  it('reads an ISA whose tag a line break splits', () => {
    const one = (n: number) => x12(interchange([{ control: String(n), transactions: [po850(`000${n}`)] }], { control: `00000000${n}` }), '~', '');
    const flat = one(1) + one(2) + one(3);
    const width = one(1).length + 1; // the first break falls between the I and the S of the second ISA
    const wrapped = flat.match(new RegExp(`[^]{1,${width}}`, 'g'))!.join('\r\n');
    expect(wrapped.slice(width - 1, width + 4)).toBe('I\r\nSA');
    const result = parseX12(bytesOf(wrapped), { validate: 'envelope' });
    expect(result.interchanges.map((i) => i.controlNumber)).toEqual(['000000001', '000000002', '000000003']);
    expect(segmentLines(result)).toEqual(segmentLines(parseX12(bytesOf(flat), { validate: 'envelope' })));
    expect(result.interchanges[1]!.range.start).toBe(width - 1);
    expect(result.problems.map((p) => p.code)).toEqual(['wrapped-lines', 'wrapped-lines']);
  });
});

describe('EBCDIC', () => {
  it('detects cp037, decodes it and keeps offsets', async () => {
    const { CP037_TO_LATIN1 } = await import('./ebcdic.js');
    const toEbcdic = new Uint8Array(256);
    CP037_TO_LATIN1.forEach((latin, ebcdic) => (toEbcdic[latin] = ebcdic));
    // 80-byte records padded with spaces, EBCDIC NL (0x15, Latin-1 0x85 after decoding) terminators
    const records = interchange([{ control: '1', transactions: [po850('0001')] }]).map((segment) => {
      const text = segment + '\x85';
      return text.padEnd(Math.ceil(text.length / 80) * 80, ' ');
    });
    const latin = records.join('');
    const ebcdic = bytesOf(latin).map((b) => toEbcdic[b]!);
    expect([...ebcdic.subarray(0, 3)]).toEqual([0xc9, 0xe2, 0xc1]);
    const result = parseX12(ebcdic);
    expect(result.problems).toMatchObject([{ code: 'ebcdic-detected', severity: 'warning', position: { offset: 0 } }]);
    const only = result.interchanges[0]!;
    expect(only.quirks).toEqual(expect.arrayContaining(['ebcdic', 'padded-records']));
    expect(only.charset).toBe('cp037');
    expect(segmentLines(result)).toEqual(segmentLines(parseX12(bytesOf(latin))));
    expect(only.groups[0]!.transactions[0]!.range.start).toBe(latin.indexOf('ST*850'));
  });
});

describe('segments and values', () => {
  it('keeps trailing empty elements, splits components, reports offsets and indexes', () => {
    const text = simpleFile(1);
    const segments = transactionSegments(parseX12(bytesOf(text), { validate: 'envelope' }));
    const beg = segments[1]!;
    expect(beg).toMatchObject({ tag: 'BEG', elements: [['00'], ['SA'], ['PO0001'], [''], ['20240131']], index: 3 });
    expect(text.slice(beg.offset, beg.end)).toBe('BEG*00*SA*PO0001**20240131~');
    expect(segments[2]!.elements[6]).toEqual(['ITEM1']);
    expect(transactionSegments(parseX12(bytesOf(text.replace('CTT*2~', 'CTT*2**~'))))[4]!.elements).toEqual([['2'], [''], ['']]);
  });

  it('keeps ISA values whole, padding included', () => {
    const header = parseX12(bytesOf(simpleFile())).interchanges[0]!.header;
    expect(header.elements[5]).toEqual(['SENDER         ']);
    expect(header.elements[15]).toEqual([':']);
    expect(header.elements[10]).toEqual(['U']);
    expect(isa().length + 1).toBe(106);
  });
});

function errorsOf(result: ReturnType<typeof parse>) {
  return allProblems(result).filter((p) => p.severity === 'error');
}


describe('long values and odd shapes', () => {
  it('reads a value longer than any decoding block', () => {
    const long = 'X'.repeat(10_000) + 'END';
    const text = x12(interchange([{ control: '1', transactions: [['ST*850*0001', `MSG*${long}`, 'SE*3*0001']] }]));
    const segment = transactionSegments(parseX12(bytesOf(text), { validate: 'envelope' }))[1]!;
    expect(segment.elements[0]![0]).toBe(long);
  });

  it('takes a segment with many elements', () => {
    const values = Array.from({ length: 300 }, (_, i) => String(i));
    const text = x12(interchange([{ control: '1', transactions: [['ST*850*0001', `ZZZ*${values.join('*')}`, 'SE*3*0001']] }]));
    expect(transactionSegments(parseX12(bytesOf(text), { validate: 'envelope' }))[1]!.elements.map((e) => e[0])).toEqual(values);
  });

  it('counts a CRLF file by LF lines, columns in bytes', () => {
    const text = simpleFile(1, '\r\n').replace('SE*6*0001', 'SE*5*0001');
    const problem = allProblems(parse(text))[0]!;
    expect(problem.position).toMatchObject({ line: 8, column: 4, element: 1 });
  });
});
