import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EdiFileResult, Transaction } from '../model.js';
import { bytesOf, interchange, po850, simpleFile, withDelimiters, x12 } from './fixtures/builders.js';
import { createX12Stream, parseX12, scanX12 } from './parse.js';

/** A file with most quirks at once: BOM, junk, wrapped interchange, control-character delimiters, errors. */
function quirkyFile(): string {
  const first = x12(interchange([{ control: '1', transactions: [po850('0001'), po850('0002', 1, 9)] }], { control: '000000001' }), '~', '\r\n');
  const wrappedFlat = x12(interchange([{ control: '2', transactions: [po850('0003', 4)] }], { control: '000000002' }), '~', '');
  const wrapped = wrappedFlat.match(/[^]{1,80}/g)!.join('\r\n') + '\r\n';
  const control = withDelimiters(x12(interchange([{ control: '3', transactions: [po850('0004')] }], { control: '000000003' }), '~', ''), { element: '\x7f', component: '>', segment: '\x15' });
  const truncated = x12(interchange([{ control: '4', transactions: [po850('0005')] }], { control: '000000001' })).slice(0, -40);
  return '\xef\xbb\xbfjunk\n' + first + wrapped + 'garbage!\n' + control + truncated;
}

function feed(bytes: Uint8Array, sizes: (index: number) => number, options?: Parameters<typeof createX12Stream>[0]): EdiFileResult {
  const stream = createX12Stream({ keepSegments: true, ...options });
  let offset = 0;
  for (let i = 0; offset < bytes.length; i++) {
    const size = Math.max(1, sizes(i));
    stream.write(bytes.subarray(offset, offset + size));
    offset += size;
  }
  return stream.end();
}

describe('chunking never changes the result', () => {
  const bytes = bytesOf(quirkyFile());
  const whole = parseX12(bytes);

  it('has a rich reference result', () => {
    expect(whole.interchanges).toHaveLength(4);
    expect(whole.problems.map((p) => p.code)).toEqual(expect.arrayContaining(['bom-skipped', 'junk-before-header', 'wrapped-lines', 'junk-between-interchanges', 'truncated-file']));
  });

  it('1-byte chunks give the identical result', () => {
    expect(feed(bytes, () => 1)).toEqual(whole);
  });

  it('random chunk sizes give the identical result', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 200 }), { minLength: 1, maxLength: 50 }), (sizes) => {
        expect(feed(bytes, (i) => sizes[i % sizes.length]!)).toEqual(whole);
      }),
      { numRuns: 150 },
    );
  });

  it('an EBCDIC file in 1-byte chunks', async () => {
    const { CP037_TO_LATIN1 } = await import('./ebcdic.js');
    const toEbcdic = new Uint8Array(256);
    CP037_TO_LATIN1.forEach((latin, ebcdic) => (toEbcdic[latin] = ebcdic));
    const latin = x12(interchange([{ control: '1', transactions: [po850('0001')] }]), '\x85', '    ');
    const ebcdic = bytesOf('\r\n' + latin + latin.replace('000000001', '000000002').replace(/000000001/g, '000000002')).map((b, i) => (i < 2 ? b : toEbcdic[b]!));
    const reference = parseX12(ebcdic);
    expect(reference.interchanges).toHaveLength(2);
    expect(feed(ebcdic, () => 1)).toEqual(reference);
  });
});

