import { describe, expect, it } from 'vitest';
import { bytesOf, gs, interchange, isa, po850, x12 } from './fixtures/builders.js';
import { allProblems, errors } from './fixtures/results.js';
import { parseX12 } from './parse.js';

const parse = (text: string) => parseX12(bytesOf(text), { validate: 'envelope' });
const oneGroup = (transactions: string[][], declaredCount?: number) =>
  x12(interchange([{ control: '1', transactions, ...(declaredCount === undefined ? {} : { declaredCount }) }]));

/** line and column of an offset, counted independently of the parser */
function where(text: string, offset: number) {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { offset, line, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
}

describe('transaction envelopes', () => {
  it('reports a wrong SE01 at the exact byte and rejects only that transaction', () => {
    const text = oneGroup([po850('0001'), po850('0002', 2, 7), po850('0003')]);
    const result = parse(text);
    const group = result.interchanges[0]!.groups[0]!;
    expect(group.transactions.map((t) => t.status)).toEqual(['accepted', 'rejected', 'accepted']);
    expect(group.status).toBe('partially-accepted');
    const se = text.indexOf('SE*7*0002');
    expect(group.transactions[1]!.problems).toEqual([{
      severity: 'error', code: 'transaction-count-mismatch', level: 'transaction', badValue: '7',
      message: 'SE01 says "7" segments but transaction 850 0002 (ST at line 9) has 6, counting ST and SE.',
      position: { ...where(text, se + 3), segmentIndex: 13, segmentTag: 'SE', element: 1, segmentPositionInTransaction: 6 },
    }]);
    expect(group.transactions[1]).toMatchObject({ segmentCount: 6, declaredSegmentCount: 7 });
    expect(result.verdict).toBe('errors');
  });

  it('compares SE02 with ST02, tolerating only leading zeros (with a warning)', () => {
    const text = oneGroup([po850('0001').map((s) => s.replace('SE*6*0001', 'SE*6*0009')), po850('0002').map((s) => s.replace('SE*6*0002', 'SE*6*2'))]);
    const [mismatch, zeros] = parse(text).interchanges[0]!.groups[0]!.transactions;
    expect(mismatch!.problems).toMatchObject([{ code: 'transaction-control-mismatch', severity: 'error', badValue: '0009', position: { element: 2, segmentTag: 'SE' } }]);
    expect(mismatch!.problems[0]!.message).toBe('SE02 control number "0009" differs from ST02 "0001".');
    expect(zeros!.problems).toMatchObject([{ code: 'transaction-control-mismatch', severity: 'warning' }]);
    expect(zeros!.status).toBe('accepted-with-errors');
  });

  it('closes a transaction whose SE is missing when the next ST arrives, and goes on', () => {
    const text = oneGroup([po850('0001').slice(0, -1), po850('0002')], 2);
    const result = parse(text);
    const [first, second] = result.interchanges[0]!.groups[0]!.transactions;
    const nextSt = text.indexOf('ST*850*0002');
    expect(first!.problems).toEqual([{
      severity: 'error', code: 'transaction-trailer-missing', level: 'transaction',
      message: 'Transaction 850 0001 (ST at line 3) has no SE trailer: the next ST comes first.',
      position: { ...where(text, nextSt), segmentIndex: 7, segmentTag: 'ST', segmentPositionInTransaction: 6 },
    }]);
    expect(first!.segmentCount).toBe(5);
    expect(second!.status).toBe('accepted');
    expect(errors(result)).toHaveLength(1);
  });

  it('flags duplicate ST02 within a group but not across groups', () => {
    const text = x12(interchange([
      { control: '1', transactions: [po850('0001'), po850('0001')] },
      { control: '2', transactions: [po850('0001')] },
    ]));
    const result = parse(text);
    expect(allProblems(result).map((p) => [p.code, p.position.offset])).toEqual([
      ['transaction-control-duplicate', text.indexOf('ST*850*0001', text.indexOf('SE*6*0001')) + 7],
    ]);
  });

  it('checks ST01/ST02 and the functional group of the set', () => {
    const text = x12(interchange([{ control: '1', functionalId: 'IN', transactions: [['ST*850*1', 'SE*2*1'], ['ST**0002', 'SE*2*0002']] }]));
    const [short, missing] = parse(text).interchanges[0]!.groups[0]!.transactions;
    expect(short!.problems.map((p) => [p.code, p.severity, p.position.element])).toEqual([
      ['transaction-header-invalid', 'warning', 2],
      ['group-functional-id-mismatch', 'error', 1],
    ]);
    expect(short!.problems[1]!.message).toBe('Transaction set 850 belongs in a functional group PO, but group 1 is "IN".');
    expect(missing!.problems.map((p) => p.code)).toEqual(['transaction-header-invalid']);
  });
});

describe('group envelopes', () => {
  it('checks GE01 and GE02', () => {
    const text = x12(interchange([{ control: '12', transactions: [po850('0001')], declaredCount: 3 }])).replace('GE*3*12', 'GE*3*13');
    const group = parse(text).interchanges[0]!.groups[0]!;
    expect(group.problems.map((p) => [p.code, p.position.element, p.badValue])).toEqual([
      ['group-count-mismatch', 1, '3'],
      ['group-control-mismatch', 2, '13'],
    ]);
    expect(group.status).toBe('rejected');
    expect(group.declaredTransactionCount).toBe(3);
    expect(group.transactions[0]!.status).toBe('accepted');
  });

  it('closes a group whose GE is missing when the next GS arrives', () => {
    const segments = interchange([{ control: '1', transactions: [po850('0001')] }, { control: '2', transactions: [po850('0002')] }]);
    const text = x12(segments.filter((s) => s !== 'GE*1*1'));
    const result = parse(text);
    const [first, second] = result.interchanges[0]!.groups;
    expect(first!.problems).toMatchObject([{ code: 'group-trailer-missing', level: 'group', position: where(text, text.indexOf('GS*PO*SENDER*RECEIVER*20240131*1200*2')) }]);
    expect(first!.status).toBe('rejected');
    expect(second!.status).toBe('accepted');
    expect(result.interchanges[0]!.problems).toEqual([]);
  });

  it('flags duplicate GS06 within an interchange', () => {
    const text = x12(interchange([{ control: '5', transactions: [po850('0001')] }, { control: '5', transactions: [po850('0002')] }]));
    const [first, second] = parse(text).interchanges[0]!.groups;
    expect(first!.problems).toEqual([]);
    expect(second!.problems).toMatchObject([{ code: 'group-control-duplicate', position: { element: 6, segmentTag: 'GS' } }]);
  });

  it('checks GS dates, times, control number and version', () => {
    const text = x12(interchange([{ control: '1', transactions: [po850('0001')] }])).replace(gs('1'), 'GS*PO*SENDER*RECEIVER*20240231*2561*A1*Q*');
    const problems = parse(text).interchanges[0]!.groups[0]!.problems;
    expect(problems.map((p) => [p.code, p.severity, p.position.element, p.level])).toEqual([
      ['element-missing', 'error', 8, 'group'],
      ['element-invalid-date', 'error', 4, 'group'],
      ['element-invalid-time', 'error', 5, 'group'],
      ['element-invalid-number', 'error', 6, 'group'],
      ['element-invalid-code', 'warning', 7, 'group'],
      ['group-control-mismatch', 'error', 2, 'group'],
    ]);
  });

  it('accepts with errors when only warnings are noted', () => {
    const text = x12(interchange([{ control: '1', transactions: [po850('0001')] }])).replace('*20240131*1200*1*X*', '*240131*1200*1*X*');
    const group = parse(text).interchanges[0]!.groups[0]!;
    expect(group.problems).toMatchObject([{ code: 'element-invalid-date', severity: 'warning' }]);
    expect(group.status).toBe('accepted-with-errors');
  });
});

describe('interchange envelopes', () => {
  it('checks IEA01 and IEA02', () => {
    const text = x12(interchange([{ control: '1', transactions: [po850('0001')] }])).replace('IEA*1*000000001', 'IEA*2*000000002');
    const result = parse(text);
    const iea = text.indexOf('IEA*');
    expect(result.interchanges[0]!.problems).toMatchObject([
      { code: 'interchange-count-mismatch', position: { ...where(text, iea + 4), element: 1, segmentIndex: 9 } },
      { code: 'interchange-control-mismatch', position: { ...where(text, iea + 6), element: 2 } },
    ]);
    expect(result.interchanges[0]!.declaredGroupCount).toBe(2);
  });

  it('closes everything when the file is cut short and reports where it ends', () => {
    const full = x12(interchange([{ control: '1', transactions: [po850('0001')] }]));
    const text = full.slice(0, full.indexOf('PO1*2'));
    const result = parse(text);
    const end = where(text, text.length);
    expect(result.problems).toMatchObject([{ code: 'truncated-file', severity: 'error', position: end }]);
    const only = result.interchanges[0]!;
    expect(only.problems).toMatchObject([{ code: 'interchange-trailer-missing', position: end }]);
    expect(only.groups[0]!.problems).toMatchObject([{ code: 'group-trailer-missing' }]);
    expect(only.groups[0]!.transactions[0]!.problems).toMatchObject([{ code: 'transaction-trailer-missing', position: { ...end, segmentPositionInTransaction: 4 } }]);
    expect(only.groups[0]!.transactions[0]!.segmentCount).toBe(3);
  });

  it('reports a last segment without terminator, except a final IEA', () => {
    const text = x12(interchange([{ control: '1', transactions: [po850('0001')] }]));
    const noFinal = parse(text.slice(0, -2));
    expect(allProblems(noFinal)).toEqual([]);
    expect(noFinal.interchanges[0]!.quirks).toContain('no-final-terminator');
    const cut = parse(text.slice(0, text.indexOf('CTT*2') + 5));
    expect(cut.problems.map((p) => [p.code, p.severity])).toEqual([['truncated-file', 'warning'], ['truncated-file', 'error']]);
  });

  it('closes an interchange whose IEA is missing when the next ISA arrives', () => {
    const first = x12(interchange([{ control: '1', transactions: [po850('0001')] }])).replace('IEA*1*000000001~\n', '');
    const second = x12(interchange([{ control: '2', transactions: [po850('0001')] }], { control: '000000002' }));
    const result = parse(first + second);
    expect(result.interchanges[0]!.problems).toMatchObject([{ code: 'interchange-trailer-missing', position: where(first + second, first.length) }]);
    expect(result.interchanges[1]!.problems).toEqual([]);
    expect(result.interchanges.map((i) => i.groups[0]!.status)).toEqual(['accepted', 'accepted']);
  });

  it('flags a repeated ISA13 in the same file', () => {
    const one = x12(interchange([{ control: '1', transactions: [po850('0001')] }]));
    const result = parse(one + one);
    expect(result.interchanges[0]!.problems).toEqual([]);
    expect(result.interchanges[1]!.problems).toMatchObject([{ code: 'interchange-control-duplicate', position: { offset: one.length + 90, element: 13 } }]);
  });

  it('checks the ISA fields', () => {
    const header = isa({ date: '241301', time: '2460', control: '12345', ackRequested: '2', usage: 'X', senderQualifier: '  ', receiver: ' ', version: '4010' });
    const text = x12([header, gs('1'), ...po850('0001'), 'GE*1*1', 'IEA*1*12345']);
    const problems = parse(text).interchanges[0]!.problems;
    expect(problems.map((p) => [p.code, p.position.element, p.severity])).toEqual([
      ['interchange-qualifier-invalid', 5, 'error'],
      ['interchange-id-invalid', 8, 'error'],
      ['interchange-date-invalid', 9, 'error'],
      ['interchange-time-invalid', 10, 'error'],
      ['interchange-version-unsupported', 12, 'error'],
      ['interchange-control-number-invalid', 13, 'error'],
      ['interchange-header-invalid', 14, 'error'],
      ['interchange-test-indicator-invalid', 15, 'error'],
    ]);
    expect(problems.find((p) => p.code === 'interchange-date-invalid')!.message).toBe('ISA09 date "241301" is not a valid YYMMDD date.');
    expect(problems.find((p) => p.code === 'interchange-date-invalid')!.position.offset).toBe(header.indexOf('241301'));
  });

  it('reports a repetition separator that clashes with another delimiter', () => {
    const text = x12(interchange([{ control: '1', transactions: [po850('0001')] }], { repetition: ':', version: '00501' }));
    expect(parse(text).interchanges[0]!.problems).toMatchObject([{ code: 'delimiter-invalid', position: { element: 11 } }]);
  });

  it('calls a file whose only ISA cannot be read X12 with errors, not "not EDI"', () => {
    for (const text of ['ISA*00*', isa().slice(0, 100)]) {
      const result = parse(text);
      expect(result).toMatchObject({ standard: 'x12', verdict: 'errors', interchanges: [] });
      expect(result.problems.map((p) => [p.code, p.position.offset])).toEqual([['interchange-header-invalid', 0]]);
    }
  });

  it('skips an ISA that cannot be read and reports it', () => {
    const broken = 'ISA*00*          *00*~\nGS*PO*X~\n';
    const good = x12(interchange([{ control: '1', transactions: [po850('0001')] }]));
    const result = parse(broken + good);
    expect(result.problems.map((p) => [p.code, p.position.offset])).toEqual([['interchange-header-invalid', 0], ['junk-before-header', 0]]);
    expect(result.interchanges).toHaveLength(1);
  });
});

describe('segments outside envelopes', () => {
  it('between groups, between transactions, and an ST without GS', () => {
    const segments = interchange([{ control: '1', transactions: [po850('0001'), po850('0002')] }]);
    segments.splice(segments.indexOf('ST*850*0002'), 0, 'N1*ST*STRAY', 'N3*STREET');
    segments.splice(segments.indexOf('IEA*1*000000001'), 0, 'REF*ZZ*LOOSE', 'ST*850*0003', 'BEG*00*SA*3**20240131', 'SE*3*0003');
    const text = x12(segments);
    const result = parse(text);
    const only = result.interchanges[0]!;
    expect(only.groups[0]!.problems).toMatchObject([{
      code: 'segment-outside-envelope', level: 'group', position: { ...where(text, text.indexOf('N1*ST*STRAY')), segmentTag: 'N1' },
      message: 'Segment N1 is inside functional group 1 but outside any transaction set (ST/SE); it was skipped. So were the 1 segments after it.',
    }]);
    expect(only.problems.map((p) => [p.code, p.position.segmentTag])).toEqual([['segment-outside-envelope', 'REF'], ['segment-outside-envelope', 'ST']]);
    expect(only.groups[1]).toMatchObject({ explicit: false, functionalId: null, transactions: [{ controlNumber: '0003', status: 'accepted' }] });
    expect(only.groups[0]!.transactions.map((t) => t.segmentCount)).toEqual([6, 6]);
  });

  it('an SE with no ST, and an empty segment', () => {
    const segments = interchange([{ control: '1', transactions: [po850('0001')] }]);
    segments.splice(segments.indexOf('GE*1*1'), 0, 'SE*2*0009');
    segments.splice(segments.indexOf('CTT*2'), 0, '');
    const result = parse(x12(segments));
    const group = result.interchanges[0]!.groups[0]!;
    expect(group.problems.map((p) => [p.code, p.position.segmentTag])).toEqual([['segment-outside-envelope', 'SE']]);
    expect(group.transactions[0]!.problems.map((p) => [p.code, p.severity, p.position.segmentPositionInTransaction])).toEqual([['segment-empty', 'warning', 5]]);
    expect(group.transactions[0]!.segmentCount).toBe(6);
  });

  it('allows a TA1 between ISA and GS', () => {
    const segments = interchange([{ control: '1', transactions: [po850('0001')] }]);
    segments.splice(1, 0, 'TA1*000000001*240131*1200*A*000');
    const result = parse(x12(segments));
    expect(allProblems(result)).toEqual([]);
    expect(result.interchanges[0]!.quirks).toContain('ta1');
  });
});

describe('ranges', () => {
  it('end an envelope cut short at its last segment', () => {
    const segments = interchange([{ control: '1', transactions: [po850('0001')] }, { control: '2', transactions: [po850('0002')] }]);
    const text = x12(segments.filter((s) => s !== 'GE*1*1' && s !== 'IEA*2*000000001'));
    const result = parse(text);
    const [first, second] = result.interchanges[0]!.groups;
    const endOf = (segment: string, from = 0) => text.indexOf(segment, from) + segment.length + 1;
    expect(first!.range).toEqual({ start: 0 + text.indexOf('GS*'), end: endOf('SE*6*0001') });
    expect(second!.range.end).toBe(endOf('GE*1*2'));
    expect(result.interchanges[0]!.range).toEqual({ start: 0, end: endOf('GE*1*2') });
    expect(result.interchanges[0]!.groups[0]!.transactions[0]!.range).toEqual({ start: text.indexOf('ST*850*0001'), end: endOf('SE*6*0001') });
  });

  it('end a complete envelope at its trailer', () => {
    const text = x12(interchange([{ control: '1', transactions: [po850('0001')] }]));
    const only = parse(text).interchanges[0]!;
    expect(only.range).toEqual({ start: 0, end: text.length - 1 });
    expect(only.groups[0]!.range.end).toBe(text.indexOf('IEA') - 1);
  });
});

describe('empty groups', () => {
  it('warns about a functional group without transaction sets', () => {
    const text = x12(interchange([{ control: '1', transactions: [] }, { control: '2', transactions: [po850('0001')] }]));
    const [empty, full] = parse(text).interchanges[0]!.groups;
    expect(empty!.problems).toMatchObject([{ code: 'group-empty', severity: 'warning', position: { segmentTag: 'GE' } }]);
    expect(empty!.status).toBe('accepted-with-errors');
    expect(full!.problems).toEqual([]);
  });
});
