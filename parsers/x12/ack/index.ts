/**
 * Acknowledgments for one parsed X12 interchange: a TA1 for the interchange envelope, and a 997 or 999 per
 * functional group. Each is a complete interchange of its own, ready to send.
 */
import type { Interchange, X12Delimiters } from '../../model.js';
import { stampOf, writeInterchange, wrapGroup, wrapTransaction, type ControlNumberCounter } from './envelope.js';
import { functionalAckBody, type FunctionalAckKind } from './functional-ack.js';
import { ta1Segment, ta1Verdict } from './ta1.js';

export type { ControlNumberCounter } from './envelope.js';

export interface AckOptions {
  controlNumbers: ControlNumberCounter;
  /** date and time written in the envelopes (UTC); default now */
  now?: Date;
  /** 'auto' (default): 999 for groups whose GS08 starts with 005010, 997 otherwise */
  kind?: '997' | '999' | 'auto';
  /** default: the inbound interchange's delimiters */
  delimiters?: X12Delimiters;
  /** default: 'always' when ISA14 asked for an acknowledgment, else 'on-error' */
  ta1?: 'always' | 'on-error' | 'never';
}

export interface GeneratedAck {
  kind: 'TA1' | '997' | '999';
  text: string;
  /** GS06 of the acknowledged group */
  forGroup?: string;
}

/** 999 acks of 005010 healthcare groups carry the X231 implementation guide version. */
const IMPLEMENTATION_ACK_VERSION = '005010X231A1';

export function generateX12Acks(interchange: Interchange, options: AckOptions): GeneratedAck[] {
  if (interchange.standard !== 'x12') throw new Error('generateX12Acks: the interchange is not X12.');
  const delimiters = options.delimiters ?? (interchange.delimiters as X12Delimiters);
  const context = { counter: options.controlNumbers, stamp: stampOf(options.now ?? new Date()), delimiters };
  const forbidden = [delimiters.element, delimiters.component, delimiters.segment, delimiters.repetition ?? ''].join('');
  const acks: GeneratedAck[] = [];

  const ta1Mode = options.ta1 ?? (interchange.ackRequested ? 'always' : 'on-error');
  const verdict = ta1Verdict(interchange);
  if (ta1Mode === 'always' || (ta1Mode === 'on-error' && verdict.status !== 'A')) {
    acks.push({ kind: 'TA1', text: writeInterchange(interchange, [ta1Segment(interchange, verdict)], 0, context) });
  }

  for (const group of interchange.groups) {
    if (!group.explicit || group.controlNumber === null) continue;
    const base = (group.version ?? '').slice(0, 6);
    const kind: FunctionalAckKind = options.kind === '997' || options.kind === '999' ? options.kind : base.startsWith('005010') ? '999' : '997';
    const version = kind === '999' && base === '005010' ? IMPLEMENTATION_ACK_VERSION : base || '004010';
    const body = functionalAckBody(group, { kind, forbidden });
    const transaction = wrapTransaction(kind, body, context.counter, kind === '999' ? version : undefined);
    const segments = wrapGroup(group, version, transaction, context.counter, context.stamp);
    acks.push({ kind, forGroup: group.controlNumber, text: writeInterchange(interchange, segments, 1, context) });
  }
  return acks;
}
