/**
 * Which acks a stored file calls for, and their text: a 997/999 per inbound X12 group (and a TA1 per the partner's
 * policy), a CONTRL per inbound EDIFACT interchange. Never for outbound interchanges, for groups that are acks
 * themselves (FA groups, CONTRL messages), for partners whose policy says no, or for an envelope already answered.
 */
import {
  generateAcknowledgments,
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
    const numbers = new DrawnNumbers(() => input.counterFor(stored.partnerId));
    const acks = interchange.standard === 'x12' ? x12Acks(interchange, ordinal, policy, input, numbers) : edifactAcks(interchange, ordinal, input, policy, numbers);
    for (const ack of acks) {
      const groupOrdinal = ack.group === null ? WHOLE_INTERCHANGE : interchange.groups.indexOf(ack.group);
      planned.push(describe(ack, numbers, stored, ordinal, groupOrdinal));
    }
  });
  return planned;
}

function x12Acks(interchange: Interchange, ordinal: number, policy: AckPolicy, input: GenerateInput, numbers: DrawnNumbers): Acknowledgment[] {
  // an interchange of acks only (997s, 999s) gets none, not even a TA1
  if (interchange.groups.length > 0 && interchange.groups.every((group) => group.functionalId === 'FA')) return [];
  const groups = interchange.groups.filter((group, index) => group.explicit && group.controlNumber !== null && group.functionalId !== 'FA' && !input.answered(ordinal, index));
  const ta1 = input.answered(ordinal, WHOLE_INTERCHANGE) ? 'never' : policy.ta1;
  if (groups.length === 0 && ta1 === 'never') return [];
  const result: EdiFileResult = { ...input.result, interchanges: [{ ...interchange, groups }] };
  // the acks point at the filtered copy; give them the original interchange back
  return generateAcknowledgments(result, { controlNumbers: numbers, now: input.now, kind: policy.kind, ta1 }).map((ack) => ({ ...ack, interchange }));
}

function edifactAcks(interchange: Interchange, ordinal: number, input: GenerateInput, policy: AckPolicy, numbers: DrawnNumbers): Acknowledgment[] {
  if (input.answered(ordinal, WHOLE_INTERCHANGE)) return [];
  const groups: Group[] = interchange.groups
    .map((group) => ({ ...group, transactions: group.transactions.filter((transaction) => !ACK_MESSAGES.has(transaction.type)) }))
    .filter((group) => group.transactions.length > 0);
  if (groups.length === 0) return [];
  const answering = { ...interchange, groups };
  const contrl = generateContrl(answering, { controlNumbers: numbers, now: input.now, level: policy.contrlLevel });
  return [{ standard: 'edifact', kind: contrl.kind, text: contrl.text, interchange, group: null }];
}

/** The ack as recorded: its own control numbers as the generator drew them, and what it tells the partner. */
function describe(ack: Acknowledgment, numbers: DrawnNumbers, stored: StoredInterchange, interchangeOrdinal: number, groupOrdinal: number): PlannedAck {
  const encoding = ack.interchange.charset === 'utf-8' ? 'utf8' : 'latin1';
  const own = ownControlNumbers(ack, numbers);
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
    ...own,
    outcome: outcomeOf(ack),
  };
}

/**
 * The numbers a partner's counter handed out while one interchange's acks were written, per level in order. The
 * writers draw one interchange number per ack, and a group and a transaction number per 997/999 (and per CONTRL, the
 * group number only when it has a UNG), so the acks, taken in the order they were written, take them back in order.
 * The counter is opened on the first draw: an interchange that gets no ack touches no counter row.
 */
class DrawnNumbers implements ControlNumberSource {
  private counter: ControlNumberSource | null = null;
  private readonly drawn = { interchange: [] as number[], group: [] as number[], transaction: [] as number[] };
  private readonly taken = { interchange: 0, group: 0, transaction: 0 };

  constructor(private readonly open: () => ControlNumberSource) {}

  nextInterchange(): number {
    return this.record('interchange', this.source().nextInterchange());
  }

  nextGroup(): number {
    return this.record('group', this.source().nextGroup());
  }

