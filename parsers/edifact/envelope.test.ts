import { describe, expect, it } from 'vitest';
import type { EdiFileResult } from '../model.js';
import { allProblems, codes, interchange, latin1, message, ordersBody } from './fixtures/build.js';
import { parseEdifact } from './index.js';

const parse = (text: string): EdiFileResult => parseEdifact(latin1(text), { validate: 'envelope' });
const only = (result: EdiFileResult, code: string) => allProblems(result).filter((problem) => problem.code === code);

describe('a clean interchange', () => {
  const result = parse(interchange([...message('1', ordersBody('PO1')), ...message('2', ordersBody('PO2'))]));

  it('has no problems and reads the UNB fields', () => {
    expect(allProblems(result)).toEqual([]);
    expect(result.verdict).toBe('ok');
    expect(result.standard).toBe('edifact');
    const ic = result.interchanges[0]!;
    expect(ic).toMatchObject({
      controlNumber: 'REF1',
      sender: { id: 'SENDER', qualifier: '14' },
      receiver: { id: 'RECEIVER', qualifier: '14' },
      date: '240131',
      time: '1200',
      version: '3',
      syntaxId: 'UNOC',
      charset: 'latin1',
      test: false,
      ackRequested: false,
      declaredGroupCount: 2,
    });
    expect(ic.header.tag).toBe('UNB');
    expect(ic.range).toEqual({ start: 0, end: result.size });
  });

  it('puts messages sent without UNG into one implicit group', () => {
    const groups = result.interchanges[0]!.groups;
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ explicit: false, functionalId: null, controlNumber: null, status: 'accepted' });
    expect(groups[0]!.transactions.map((t) => t.controlNumber)).toEqual(['1', '2']);
  });

  it('reads the message identifier into type, version and association', () => {
    const transaction = result.interchanges[0]!.groups[0]!.transactions[0]!;
    expect(transaction).toMatchObject({ type: 'ORDERS', version: 'D:96A:UN', association: 'EAN008', controlNumber: '1', segmentCount: 8, declaredSegmentCount: 8, status: 'accepted' });
    expect(transaction.segments!.map((segment) => segment.tag)).toEqual(['UNH', 'BGM', 'DTM', 'NAD', 'LIN', 'QTY', 'UNS', 'UNT']);
    expect(transaction.segments!.map((segment) => segment.index)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });
});

describe('count and reference checks', () => {
  it('UNT count (UNH..UNT inclusive) and UNT reference', () => {
    const result = parse(interchange([...message('1', ordersBody(), { count: 7, trailerReference: '9' }), ...message('2', ordersBody())]));
    const [first, second] = result.interchanges[0]!.groups[0]!.transactions;
    expect(first!.problems.map((p) => p.code)).toEqual(['transaction-count-mismatch', 'transaction-control-mismatch']);
    expect(first!.problems[0]!.message).toContain("'7' segments but it has 8");
    expect(first!.problems[1]!.message).toContain("'9' differs from UNH message reference '1'");
    expect(first!).toMatchObject({ status: 'rejected', declaredSegmentCount: 7, segmentCount: 8 });
    // one bad message does not stop the next
    expect(second!.status).toBe('accepted');
    expect(result.interchanges[0]!.groups[0]!.status).toBe('partially-accepted');
    expect(result.verdict).toBe('errors');
  });

  it('UNZ counts messages without groups, groups with them, and repeats the UNB reference', () => {
    const wrongCount = parse(interchange(message('1', ordersBody()), { count: 3 }));
    expect(codes(wrongCount)).toEqual(['interchange-count-mismatch']);
    expect(only(wrongCount, 'interchange-count-mismatch')[0]!.message).toContain("'3' messages but it has 1");

    const grouped = ['UNG+ORDERS+APPSEND+APPRECV+240131:1200+G1+UN+D:96A', ...message('1', ordersBody()), ...message('2', ordersBody()), 'UNE+2+G1'];
    expect(codes(parse(interchange(grouped)))).toEqual([]);
    const counted = parse(interchange(grouped, { count: 2 }));
    expect(only(counted, 'interchange-count-mismatch')[0]!.message).toContain("'2' groups but it has 1");

    const wrongReference = parse(interchange(message('1', ordersBody()), { trailerReference: 'OTHER' }));
    expect(codes(wrongReference)).toEqual(['interchange-control-mismatch']);
  });

  it('UNE count and reference', () => {
    const text = interchange(['UNG+ORDERS+A+B+240131:1200+G1+UN+D:96A', ...message('1', ordersBody()), 'UNE+2+G2']);
    const group = parse(text).interchanges[0]!.groups[0]!;
    expect(group).toMatchObject({ explicit: true, functionalId: 'ORDERS', controlNumber: 'G1', version: 'D:96A', date: '240131', time: '1200', declaredTransactionCount: 2, status: 'rejected' });
    expect(group.sender).toEqual({ id: 'A', qualifier: '' });
    expect(group.problems.map((p) => p.code)).toEqual(['group-count-mismatch', 'group-control-mismatch']);
  });

  it('warns when a message type differs from the message type its UNG names', () => {
    const text = interchange(['UNG+INVOIC+A+B+240131:1200+G1+UN+D:96A', ...message('1', ordersBody()), 'UNE+1+G1']);
    const result = parse(text);
    expect(codes(result)).toEqual(['group-functional-id-mismatch']);
    expect(only(result, 'group-functional-id-mismatch')[0]).toMatchObject({ severity: 'warning', position: { segmentTag: 'UNH', element: 2, component: 1 } });
  });

  it('accepts counts written with leading zeros', () => {
    expect(codes(parse(interchange(message('1', ordersBody(), { count: '0008' }), { count: '001' })))).toEqual([]);
  });
});

