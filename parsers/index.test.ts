import { describe, expect, it } from 'vitest';
import { createEdiStream, describeNonEdi, detectStandard, parseEdi, type EdiFileResult, type ParseOptions } from './index.js';

const latin1 = (text: string): Uint8Array => Uint8Array.from(text, (char) => char.charCodeAt(0));

function isa(control: string): string {
  return `ISA*00*${' '.repeat(10)}*00*${' '.repeat(10)}*ZZ*${'BUYERCO'.padEnd(15)}*ZZ*${'SUPPLIERCO'.padEnd(15)}*240115*1030*U*00401*${control}*0*P*>~\n`;
}

const X12 = `${isa('000000007')}GS*PO*BUYERCO*SUPPLIERCO*20240115*1030*7*X*004010~
ST*850*0001~
BEG*00*SA*PO-1**20240115~
PO1*1*2*EA*3.50**BP*X1~
CTT*1~
SE*5*0001~
GE*1*7~
IEA*1*000000007~
`;

const EDIFACT = `UNA:+.? '
UNB+UNOC:3+SENDER:14+RECEIVER:14+240115:1030+REF7'
UNH+1+ORDERS:D:96A:UN'
BGM+220+PO?+1+9'
FTX+AAI+++a?:b?'c'
UNT+4+1'
UNZ+1+REF7'
`;

/** A plain-data copy (functions and undefined dropped), for comparing stream and whole-buffer results. */
function comparable(result: EdiFileResult): unknown {
  return JSON.parse(JSON.stringify(result));
}

function streamIn(bytes: Uint8Array, chunkSize: number, options?: ParseOptions): EdiFileResult {
  const stream = createEdiStream(options);
  for (let at = 0; at < bytes.length; at += chunkSize) stream.write(bytes.subarray(at, at + chunkSize));
  return stream.end();
}

describe('detectStandard', () => {
  it('recognises X12 and EDIFACT, also after a byte order mark or junk', () => {
    expect(detectStandard(latin1(X12))).toBe('x12');
    expect(detectStandard(latin1(`\xef\xbb\xbf${X12}`))).toBe('x12');
    expect(detectStandard(latin1(`From: partner\r\n\r\n${X12}`))).toBe('x12');
    expect(detectStandard(latin1(EDIFACT))).toBe('edifact');
    expect(detectStandard(latin1(EDIFACT.slice(EDIFACT.indexOf('UNB'))))).toBe('edifact');
  });

  it('says null for what is not EDI', () => {
    expect(detectStandard(new Uint8Array(0))).toBeNull();
    expect(detectStandard(latin1('%PDF-1.7\n%\xe2\xe3'))).toBeNull();
    expect(detectStandard(latin1('order,qty\nA1,3\n'))).toBeNull();
  });
});

describe('describeNonEdi', () => {
  it('names known file types by their first bytes', () => {
    expect(describeNonEdi(latin1('%PDF-1.7\n'))).toBe("Not an EDI file: it starts with '%PDF' (a PDF document); no ISA or UNA/UNB header found in the first 9 bytes.");
    expect(describeNonEdi(latin1('PK\x03\x04rest'))).toContain("starts with 'PK\\x03\\x04' (a ZIP archive (also .xlsx, .docx))");
  });

  it('quotes the start of other text, marks binary data, and says so for an empty file', () => {
    expect(describeNonEdi(latin1('order,qty\nA1,3\n'))).toBe("Not an EDI file: it starts with 'order,qty\\nA1'; no ISA or UNA/UNB header found in the first 15 bytes.");
    expect(describeNonEdi(Uint8Array.of(1, 2, 0, 4))).toContain('looks binary');
    expect(describeNonEdi(latin1('x'.repeat(70_000)))).toContain('in the first 64 KiB');
    expect(describeNonEdi(new Uint8Array(0))).toBe('The file is empty.');
  });
});

