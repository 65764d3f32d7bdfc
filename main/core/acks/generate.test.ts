import { describe, expect, it } from 'vitest';
import { parseEdi, type ControlNumberSource, type Segment } from '../../../parsers/index.js';
import { planFileAcks, type PlannedAck, type StoredInterchange } from './generate.js';
import { readContrl, readFunctionalAck } from './read-response.js';
import { DEFAULT_ACK_POLICY, type AckPolicy } from './schema.js';
import { edifactInterchange, orderBody, ordersBody, x12Interchange } from './test-fixtures.js';

function counter(start: number): ControlNumberSource & { draws: number } {
  const state = { interchange: start, group: start + 100, transaction: start + 200 };
  const source = {
    draws: 0,
    nextInterchange: () => (source.draws++, ++state.interchange),
    nextGroup: () => (source.draws++, ++state.group),
    nextTransaction: () => (source.draws++, ++state.transaction),
  };
  return source;
}

const basePolicy: AckPolicy = { ...DEFAULT_ACK_POLICY, ta1: 'never' };

function plan(text: string, policy: Partial<AckPolicy> = {}, start = 41): { plans: PlannedAck[]; draws: number } {
  const result = parseEdi(Buffer.from(text, 'latin1'));
  const stored = new Map<number, StoredInterchange>(result.interchanges.map((interchange, ordinal) => [ordinal, { partnerId: 7, direction: 'inbound', groupIds: interchange.groups.map((_, index) => 100 + index) }]));
  const numbers = counter(start);
  const plans = planFileAcks({ result, stored, policyFor: () => ({ ...basePolicy, ...policy }), answered: () => false, counterFor: () => numbers, now: new Date('2026-11-28T01:00:00Z') });
  return { plans, draws: numbers.draws };
}

/** What a full parse of the written ack says: the reference the fast description must agree with. */
function reparsed(ack: PlannedAck): Pick<PlannedAck, 'interchangeControl' | 'groupControl' | 'transactionControl' | 'outcome'> {
  let segments: Segment[] = [];
  const written = parseEdi(Buffer.from(ack.text, ack.encoding), { keepSegments: false, segmentsForCallback: true, onTransaction: (transaction) => (segments = transaction.segments ?? []) }).interchanges[0]!;
  const group = written.groups[0];
  const responses = ack.kind === 'CONTRL' ? readContrl(segments) : ack.kind === 'TA1' ? [] : readFunctionalAck(ack.kind, segments);
  const outcome = responses.length > 0 && responses.every((response) => response.status === 'rejected') ? 'rejected' : responses.every((response) => response.status === 'accepted') ? 'accepted' : 'accepted-with-errors';
  return { interchangeControl: written.controlNumber, groupControl: group?.explicit ? group.controlNumber : null, transactionControl: group?.transactions[0]?.controlNumber ?? null, outcome };
}

const order = (control: string) => ({ type: '850', control, body: orderBody(`PO-${control}`) });

describe('planned acks describe themselves without re-parsing', () => {
  it('gives each 997 of a two-group interchange its own drawn numbers, as a parse of its text reads them', () => {
    const text = x12Interchange({ sender: 'BUYER', receiver: 'US', control: '12', groups: [{ functionalId: 'PO', control: '5', transactions: [order('0001')] }, { functionalId: 'PO', control: '6', transactions: [order('0002'), order('0003')] }] });
    const { plans, draws } = plan(text);
    expect(plans.map((ack) => ack.kind)).toEqual(['997', '997']);
    expect(draws).toBe(6);
    expect(plans.map((ack) => [ack.interchangeControl, ack.groupControl, ack.transactionControl])).toEqual([['000000042', '142', '0242'], ['000000043', '143', '0243']]);
    for (const ack of plans) expect({ ...ack, ...reparsed(ack) }).toEqual(ack);
  });

  it('agrees with a parse for a TA1 followed by a 999 rejecting a set whose trailer count is wrong', () => {
    const bad = { type: '850', control: '0009', body: orderBody('PO-9') };
    const text = x12Interchange({ sender: 'BUYER', receiver: 'US', control: '77', version: '00501', groups: [{ functionalId: 'PO', control: '9', version: '005010', transactions: [bad] }] }).replace('SE*6*0009', 'SE*9*0009');
    const { plans } = plan(text, { ta1: 'always' }, 998);
    expect(plans.map((ack) => ack.kind)).toEqual(['TA1', '999']);
    expect(plans[0]!.groupControl).toBeNull();
    expect(plans[1]!.outcome).not.toBe('accepted');
    for (const ack of plans) expect({ ...ack, ...reparsed(ack) }).toEqual(ack);
  });

  it('agrees with a parse for a CONTRL, with released characters in the partner ids', () => {
    const text = edifactInterchange({ sender: 'SELL?+ER', receiver: 'US', reference: 'R1', messages: [{ type: 'ORDERS', reference: 'M1', body: ordersBody('PO-1') }, { type: 'ORDERS', reference: 'M2', body: ordersBody('PO-2') }] });
    const { plans } = plan(text);
    expect(plans).toHaveLength(1);
    expect(plans[0]!.kind).toBe('CONTRL');
    expect(plans[0]!.groupControl).toBeNull();
    expect({ ...plans[0]!, ...reparsed(plans[0]!) }).toEqual(plans[0]);
  });

  it('draws no number for an interchange that gets no ack', () => {
    const text = x12Interchange({ sender: 'BUYER', receiver: 'US', control: '12', groups: [{ functionalId: 'FA', control: '5', transactions: [{ type: '997', control: '0001', body: ['AK1*PO*1', 'AK9*A*1*1*1'] }] }] });
    expect(plan(text, { ta1: 'always' })).toEqual({ plans: [], draws: 0 });
  });
});
