import { describe, expect, it } from 'vitest';
import { generateAcknowledgments, parseEdi, whyNoAcknowledgment, type ControlNumberSource } from './index.js';

const latin1 = (text: string): Uint8Array => Uint8Array.from(text, (char) => char.charCodeAt(0));

function counter(): ControlNumberSource & { issued: number[] } {
  let next = 100;
  const issued: number[] = [];
  const take = (): number => {
    issued.push(next);
    return next++;
  };
  return { issued, nextInterchange: take, nextGroup: take, nextTransaction: take };
}

const ISA = `ISA*00*${' '.repeat(10)}*00*${' '.repeat(10)}*ZZ*${'BUYERCO'.padEnd(15)}*ZZ*${'SUPPLIERCO'.padEnd(15)}*240115*1030*U*00401*000000042*0*P*>~\n`;
const SET = (control: string, count = 4): string => `ST*850*${control}~\nBEG*00*SA*PO-${control}**20240115~\nPO1*1*2*EA*3.50**BP*X1~\nSE*${count}*${control}~\n`;
/** Two groups with the same GS06 (seen in real mailbag files); the second one's set has a wrong SE01. */
const TWO_GROUPS = `${ISA}GS*PO*BUYERCO*SUPPLIERCO*20240115*1030*5*X*004010~\n${SET('0001')}GE*1*5~\nGS*PO*BUYERCO*SUPPLIERCO*20240115*1030*5*X*004010~\n${SET('0002', 9)}GE*1*5~\nIEA*2*000000042~\n`;

const EDIFACT = `UNB+UNOC:3+SENDER:14+RECEIVER:14+240115:1030+REF7'UNH+1+ORDERS:D:96A:UN'BGM+220+PO1+9'UNT+3+1'UNZ+1+REF7'`;

describe('generateAcknowledgments', () => {
  it('answers each X12 group with its own 997 and ties each ack to the right group, even with a repeated GS06', () => {
    const result = parseEdi(latin1(TWO_GROUPS));
    const acks = generateAcknowledgments(result, { controlNumbers: counter(), kind: '997', now: new Date('2024-02-01T08:00:00Z') });
    const groups = result.interchanges[0]!.groups;
    expect(acks.map((ack) => [ack.kind, ack.group])).toEqual([
      ['997', groups[0]],
      ['997', groups[1]],
    ]);
    expect(acks[0]!.text).toContain('AK5*A~');
    expect(acks[1]!.text).toContain('AK5*R*4~');
    expect(acks[0]!.text).toContain('*240201*0800*');
  });

  it('adds a TA1 when asked and takes every control number from the caller', () => {
    const numbers = counter();
    const acks = generateAcknowledgments(parseEdi(latin1(TWO_GROUPS)), { controlNumbers: numbers, ta1: 'always' });
    expect(acks.map((ack) => ack.kind)).toEqual(['TA1', '997', '997']);
    expect(acks[0]!.group).toBeNull();
    expect(acks[0]!.text).toContain('TA1*000000042*');
    expect(acks[0]!.text).toContain(`*${String(numbers.issued[0]).padStart(9, '0')}*`);
  });

  it('answers an EDIFACT interchange with one CONTRL', () => {
    const result = parseEdi(latin1(EDIFACT));
    const acks = generateAcknowledgments(result, { controlNumbers: counter() });
    expect(acks).toHaveLength(1);
    expect(acks[0]).toMatchObject({ standard: 'edifact', kind: 'CONTRL', interchange: result.interchanges[0], group: null });
    expect(acks[0]!.text).toContain('UCI+REF7+SENDER:14+RECEIVER:14+7');
  });

  it('skips EDIFACT messages sent without UNB, saying why', () => {
    const result = parseEdi(latin1(`UNH+1+ORDERS:D:96A:UN'BGM+220+PO1+9'UNT+3+1'`));
    expect(result.interchanges).toHaveLength(1);
    expect(whyNoAcknowledgment(result.interchanges[0]!)).toContain('without a UNB header');
    expect(generateAcknowledgments(result, { controlNumbers: counter() })).toEqual([]);
    expect(whyNoAcknowledgment(parseEdi(latin1(EDIFACT)).interchanges[0]!)).toBeNull();
  });

  it('writes nothing for bytes that are not EDI', () => {
    expect(generateAcknowledgments(parseEdi(latin1('hello')), { controlNumbers: counter() })).toEqual([]);
  });
});