describe('parseEdi', () => {
  it('dispatches to the engine of the detected standard', () => {
    const x12 = parseEdi(latin1(X12));
    expect(x12).toMatchObject({ standard: 'x12', verdict: 'ok', size: X12.length });
    expect(x12.interchanges[0]?.groups[0]?.transactions[0]).toMatchObject({ type: '850', controlNumber: '0001', segmentCount: 5 });
    const edifact = parseEdi(latin1(EDIFACT));
    expect(edifact.standard).toBe('edifact');
    expect(edifact.interchanges[0]?.groups[0]?.transactions[0]).toMatchObject({ type: 'ORDERS', controlNumber: '1', segmentCount: 4 });
  });

  it("returns verdict 'not-edi' with one problem explaining what the bytes look like", () => {
    expect(parseEdi(latin1('%PDF-1.7\n'))).toEqual({
      standard: null,
      verdict: 'not-edi',
      size: 9,
      interchanges: [],
      problems: [
        {
          severity: 'error',
          code: 'not-edi',
          level: 'file',
          message: "Not an EDI file: it starts with '%PDF' (a PDF document); no ISA or UNA/UNB header found in the first 9 bytes.",
          position: { offset: 0, line: 1, column: 1 },
        },
      ],
    });
    expect(parseEdi(new Uint8Array(0)).problems[0]).toMatchObject({ code: 'empty-file', message: 'The file is empty.' });
  });
});

describe('createEdiStream', () => {
  it('gives the same result in 1-byte, 7-byte and whole chunks as a whole-buffer parse', () => {
    for (const text of [X12, EDIFACT, `\xef\xbb\xbf${X12}`]) {
      const bytes = latin1(text);
      const options: ParseOptions = { keepSegments: false };
      const whole = comparable(parseEdi(bytes, options));
      for (const size of [1, 7, bytes.length]) expect(comparable(streamIn(bytes, size, options)), `chunks of ${size}`).toEqual(whole);
    }
  });

  it('finds a header after junk that arrives over many small chunks', () => {
    const result = streamIn(latin1(`${'-'.repeat(3000)}\n${X12}`), 100);
    expect(result.standard).toBe('x12');
    expect(result.problems.map((problem) => problem.code)).toContain('junk-before-header');
  });

  it('gives up after 64 KiB without a header and still counts every byte', () => {
    const bytes = latin1('no edi here\n'.repeat(20_000));
    const result = streamIn(bytes, 4096);
    expect(result).toMatchObject({ standard: null, verdict: 'not-edi', size: bytes.length });
    expect(result.problems[0]?.message).toContain("starts with 'no edi here\\n'");
  });

  it('calls onTransaction for each transaction while streaming', () => {
    const seen: string[] = [];
    streamIn(latin1(X12 + X12.replaceAll('000000007', '000000008')), 16, { onTransaction: (transaction, _group, interchange) => seen.push(`${interchange.controlNumber}/${transaction.controlNumber}`) });
    expect(seen).toEqual(['000000007/0001', '000000008/0001']);
  });

  it('refuses writes after end', () => {
    const stream = createEdiStream();
    stream.write(latin1(X12));
    stream.end();
    expect(() => stream.write(latin1('x'))).toThrow(/after end/);
  });
});

describe('segments lent to onTransaction', () => {
  it('come with their loop tree, which is taken back after the callback like the segments', () => {
    for (const bytes of [latin1(X12), latin1(EDIFACT)]) {
      const seen: { segments: number; rootId: string | undefined; loops: number }[] = [];
      const result = parseEdi(bytes, {
        keepSegments: false,
        segmentsForCallback: true,
        onTransaction: (transaction) => {
          seen.push({ segments: transaction.segments?.length ?? 0, rootId: transaction.tree?.id, loops: transaction.tree?.children.length ?? 0 });
        },
      });
      expect(seen).toHaveLength(1);
      expect(seen[0]!.segments).toBeGreaterThan(2);
      expect(seen[0]!.rootId).toMatch(/^(ST|UNH)$/);
      expect(seen[0]!.loops).toBeGreaterThan(0);
      const kept = result.interchanges[0]!.groups[0]!.transactions[0]!;
      expect(kept.segments).toBeUndefined();
      expect(kept.tree).toBeUndefined();
    }
  });
});