describe('missing trailers', () => {
  it('a UNH before the UNT closes the open message without trailer, and both messages are kept', () => {
    const result = parse(interchange([...message('1', ordersBody(), { trailer: false }), ...message('2', ordersBody())], { count: 2 }));
    const [first, second] = result.interchanges[0]!.groups[0]!.transactions;
    expect(first!.problems.map((p) => p.code)).toEqual(['transaction-trailer-missing']);
    expect(first!.problems[0]!.message).toContain('a new UNH starts at byte');
    expect(first!.segmentCount).toBe(7);
    expect(first!.declaredSegmentCount).toBeUndefined();
    expect(second!.status).toBe('accepted');
  });

  it('the end of the file closes message, group and interchange', () => {
    const text = interchange(['UNG+ORDERS+A+B+240131:1200+G1+UN+D:96A', ...message('1', ordersBody(), { trailer: false })], { trailer: false });
    const result = parse(text);
    expect(codes(result)).toEqual(['interchange-trailer-missing', 'group-trailer-missing', 'transaction-trailer-missing']);
    expect(result.interchanges[0]!.range.end).toBe(result.size);
  });

  it('a new UNB closes an interchange that lacks its UNZ', () => {
    const text = interchange(message('1', ordersBody()), { trailer: false }) + interchange(message('1', ordersBody()), { reference: 'REF2' });
    const result = parse(text);
    expect(result.interchanges.map((ic) => ic.controlNumber)).toEqual(['REF1', 'REF2']);
    expect(result.interchanges[0]!.problems.map((p) => p.code)).toEqual(['interchange-trailer-missing']);
    expect(result.interchanges[0]!.problems[0]!.message).toContain('a new UNB starts at byte');
    expect(result.interchanges[1]!.problems).toEqual([]);
  });

  it('a final segment without terminator is read, with a warning after UNZ and an error elsewhere', () => {
    const text = interchange(message('1', ordersBody()));
    const noFinalTerminator = parse(text.slice(0, -1));
    expect(allProblems(noFinalTerminator).map((p) => [p.code, p.severity])).toEqual([['truncated-file', 'warning']]);
    const cut = parse(text.slice(0, text.indexOf('QTY') + 5));
    expect(codes(cut, 'error')).toEqual(['truncated-file', 'interchange-trailer-missing', 'transaction-trailer-missing']);
  });
});

describe('odd segments', () => {
  it('skips empty segments (doubled terminators) with one warning, without counting them', () => {
    const result = parse(interchange(message('1', ['BGM+220+1+9', '', 'DTM+137:20240131:102', ''], { count: 4 })));
    expect(codes(result)).toEqual(['segment-empty']);
    expect(only(result, 'segment-empty')[0]!.message).toMatch(/^2 empty segments \(doubled segment terminators\) were skipped, the first at byte \d+$/);
    expect(result.interchanges[0]!.groups[0]!.transactions[0]!.segments!.map((s) => s.tag)).toEqual(['UNH', 'BGM', 'DTM', 'UNT']);
  });

  it('a UNA inside an open interchange starts a new one with its own delimiters', () => {
    const text = interchange(message('1', ['BGM+220+1+9']), { trailer: false }) + "UNA|*.! ~UNB*UNOC|3*S*R*240131|1200*R2~UNH*1*ORDERS|D|96A|UN~FTX*AAI***A!*B~UNT*3*1~UNZ*1*R2~";
    const result = parse(text);
    expect(codes(result)).toEqual(['interchange-trailer-missing']);
    expect(result.interchanges[1]!.delimiters).toMatchObject({ element: '*', component: '|', release: '!', segment: '~' });
    expect(result.interchanges[1]!.groups[0]!.transactions[0]!.segments![1]!.elements[3]).toEqual(['A*B']);
  });
});

