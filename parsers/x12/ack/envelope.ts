/**
 * The envelope of an outbound acknowledgment, mirroring the inbound interchange: sender and receiver swapped
 * (qualifiers too), the same control version and usage indicator, our own control numbers from the caller's counter.
 */
import type { Group, Interchange, Segment, X12Delimiters } from '../../model.js';
import { elementValue } from '../../model.js';
import { serializeX12 } from '../serialize.js';

export interface ControlNumberCounter {
  nextInterchange(): number;
  nextGroup(): number;
  nextTransaction(): number;
}

export type OutSegment = Pick<Segment, 'tag' | 'elements'>;

/** A segment from plain values; a value may hold components as an array. */
export function out(tag: string, ...values: (string | string[])[]): OutSegment {
  // trailing empty optional elements are not written
  let last = values.length;
  while (last > 0 && isEmpty(values[last - 1]!)) last--;
  return { tag, elements: values.slice(0, last).map((v) => (Array.isArray(v) ? trimComponents(v) : [v])) };
}

function isEmpty(value: string | string[]): boolean {
  return Array.isArray(value) ? value.every((v) => v === '') : value === '';
}

function trimComponents(components: string[]): string[] {
  let last = components.length;
  while (last > 1 && components[last - 1] === '') last--;
  return components.slice(0, last);
}

export interface Stamp {
  /** YYMMDD, CCYYMMDD, HHMM in UTC */
  shortDate: string;
  longDate: string;
  time: string;
}

export function stampOf(now: Date): Stamp {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  const longDate = `${now.getUTCFullYear()}${pad(now.getUTCMonth() + 1)}${pad(now.getUTCDate())}`;
  return { longDate, shortDate: longDate.slice(2), time: `${pad(now.getUTCHours())}${pad(now.getUTCMinutes())}` };
}

/** Writes ISA + inner segments + IEA as one interchange. `groups` is the number of GS inside (IEA01). */
export function writeInterchange(
  inbound: Interchange,
  inner: OutSegment[],
  groups: number,
  context: { counter: ControlNumberCounter; stamp: Stamp; delimiters: X12Delimiters },
): string {
  const control = controlNumber(context.counter.nextInterchange(), 9, 9);
  const header = inbound.header;
  const field = (n: number) => elementValue(header, n);
  const { delimiters, stamp } = context;
  const isa = out('ISA',
    '00', ' '.repeat(10), '00', ' '.repeat(10),
    field(7).padEnd(2).slice(0, 2), field(8).padEnd(15),
    field(5).padEnd(2).slice(0, 2), field(6).padEnd(15),
    stamp.shortDate, stamp.time, repetitionField(inbound, delimiters), field(12) || '00401', control, '0',
    field(15) === 'T' ? 'T' : 'P', delimiters.component);
  return serializeX12([isa, ...inner, out('IEA', String(groups), control)], delimiters);
}

/** GS..GE around the segments of one transaction set. */
export function wrapGroup(inboundGroup: Group, version: string, transaction: OutSegment[], counter: ControlNumberCounter, stamp: Stamp): OutSegment[] {
  const control = String(counter.nextGroup());
  return [
    out('GS', 'FA', inboundGroup.receiver?.id ?? '', inboundGroup.sender?.id ?? '', stamp.longDate, stamp.time, control, 'X', version),
    ...transaction,
    out('GE', '1', control),
  ];
}

/** ST..SE around a body; SE01 counts ST and SE. */
export function wrapTransaction(type: string, body: OutSegment[], counter: ControlNumberCounter, convention?: string): OutSegment[] {
  const control = controlNumber(counter.nextTransaction(), 4, 9);
  const st = convention === undefined ? out('ST', type, control) : out('ST', type, control, convention);
  return [st, ...body, out('SE', String(body.length + 2), control)];
}

function repetitionField(inbound: Interchange, delimiters: X12Delimiters): string {
  if (delimiters.repetition !== null) return delimiters.repetition;
  const inboundField = elementValue(inbound.header, 11);
  return /^[A-Za-z0-9]$/.test(inboundField) ? inboundField : 'U';
}

function controlNumber(value: number, minWidth: number, maxWidth: number): string {
  if (!Number.isInteger(value) || value < 0) throw new Error(`Acknowledgment control number ${value} is not a non-negative integer.`);
  const text = String(value).padStart(minWidth, '0');
  if (text.length > maxWidth) throw new Error(`Acknowledgment control number ${value} has more than ${maxWidth} digits.`);
  return text;
}
