import { describe, expect, it } from 'vitest';
import type { Interchange, Problem } from '../../model.js';
import { bytesOf, interchange, po850, x12, withDelimiters } from '../fixtures/builders.js';
import { allProblems, transactionSegments } from '../fixtures/results.js';
import { parseX12 } from '../parse.js';
import { generateX12Acks, type AckOptions } from './index.js';

const now = new Date(Date.UTC(2024, 2, 5, 9, 7));

function counter() {
  let interchangeNumber = 100;
  let group = 200;
  let transaction = 0;
  return { nextInterchange: () => ++interchangeNumber, nextGroup: () => ++group, nextTransaction: () => ++transaction };
}

function inbound(text: string): Interchange {
  return parseX12(bytesOf(text), { validate: 'envelope' }).interchanges[0]!;
}

function acksFor(text: string, options: Partial<AckOptions> = {}) {
  return generateX12Acks(inbound(text), { controlNumbers: counter(), now, ...options });
}

/** Parses an ack with our own parser and returns it, asserting it is a clean interchange. */
function readAck(text: string) {
  const result = parseX12(bytesOf(text));
  expect(allProblems(result).filter((p) => p.severity !== 'info')).toEqual([]);
  return result;
}

const lines = (text: string) => readAck(text) && transactionSegments(readAck(text)).map((s) => [s.tag, ...s.elements.map((e) => e.join('>'))].join('*'));

describe('997', () => {
  it('rejects an 850 with a wrong SE01 with AK5*R*4', () => {
    const text = x12(interchange([{ control: '77', transactions: [po850('0001', 2, 9)] }]));
    const acks = acksFor(text);
    expect(acks.map((a) => [a.kind, a.forGroup])).toEqual([['997', '77']]);
    expect(lines(acks[0]!.text)).toEqual(['ST*997*0001', 'AK1*PO*77', 'AK2*850*0001', 'AK5*R*4', 'AK9*R*1*1*0', 'SE*6*0001']);
  });

  it('mirrors the inbound envelope with our own control numbers', () => {
    const text = x12(interchange([{ control: '77', transactions: [po850('0001')] }], { senderQualifier: '01', sender: '123456789', receiverQualifier: '14', receiver: 'RECV', usage: 'T', version: '00401' }));
    const ack = readAck(acksFor(text)[0]!.text).interchanges[0]!;
    expect(ack.sender).toEqual({ qualifier: '14', id: 'RECV' });
    expect(ack.receiver).toEqual({ qualifier: '01', id: '123456789' });
    expect(ack).toMatchObject({ controlNumber: '000000101', version: '00401', test: true, ackRequested: false, date: '240305', time: '0907' });
    const group = ack.groups[0]!;
    expect(group).toMatchObject({ functionalId: 'FA', controlNumber: '201', sender: { id: 'RECEIVER' }, receiver: { id: 'SENDER' }, version: '004010', date: '20240305', time: '0907' });
  });

  it('reports partial acceptance with counts', () => {
    const text = x12(interchange([{ control: '5', transactions: [po850('0001'), po850('0002').map((s) => s.replace('SE*6*0002', 'SE*6*0003')), po850('0004')] }]));
    const ack = lines(acksFor(text)[0]!.text);
    expect(ack).toContain('AK5*R*3');
    expect(ack.filter((l) => l.startsWith('AK5'))).toEqual(['AK5*A', 'AK5*R*3', 'AK5*A']);
    expect(ack).toContain('AK9*P*3*3*2');
  });

  it('writes AK3/AK4 for segment and element problems, with the component and a bad-value copy', () => {
    const parsed = inbound(x12(interchange([{ control: '5', transactions: [po850('0001')] }])));
    const transaction = parsed.groups[0]!.transactions[0]!;
    const at = (segmentTag: string, position: number, extra: Partial<Problem['position']> = {}) => ({ offset: 0, line: 1, column: 1, segmentTag, segmentPositionInTransaction: position, ...extra });
    transaction.problems.push(
      { severity: 'error', code: 'element-invalid-code', level: 'element', message: 'x', position: at('PO1', 3, { element: 3, loopId: 'PO1' }), dataElementRef: '355', badValue: 'XX' },
      { severity: 'error', code: 'element-too-long', level: 'element', message: 'x', position: at('PO1', 3, { element: 7, component: 2, loopId: 'PO1' }), dataElementRef: '234', badValue: 'A*B' },
      { severity: 'error', code: 'segment-unexpected', level: 'segment', message: 'x', position: at('ZZZ', 5) },
    );
    transaction.status = 'rejected';
    parsed.groups[0]!.status = 'rejected';
    const text = generateX12Acks(parsed, { controlNumbers: counter(), now })[0]!.text;
    expect(lines(text)).toEqual([
      'ST*997*0001', 'AK1*PO*5', 'AK2*850*0001',
      'AK3*PO1*3*PO1*8', 'AK4*3*355*7*XX', 'AK4*7>2*234*5',
      'AK3*ZZZ*5**2',
      'AK5*R*5', 'AK9*R*1*1*0', 'SE*10*0001',
    ]);
  });

  it('reports group trailer problems in AK9', () => {
    const text = x12(interchange([{ control: '5', transactions: [po850('0001')], declaredCount: 4 }]));
    expect(lines(acksFor(text)[0]!.text)).toContain('AK9*R*4*1*1*5');
  });

  it('writes with the inbound delimiters unless others are given', () => {
    const delimiters = { element: '|', component: '^', segment: '\n' };
    const text = withDelimiters(x12(interchange([{ control: '5', transactions: [po850('0001')] }]), '~', ''), delimiters);
    const ack = acksFor(text)[0]!.text;
    expect(ack.startsWith('ISA|00|')).toBe(true);
    expect(readAck(ack).interchanges[0]!.delimiters).toMatchObject(delimiters);
    const custom = acksFor(text, { delimiters: { element: '*', component: ':', segment: '~', repetition: null, segmentSuffix: '\r\n' } })[0]!.text;
    expect(custom).toMatch(/^ISA\*00\*/);
    expect(custom.split('~\r\n')).toHaveLength(11);
  });
});

