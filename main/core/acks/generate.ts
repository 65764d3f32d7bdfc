/**
 * Which acks a stored file calls for, and their text: a 997/999 per inbound X12 group (and a TA1 per the partner's
 * policy), a CONTRL per inbound EDIFACT interchange. Never for outbound interchanges, for groups that are acks
 * themselves (FA groups, CONTRL messages), for partners whose policy says no, or for an envelope already answered.
 */
import {
  generateAcknowledgments,
  parseEdi,
  whyNoAcknowledgment,
  type Acknowledgment,
  type ControlNumberSource,
  type EdiFileResult,
  type Group,
  type Interchange,
  type Segment,
} from '../../../parsers/index.js';
// The engine's entry does not pass the CONTRL level through yet; the EDIFACT writer takes it.
import { generateContrl } from '../../../parsers/edifact/index.js';
import { readContrl, readFunctionalAck } from './read-response.js';
import type { AckPolicy } from './schema.js';
import type { AckOutcome } from './types.js';

/** An interchange of the file as stored: its partner, direction and group row ids by ordinal. */
export interface StoredInterchange {
  partnerId: number;
  direction: 'inbound' | 'outbound';
  groupIds: number[];
}

/** Interchange-level acks (TA1, CONTRL) answer group ordinal -1. */
export const WHOLE_INTERCHANGE = -1;

export interface PlannedAck {
  partnerId: number;
  interchangeOrdinal: number;
  groupOrdinal: number;
  groupId: number | null;
  standard: 'x12' | 'edifact';
  kind: Acknowledgment['kind'];
  text: string;
  encoding: 'latin1' | 'utf8';
  acknowledgedInterchange: string;
  acknowledgedGroup: string | null;
  functionalId: string | null;
  interchangeControl: string;
  groupControl: string | null;
  transactionControl: string | null;
  outcome: AckOutcome;
}

export interface GenerateInput {
  result: EdiFileResult;
  /** by interchange ordinal */
  stored: ReadonlyMap<number, StoredInterchange>;
  policyFor(partnerId: number): AckPolicy;
  answered(interchangeOrdinal: number, groupOrdinal: number): boolean;
  counterFor(partnerId: number): ControlNumberSource;
  now: Date;
}

const ACK_MESSAGES = new Set(['CONTRL']);

export function planFileAcks(input: GenerateInput): PlannedAck[] {
  const planned: PlannedAck[] = [];
  input.result.interchanges.forEach((interchange, ordinal) => {
    const stored = input.stored.get(ordinal);
    if (!stored || stored.direction !== 'inbound' || whyNoAcknowledgment(interchange) !== null) return;
    const policy = input.policyFor(stored.partnerId);
    if (!policy.generate) return;
    const acks = interchange.standard === 'x12' ? x12Acks(interchange, ordinal, policy, input) : edifactAcks(interchange, ordinal, policy, input);
    for (const ack of acks) {
      const groupOrdinal = ack.group === null ? WHOLE_INTERCHANGE : interchange.groups.indexOf(ack.group);
      planned.push(describe(ack, stored, ordinal, groupOrdinal));
    }
  });
  return planned;
}

function x12Acks(interchange: Interchange, ordinal: number, policy: AckPolicy, input: GenerateInput): Acknowledgment[] {
  // an interchange of acks only (997s, 999s) gets none, not even a TA1
  if (interchange.groups.length > 0 && interchange.groups.every((group) => group.functionalId === 'FA')) return [];
  const groups = interchange.groups.filter((group, index) => group.explicit && group.controlNumber !== null && group.functionalId !== 'FA' && !input.answered(ordinal, index));
  const ta1 = input.answered(ordinal, WHOLE_INTERCHANGE) ? 'never' : policy.ta1;
  if (groups.length === 0 && ta1 === 'never') return [];
  const result: EdiFileResult = { ...input.result, interchanges: [{ ...interchange, groups }] };
  const stored = input.stored.get(ordinal)!;
  // the acks point at the filtered copy; give them the original interchange back
  return generateAcknowledgments(result, { controlNumbers: input.counterFor(stored.partnerId), now: input.now, kind: policy.kind, ta1 }).map((ack) => ({ ...ack, interchange }));
}

function edifactAcks(interchange: Interchange, ordinal: number, policy: AckPolicy, input: GenerateInput): Acknowledgment[] {
  if (input.answered(ordinal, WHOLE_INTERCHANGE)) return [];
  const groups: Group[] = interchange.groups
    .map((group) => ({ ...group, transactions: group.transactions.filter((transaction) => !ACK_MESSAGES.has(transaction.type)) }))
    .filter((group) => group.transactions.length > 0);
  if (groups.length === 0) return [];
  const answering = { ...interchange, groups };
  const controlNumbers = input.counterFor(input.stored.get(ordinal)!.partnerId);
  const contrl = generateContrl(answering, { controlNumbers, now: input.now, level: policy.contrlLevel });
  return [{ standard: 'edifact', kind: contrl.kind, text: contrl.text, interchange, group: null }];
}

/** Reads the written ack back: its own control numbers and what it tells the partner. */
function describe(ack: Acknowledgment, stored: StoredInterchange, interchangeOrdinal: number, groupOrdinal: number): PlannedAck {
  const encoding = ack.interchange.charset === 'utf-8' ? 'utf8' : 'latin1';
  let segments: Segment[] = [];
  const written = parseEdi(Buffer.from(ack.text, encoding), {
    validate: 'envelope',
    keepSegments: false,
    segmentsForCallback: true,
    onTransaction: (transaction) => (segments = transaction.segments ?? []),
  }).interchanges[0];
  const group = written?.groups[0];
  return {
    partnerId: stored.partnerId,
    interchangeOrdinal,
    groupOrdinal,
    groupId: groupOrdinal === WHOLE_INTERCHANGE ? null : (stored.groupIds[groupOrdinal] ?? null),
    standard: ack.standard,
    kind: ack.kind,
    text: ack.text,
    encoding,
    acknowledgedInterchange: ack.interchange.controlNumber,
    acknowledgedGroup: ack.group?.controlNumber ?? null,
    functionalId: ack.group?.functionalId ?? null,
    interchangeControl: written?.controlNumber ?? '',
    groupControl: group?.explicit ? group.controlNumber : null,
    transactionControl: group?.transactions[0]?.controlNumber ?? null,
    outcome: outcomeOf(ack, segments),
  };
}

function outcomeOf(ack: Acknowledgment, segments: Segment[]): AckOutcome {
  if (ack.kind === 'TA1') return ta1Outcome(ack.text);
  const responses = ack.kind === 'CONTRL' ? readContrl(segments) : readFunctionalAck(ack.kind, segments);
  if (responses.length > 0 && responses.every((response) => response.status === 'rejected')) return 'rejected';
  return responses.every((response) => response.status === 'accepted') ? 'accepted' : 'accepted-with-errors';
}

/** TA104 of a TA1 we wrote: the ISA fixes the element separator (4th character) and terminator (106th). */
function ta1Outcome(text: string): AckOutcome {
  const element = text.charAt(3);
  const terminator = text.charAt(105);
  const ta1 = text.split(terminator).map((segment) => segment.trim()).find((segment) => segment.startsWith(`TA1${element}`));
  const status = ta1?.split(element)[4];
  return status === 'A' ? 'accepted' : status === 'E' ? 'accepted-with-errors' : 'rejected';
}
