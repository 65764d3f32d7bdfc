import { describe, expect, it } from 'vitest';
import type { Interchange, Segment } from '../../model.js';
import { DEFAULT_DELIMITERS } from '../delimiters.js';
import { allProblems, interchange, latin1, message, ordersBody } from '../fixtures/build.js';
import { generateContrl, parseEdifact } from '../index.js';
import type { ContrlOptions } from '../index.js';

function inbound(text: string): Interchange {
  return parseEdifact(latin1(text), { validate: 'envelope' }).interchanges[0]!;
}

function counters(start = 500): ContrlOptions['controlNumbers'] {
  let interchange = start;
  let group = start;
  let transaction = start;
  return { nextInterchange: () => interchange++, nextGroup: () => group++, nextTransaction: () => transaction++ };
}

const now = new Date(Date.UTC(2024, 1, 29, 8, 5));

/** Writes the CONTRL, parses it back with our own parser and returns its interchange and body segments. */
function contrlFor(ic: Interchange, options: Partial<ContrlOptions> = {}): { text: string; reply: Interchange; body: Segment[] } {
  const { kind, text } = generateContrl(ic, { controlNumbers: counters(), now, ...options });
  expect(kind).toBe('CONTRL');
  const result = parseEdifact(latin1(text), { validate: 'envelope' });
  expect(allProblems(result)).toEqual([]);
  const reply = result.interchanges[0]!;
  const transaction = reply.groups[0]!.transactions[0]!;
  expect(transaction.type).toBe('CONTRL');
  return { text, reply, body: transaction.segments!.slice(1, -1) };
}

const lines = (body: Segment[]) => body.map((s) => [s.tag, ...s.elements.map((e) => e.join(':'))].join('+'));