describe('createX12Stream', () => {
  const text = simpleFile(3);

  it('does not keep segments by default but lends them to onTransaction when asked', () => {
    const seen: { type: string; tags: string[] | undefined }[] = [];
    const stream = createX12Stream({
      segmentsForCallback: true,
      onTransaction: (transaction) => seen.push({ type: transaction.controlNumber, tags: transaction.segments?.map((s) => s.tag) }),
    });
    stream.write(bytesOf(text));
    const result = stream.end();
    expect(seen).toEqual([1, 2, 3].map((n) => ({ type: `000${n}`, tags: ['ST', 'BEG', 'PO1', 'PO1', 'CTT', 'SE'] })));
    expect(result.interchanges[0]!.groups[0]!.transactions.every((t) => t.segments === undefined)).toBe(true);
  });

  it('without segmentsForCallback the callback sees no segments', () => {
    const seen: Transaction[] = [];
    const stream = createX12Stream({ onTransaction: (t) => seen.push(t) });
    stream.write(bytesOf(text));
    stream.end();
    expect(seen.map((t) => t.segments)).toEqual([undefined, undefined, undefined]);
  });

  it('gives the callback the group and interchange the transaction belongs to', () => {
    const seen: string[] = [];
    const stream = createX12Stream({ onTransaction: (t, g, i) => seen.push(`${i.controlNumber}/${g.controlNumber}/${t.controlNumber}`) });
    stream.write(bytesOf(text));
    stream.end();
    expect(seen).toEqual(['000000001/1/0001', '000000001/1/0002', '000000001/1/0003']);
  });

  it('refuses writes after end', () => {
    const stream = createX12Stream();
    stream.write(bytesOf(text));
    stream.end();
    expect(() => stream.write(bytesOf('x'))).toThrow(/after end/);
  });

  it('envelope mode and scanX12 agree with full parsing on envelopes', () => {
    const bytes = bytesOf(quirkyFile());
    const strip = (result: EdiFileResult) => JSON.parse(JSON.stringify(result, (key, value) => (key === 'segments' || key === 'tree' || key === 'hierarchy' ? undefined : value))) as EdiFileResult;
    const scan = scanX12(bytes);
    expect(scan.interchanges[0]!.groups[0]!.transactions[0]!.segments).toBeUndefined();
    expect(strip(scan)).toEqual(strip(parseX12(bytes, { validate: 'envelope' })));
    const full = strip(parseX12(bytes));
    expect(scan.interchanges.map((i) => i.groups.map((g) => g.transactions.map((t) => t.segmentCount)))).toEqual(
      full.interchanges.map((i) => i.groups.map((g) => g.transactions.map((t) => t.segmentCount))),
    );
  });
});

describe('callers that reuse their buffer', () => {
  it('keeps its own copy of an unfinished segment between writes', () => {
    const bytes = bytesOf(simpleFile(5, '\r\n'));
    const reference = parseX12(bytes);
    for (const size of [7, 64, 1000]) {
      const reused = new Uint8Array(size);
      const stream = createX12Stream({ keepSegments: true });
      for (let offset = 0; offset < bytes.length; offset += size) {
        const n = Math.min(size, bytes.length - offset);
        reused.set(bytes.subarray(offset, offset + n));
        stream.write(reused.subarray(0, n));
        reused.fill(0x41);
      }
      expect(stream.end(), `chunks of ${size}`).toEqual(reference);
    }
  });
});

describe('streams with a callback keep no transaction summaries (constant memory)', () => {
  const encoder = new TextEncoder();
  const body = (control: string, segmentCount: number) =>
    `ST*850*${control}~BEG*00*SA*PO${control}**20261115~PO1*1*1*EA*1.00**VN*A~CTT*1~SE*${segmentCount}*${control}~`;
  const file = (sets: string[]) =>
    `ISA*00*          *00*          *ZZ*BUYER          *ZZ*SELLER         *261115*1200*U*00401*000000001*0*P*>~GS*PO*BUYER*SELLER*20261115*1200*1*X*004010~${sets.join('')}GE*${sets.length}*1~IEA*1*000000001~`;

  it('hands every transaction to the callback, keeps none, and still derives statuses and the verdict', () => {
    const seen: string[] = [];
    const stream = createX12Stream({ onTransaction: (transaction) => seen.push(`${transaction.controlNumber}:${transaction.status}`) });
    stream.write(encoder.encode(file([body('0001', 5), body('0002', 9), body('0003', 5)])));
    const result = stream.end();
    expect(seen).toEqual(['0001:accepted', '0002:rejected', '0003:accepted']);
    const group = result.interchanges[0]!.groups[0]!;
    expect(group.transactions).toHaveLength(0);
    expect(group.status).toBe('partially-accepted');
    expect(result.verdict).toBe('errors');
  });

  it('keeps them when asked, and a whole-buffer parse keeps them by default', () => {
    const stream = createX12Stream({ keepTransactions: true, onTransaction: () => undefined });
    stream.write(encoder.encode(file([body('0001', 5)])));
    expect(stream.end().interchanges[0]!.groups[0]!.transactions).toHaveLength(1);
    expect(parseX12(encoder.encode(file([body('0001', 5)])), { onTransaction: () => undefined }).interchanges[0]!.groups[0]!.transactions).toHaveLength(1);
  });
});