describe('999', () => {
  const order5010 = (transactions: string[][]) =>
    x12(interchange([{ control: '9', version: '005010', transactions }], { version: '00501', repetition: '^' }));

  it('is chosen for 005010 groups, with IK5, AK9 and the X231 version', () => {
    const ack = acksFor(order5010([po850('0001')]))[0]!;
    expect(ack.kind).toBe('999');
    const parsed = readAck(ack.text);
    expect(parsed.interchanges[0]!.groups[0]!.version).toBe('005010X231A1');
    expect(parsed.interchanges[0]!.version).toBe('00501');
    expect(lines(ack.text)).toEqual(['ST*999*0001*005010X231A1', 'AK1*PO*9*005010', 'AK2*850*0001', 'IK5*A', 'AK9*A*1*1*1', 'SE*6*0001']);
  });

  it('writes IK3, the business unit CTX and IK4', () => {
    const parsed = inbound(order5010([po850('0001')]));
    const transaction = parsed.groups[0]!.transactions[0]!;
    transaction.problems.push({ severity: 'error', code: 'element-missing', level: 'element', message: 'x', position: { offset: 0, line: 1, column: 1, segmentTag: 'PO1', segmentPositionInTransaction: 3, element: 2 }, dataElementRef: '330' });
    transaction.status = 'rejected';
    parsed.groups[0]!.status = 'rejected';
    const ack = generateX12Acks(parsed, { controlNumbers: counter(), now, kind: 'auto' })[0]!;
    expect(ack.kind).toBe('999');
    expect(lines(ack.text)).toEqual(['ST*999*0001*005010X231A1', 'AK1*PO*9*005010', 'AK2*850*0001', 'IK3*PO1*3**8', 'CTX*BEG03>PO0001', 'IK4*2*330*1', 'IK5*R*5', 'AK9*R*1*1*0', 'SE*9*0001']);
  });

  it('names the implementation convention (ST03) in AK2', () => {
    const withConvention = po850('0001').map((s) => s.replace('ST*850*0001', 'ST*850*0001*005010X999'));
    expect(lines(acksFor(order5010([withConvention]))[0]!.text)[2]).toBe('AK2*850*0001*005010X999');
  });

  it('can be forced for a 4010 group, and a 997 for a 5010 group', () => {
    const text = x12(interchange([{ control: '5', transactions: [po850('0001')] }]));
    const forced999 = acksFor(text, { kind: '999' })[0]!;
    expect(forced999.kind).toBe('999');
    expect(readAck(forced999.text).interchanges[0]!.groups[0]!.version).toBe('004010');
    const forced997 = acksFor(order5010([po850('0001')]), { kind: '997' })[0]!;
    expect(forced997.kind).toBe('997');
    expect(lines(forced997.text).slice(0, 2)).toEqual(['ST*997*0001', 'AK1*PO*9*005010']);
  });
});

describe('TA1', () => {
  const clean = x12(interchange([{ control: '5', transactions: [po850('0001')] }]));

  it('is written on interchange errors, with the note code', () => {
    const acks = acksFor(clean.replace('IEA*1*', 'IEA*3*'));
    expect(acks.map((a) => a.kind)).toEqual(['TA1', '997']);
    const ta1 = readAck(acks[0]!.text).interchanges[0]!;
    expect(ta1.groups).toEqual([]);
    expect(ta1.quirks).toContain('ta1');
    expect(acks[0]!.text).toContain('TA1*000000001*240131*1200*R*021~');
    expect(acks[0]!.text).toMatch(/IEA\*0\*000000101~\n$/);
  });

  it('accepts with errors on interchange warnings', () => {
    const text = clean.replace('IEA*1*000000001', 'IEA*1*1');
    expect(acksFor(text)[0]!.text).toContain('TA1*000000001*240131*1200*E*001~');
  });

  it('follows the ta1 option and ISA14', () => {
    expect(acksFor(clean).map((a) => a.kind)).toEqual(['997']);
    expect(acksFor(clean, { ta1: 'always' })[0]!.text).toContain('*A*000~');
    expect(acksFor(clean.replace('IEA*1*', 'IEA*3*'), { ta1: 'never' }).map((a) => a.kind)).toEqual(['997']);
    const requested = x12(interchange([{ control: '5', transactions: [po850('0001')] }], { ackRequested: '1' }));
    expect(acksFor(requested).map((a) => a.kind)).toEqual(['TA1', '997']);
  });

  it('uses one control number per ack interchange', () => {
    const text = x12(interchange([{ control: '5', transactions: [po850('0001')] }, { control: '6', transactions: [po850('0002')] }], { ackRequested: '1' }));
    const controls = acksFor(text).map((a) => readAck(a.text).interchanges[0]!.controlNumber);
    expect(controls).toEqual(['000000101', '000000102', '000000103']);
  });
});