describe('generateContrl', () => {
  it('acknowledges a clean interchange: mirrored envelope, UCI 7 and UCM 7 per message', () => {
    const ic = inbound(interchange([...message('1', ordersBody()), ...message('2', ordersBody())]));
    const { reply, body, text } = contrlFor(ic);
    expect(reply).toMatchObject({
      syntaxId: 'UNOC',
      version: '3',
      sender: { id: 'RECEIVER', qualifier: '14' },
      receiver: { id: 'SENDER', qualifier: '14' },
      date: '240229',
      time: '0805',
      controlNumber: '500',
    });
    expect(text.startsWith("UNB+UNOC:3+RECEIVER:14+SENDER:14+240229:0805+500'UNH+500+CONTRL:D:3:UN'")).toBe(true);
    expect(lines(body)).toEqual(['UCI+REF1+SENDER:14+RECEIVER:14+7', 'UCM+1+ORDERS:D:96A:UN:EAN008+7', 'UCM+2+ORDERS:D:96A:UN:EAN008+7']);
    expect(reply.groups[0]!.transactions[0]!.segmentCount).toBe(5);
  });

  it('rejects a message with a wrong UNT count: UCM action 4, error 29, segment UNT, element 1', () => {
    const ic = inbound(interchange([...message('1', ordersBody(), { count: 99 }), ...message('2', ordersBody())]));
    expect(lines(contrlFor(ic).body)).toEqual(['UCI+REF1+SENDER:14+RECEIVER:14+7', 'UCM+1+ORDERS:D:96A:UN:EAN008+4+29+UNT+1', 'UCM+2+ORDERS:D:96A:UN:EAN008+7']);
  });

  it('rejects a message without UNT (13, missing) and one with a duplicate reference (26)', () => {
    const ic = inbound(interchange([...message('1', ordersBody(), { trailer: false }), ...message('2', ordersBody()), ...message('2', ordersBody())], { count: 3 }));
    expect(lines(contrlFor(ic).body).slice(1)).toEqual(['UCM+1+ORDERS:D:96A:UN:EAN008+4+13+UNT', 'UCM+2+ORDERS:D:96A:UN:EAN008+7', 'UCM+2+ORDERS:D:96A:UN:EAN008+4+26+UNH+1']);
  });

  it('rejects the whole interchange for an interchange-level error, without message detail', () => {
    const ic = inbound(interchange(message('1', ordersBody()), { count: 5 }));
    expect(lines(contrlFor(ic).body)).toEqual(['UCI+REF1+SENDER:14+RECEIVER:14+4+29+UNZ+1']);
    const truncated = inbound(interchange(message('1', ordersBody()), { trailer: false }));
    expect(lines(contrlFor(truncated).body)).toEqual(['UCI+REF1+SENDER:14+RECEIVER:14+4+13+UNZ']);
  });

  it('reports segment and element errors with UCS and UCD', () => {
    const ic = inbound(interchange([...message('1', ordersBody()), ...message('2', ordersBody())]));
    const transaction = ic.groups[0]!.transactions[0]!;
    const at = { offset: 0, line: 1, column: 1 };
    transaction.problems.push(
      { severity: 'error', code: 'element-too-long', message: 'x', level: 'element', position: { ...at, segmentPositionInTransaction: 3, element: 1, component: 2 } },
      { severity: 'error', code: 'element-invalid-code', message: 'x', level: 'element', position: { ...at, segmentPositionInTransaction: 3, element: 1, component: 3 } },
      { severity: 'error', code: 'segment-not-in-set', message: 'x', level: 'segment', position: { ...at, segmentPositionInTransaction: 5 } },
      { severity: 'warning', code: 'charset-violation', message: 'x', level: 'element', position: { ...at, segmentPositionInTransaction: 4, element: 1 } },
    );
    transaction.status = 'rejected';
    expect(lines(contrlFor(ic).body)).toEqual([
      'UCI+REF1+SENDER:14+RECEIVER:14+7',
      'UCM+1+ORDERS:D:96A:UN:EAN008+4',
      'UCS+3',
      'UCD+39+1:2',
      'UCD+12+1:3',
      'UCS+5+15',
      'UCM+2+ORDERS:D:96A:UN:EAN008+7',
    ]);
  });

  it('answers UNG groups with UCF and wraps the CONTRL in a group of its own', () => {
    const group = (reference: string, count?: number) => [`UNG+ORDERS+APPS:ZZ+APPR+240131:1200+${reference}+UN+D:96A`, ...message(reference, ordersBody()), `UNE+${count ?? 1}+${reference}`];
    const ic = inbound(interchange([...group('G1'), ...group('G2', 4)]));
    const { reply, body } = contrlFor(ic);
    expect(lines(body)).toEqual([
      'UCI+REF1+SENDER:14+RECEIVER:14+7',
      'UCF+G1+APPS:ZZ+APPR+7',
      'UCM+G1+ORDERS:D:96A:UN:EAN008+7',
      'UCF+G2+APPS:ZZ+APPR+4+29+UNE+1',
    ]);
    expect(reply.groups[0]).toMatchObject({ explicit: true, functionalId: 'CONTRL', controlNumber: '500', sender: { id: 'APPR', qualifier: '' }, receiver: { id: 'APPS', qualifier: 'ZZ' } });
  });

  it("at level 'interchange' says only received (8) or rejected (4)", () => {
    const ok = inbound(interchange(message('1', ordersBody(), { count: 99 })));
    expect(lines(contrlFor(ok, { level: 'interchange' }).body)).toEqual(['UCI+REF1+SENDER:14+RECEIVER:14+8']);
    const bad = inbound(interchange(message('1', ordersBody()), { trailerReference: 'X' }));
    expect(lines(contrlFor(bad, { level: 'interchange' }).body)).toEqual(['UCI+REF1+SENDER:14+RECEIVER:14+4+28+UNZ+2']);
  });

  it('follows syntax 4 (CCYYMMDD date, CONTRL 4:1) and mirrors the test indicator', () => {
    const text = "UNB+UNOY:4+S:ZZ+R:ZZ+20240131:1200+77++++++1'UNH+1+ORDERS:D:01B:UN'UNT+2+1'UNZ+1+77'";
    const { reply, text: written } = contrlFor(inbound(text));
    expect(reply).toMatchObject({ syntaxId: 'UNOY', version: '4', date: '20240229', test: true });
    expect(written).toContain("UNH+500+CONTRL:4:1:UN'");
  });

  it('writes the inbound UNA delimiters back, or the ones asked for', () => {
    const ic = inbound("UNA:+,? '" + interchange(message('1', ordersBody())));
    expect(contrlFor(ic).text.startsWith("UNA:+,? 'UNB+")).toBe(true);
    const custom = { ...DEFAULT_DELIMITERS, element: '*', component: '^', segment: '~', segmentSuffix: '\n' };
    const { text, reply } = contrlFor(ic, { delimiters: custom });
    expect(text.startsWith('UNA^*.? ~\nUNB*UNOC^3*RECEIVER^14*SENDER^14*')).toBe(true);
    expect(reply.delimiters).toMatchObject({ element: '*', component: '^', segment: '~' });
  });

  it('refuses an interchange that had no UNB', () => {
    const headless = parseEdifact(latin1(message('1', ordersBody()).join("'") + "'"), { validate: 'envelope' }).interchanges[0]!;
    expect(() => generateContrl(headless, { controlNumbers: counters() })).toThrow(/without UNB/);
  });
});