describe('duplicates and mixing', () => {
  it('flags a repeated interchange reference in the file, group reference and message reference in the interchange', () => {
    const twice = parse(interchange(message('1', ordersBody())) + interchange(message('1', ordersBody())));
    expect(codes(twice)).toEqual(['interchange-control-duplicate']);
    expect(twice.interchanges[1]!.problems[0]!.position.element).toBe(5);

    const messages = parse(interchange([...message('7', ordersBody()), ...message('7', ordersBody())]));
    expect(codes(messages)).toEqual(['transaction-control-duplicate']);
    expect(messages.interchanges[0]!.groups[0]!.transactions[1]!.status).toBe('rejected');

    const group = (reference: string) => [`UNG+ORDERS+A+B+240131:1200+${reference}+UN+D:96A`, ...message(reference, ordersBody()), `UNE+1+${reference}`];
    expect(codes(parse(interchange([...group('G1'), ...group('G1')])))).toEqual(['group-control-duplicate', 'transaction-control-duplicate']);
  });

  it('reports groups and ungrouped messages in one interchange once', () => {
    const text = interchange([...message('1', ordersBody()), 'UNG+ORDERS+A+B+240131:1200+G1+UN+D:96A', ...message('2', ordersBody()), 'UNE+1+G1', ...message('3', ordersBody())]);
    const result = parse(text);
    expect(codes(result)).toContain('groups-and-messages-mixed');
    expect(only(result, 'groups-and-messages-mixed')).toHaveLength(1);
    expect(result.interchanges[0]!.groups.map((g) => g.explicit)).toEqual([false, true, false]);
  });
});

describe('UNB checks', () => {
  const unb = (fields: string) => `UNB+${fields}'UNH+1+ORDERS:D:96A:UN'UNT+2+1'UNZ+1+R'`;

  it('checks date (YYMMDD or CCYYMMDD) and time (HHMM)', () => {
    expect(codes(parse(unb('UNOC:3+S+R+240229:2359+R')))).toEqual([]);
    expect(codes(parse(unb('UNOC:4+S+R+20240229:0000+R')))).toEqual([]);
    expect(codes(parse(unb('UNOC:3+S+R+230229:1200+R')))).toEqual(['interchange-date-invalid']);
    expect(codes(parse(unb('UNOC:3+S+R+240131:2460+R')))).toEqual(['interchange-time-invalid']);
    expect(codes(parse(unb('UNOC:3+S+R+2401:12+R')))).toEqual(['interchange-date-invalid', 'interchange-time-invalid']);
  });

  it('requires syntax identifier and version, sender, recipient and control reference', () => {
    expect(codes(parse(unb('UNOC+S+R+240131:1200+R')))).toEqual(['interchange-header-invalid']);
    expect(codes(parse(unb('UNOC:7+S+R+240131:1200+R')))).toEqual(['interchange-version-unsupported']);
    expect(codes(parse(unb('UNOC:3++R+240131:1200+R')))).toEqual(['interchange-id-invalid']);
    expect(codes(parse(unb('UNOC:3+S+R+240131:1200')))).toContain('interchange-control-number-invalid');
  });

  it('reads the test indicator and the acknowledgement request', () => {
    const ic = parse(unb('UNOC:3+S+R+240131:1200+R++APP++1++1')).interchanges[0]!;
    expect(ic).toMatchObject({ test: true, ackRequested: true });
    expect(codes(parse(unb('UNOC:3+S+R+240131:1200+R++++++X')), 'warning')).toEqual(['interchange-test-indicator-invalid']);
  });

  it('reads a date and time written as two elements (quirk) with a warning', () => {
    const result = parse("UNB+UNOC:1+ME1+ME2+180312+1623+1'UNH+1+MEDRPT:1:901:UN'UNT+2+1'UNZ+1+1'");
    const ic = result.interchanges[0]!;
    expect(ic).toMatchObject({ date: '180312', time: '1623', controlNumber: '1' });
    expect(ic.quirks).toContain('date-time-not-composite');
    expect(codes(result)).toEqual(['interchange-header-invalid']);
    expect(result.verdict).toBe('warnings');
  });
});