  nextTransaction(): number {
    return this.record('transaction', this.source().nextTransaction());
  }

  /** The next number of that level not yet claimed by an earlier ack, or null when the writer drew none. */
  take(level: keyof DrawnNumbers['taken']): number | null {
    const value = this.drawn[level][this.taken[level]];
    if (value === undefined) return null;
    this.taken[level]++;
    return value;
  }

  private source(): ControlNumberSource {
    this.counter ??= this.open();
    return this.counter;
  }

  private record(level: keyof DrawnNumbers['taken'], value: number): number {
    this.drawn[level].push(value);
    return value;
  }
}

/**
 * The ack's own ISA13/GS06/ST02 (X12 writes ISA13 with 9 digits and ST02 with at least 4) or UNB 0020/UNG 0048/
 * UNH 0062 (EDIFACT writes them as they are). A TA1 has only the interchange's.
 */
function ownControlNumbers(ack: Acknowledgment, numbers: DrawnNumbers): Pick<PlannedAck, 'interchangeControl' | 'groupControl' | 'transactionControl'> {
  const interchange = numbers.take('interchange');
  const group = ack.kind === 'TA1' ? null : numbers.take('group');
  const transaction = ack.kind === 'TA1' ? null : numbers.take('transaction');
  if (interchange === null) throw new Error(`The ${ack.kind} writer drew no interchange control number`);
  const x12 = ack.standard === 'x12';
  return {
    interchangeControl: x12 ? String(interchange).padStart(9, '0') : String(interchange),
    groupControl: group === null ? null : String(group),
    transactionControl: transaction === null ? null : x12 ? String(transaction).padStart(4, '0') : String(transaction),
  };
}

function outcomeOf(ack: Acknowledgment): AckOutcome {
  if (ack.kind === 'TA1') return ta1Outcome(ack.text);
  const segments = ownSegments(ack);
  const responses = ack.kind === 'CONTRL' ? readContrl(segments) : readFunctionalAck(ack.kind, segments);
  if (responses.length > 0 && responses.every((response) => response.status === 'rejected')) return 'rejected';
  return responses.every((response) => response.status === 'accepted') ? 'accepted' : 'accepted-with-errors';
}

/**
 * The segments of an ack we just wrote, split by its interchange's delimiters (the writers use them): no envelope
 * checks, no positions. The X12 writer keeps delimiters out of values; EDIFACT values may hold released ones.
 */
function ownSegments(ack: Acknowledgment): Segment[] {
  const delimiters = ack.interchange.delimiters;
  // UNA's service string holds the terminator itself
  const text = ack.standard === 'edifact' && ack.text.startsWith('UNA') ? ack.text.slice(9) : ack.text;
  const release = 'release' in delimiters ? delimiters.release : null;
  const segments: Segment[] = [];
  let elements: string[][] = [];
  let components: string[] = [];
  let value = '';
  const endSegment = () => {
    components.push(value);
    elements.push(components);
    const tag = elements.shift()?.[0]?.trim() ?? '';
    if (tag !== '') segments.push({ tag, elements, offset: 0, end: 0, index: segments.length });
    elements = [];
    components = [];
    value = '';
  };
  for (let at = 0; at < text.length; at++) {
    const char = text[at]!;
    if (char === release) value += text[++at] ?? '';
    else if (char === delimiters.segment) endSegment();
    else if (char === delimiters.element) {
      components.push(value);
      elements.push(components);
      components = [];
      value = '';
    } else if (char === delimiters.component) {
      components.push(value);
      value = '';
    } else value += char;
  }
  return segments;
}
/** TA104 of a TA1 we wrote: the ISA fixes the element separator (4th character) and terminator (106th). */
function ta1Outcome(text: string): AckOutcome {
  const element = text.charAt(3);
  const terminator = text.charAt(105);
  const ta1 = text.split(terminator).map((segment) => segment.trim()).find((segment) => segment.startsWith(`TA1${element}`));
  const status = ta1?.split(element)[4];
  return status === 'A' ? 'accepted' : status === 'E' ? 'accepted-with-errors' : 'rejected';
}