describe('what surrounds the interchanges', () => {
  it('skips a BOM and junk before the header with warnings at their offsets', () => {
    const text = '\u00ef\u00bb\u00bfJUNK LINE\r\n' + interchange(message('1', ordersBody()));
    const result = parse(text);
    expect(result.problems.map((p) => [p.code, p.position.offset, p.severity])).toEqual([['bom-skipped', 0, 'warning'], ['junk-before-header', 3, 'warning']]);
    expect(result.problems[1]!.message).toContain('9 bytes');
    expect(result.interchanges[0]!.quirks).toEqual(expect.arrayContaining(['bom', 'junk-before-header']));
    expect(result.interchanges[0]!.range.start).toBe(14);
  });

  it('skips junk between interchanges and keeps reading', () => {
    const result = parse(interchange(message('1', ordersBody())) + '\n#### ####\n' + interchange(message('1', ordersBody()), { reference: 'R2' }));
    expect(codes(result)).toEqual(['junk-between-interchanges']);
    expect(result.interchanges).toHaveLength(2);
  });

  it('reads messages that have no UNB as an interchange without header, with an error', () => {
    const result = parse(message('1', ordersBody()).map((s) => s + "'\n").join(''));
    expect(codes(result)).toEqual(['segment-outside-envelope']);
    const ic = result.interchanges[0]!;
    expect(ic.quirks).toContain('no-unb');
    expect(ic.header.elements).toEqual([]);
    expect(ic.groups[0]!.transactions[0]!.status).toBe('accepted');
  });

  it('reports segments outside any message once per run', () => {
    const result = parse(interchange(['BGM+220+X+9', 'DTM+137:20240131:102', ...message('1', ordersBody()), 'FTX+AAI+++LOST']));
    const stray = only(result, 'segment-outside-envelope');
    expect(stray.map((p) => p.message)).toEqual([
      '2 segments from BGM at byte 50 are outside any UNH ... UNT message',
      expect.stringMatching(/^Segment FTX at byte \d+ is outside any UNH \.\.\. UNT message$/),
    ]);
  });

  it('skips an interactive interchange (UIB..UIZ) with an error and reads the next one', () => {
    const result = parse("UIB+UNOA:4+1+S+R'UIH+SCODE:D:01B:UN+1'UIT+1+2'UIZ+1+1'" + interchange(message('1', ordersBody())));
    expect(codes(result)).toEqual(['interchange-version-unsupported']);
    expect(result.interchanges).toHaveLength(1);
    expect(result.interchanges[0]!.groups[0]!.transactions).toHaveLength(1);
  });

  it('says not-edi for other bytes, empty-file for nothing', () => {
    expect(parse('hello world')).toMatchObject({ standard: null, verdict: 'not-edi' });
    expect(codes(parse('hello world'))).toEqual(['junk-before-header', 'not-edi']);
    expect(codes(parseEdifact(new Uint8Array()))).toEqual(['empty-file']);
    const x12 = parse('ISA*00*          *00*          *ZZ*SENDER         *ZZ*RECEIVER       *240131*1200*U*00401*000000001*0*P*>~');
    expect(x12.standard).toBeNull();
  });

  it('takes a body without any envelope as EDIFACT with an error', () => {
    const result = parse("BGM+220+X+9'\nDTM+137:20240131:102'\n");
    expect(result.standard).toBe('edifact');
    expect(codes(result)).toEqual(['segment-outside-envelope']);
  });
});

describe('several interchanges in one file', () => {
  it('each with its own delimiters', () => {
    const text = "UNA:+,? '" + interchange(message('1', ordersBody())) + '\n' + "UNA|*.! ~UNB*UNOC|3*S*R*240131|1200*R2~UNH*1*ORDERS|D|96A|UN~FTX*AAI***A!*B~UNT*3*1~UNZ*1*R2~";
    const result = parse(text);
    expect(codes(result)).toEqual([]);
    expect(result.interchanges.map((ic) => ic.delimiters)).toMatchObject([
      { element: '+', decimal: ',' },
      { element: '*', component: '|', release: '!', segment: '~', decimal: '.' },
    ]);
    expect(result.interchanges[1]!.groups[0]!.transactions[0]!.segments![1]!.elements).toEqual([['AAI'], [''], [''], ['A*B']]);
    // a UNA applies to its own interchange only
    const third = parse(text + interchange(message('1', ordersBody()), { reference: 'R3' }));
    expect(third.interchanges[2]!.delimiters).toMatchObject({ element: '+', decimal: '.' });
  });
});
