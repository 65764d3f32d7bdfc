/**
 * The body of a 997 (AK1, AK2/AK3/AK4/AK5, AK9) or 999 (AK1, AK2/IK3/CTX/IK4/IK5, AK9) for one functional group,
 * from the problems the parser and validator attached to its transactions.
 */
import type { Group, Problem, Transaction, TransactionStatus } from '../../model.js';
import { problemDefinition } from '../../problems.js';
import { out, type OutSegment } from './envelope.js';

export type FunctionalAckKind = '997' | '999';

const MAX_CODES = 5;
/** The segment and element holding a transaction's business key, for the 999 CTX business unit identifier. */
const BUSINESS_KEYS: Record<string, [string, number]> = {
  '810': ['BIG', 2], '850': ['BEG', 3], '855': ['BAK', 3], '856': ['BSN', 2], '860': ['BCH', 3], '865': ['BCA', 3],
  '940': ['W05', 2], '945': ['W06', 2], '846': ['BIA', 3], '837': ['CLM', 1],
};

export interface AckBodyOptions {
  kind: FunctionalAckKind;
  /** characters the bad-value copies must not contain (the ack's delimiters) */
  forbidden: string;
}

export function functionalAckBody(group: Group, options: AckBodyOptions): OutSegment[] {
  const { kind } = options;
  // AK103 (the acknowledged group's GS08) is required in a 999 and exists in a 997 from 005010 on
  const writeVersion = kind === '999' || (group.version ?? '').slice(0, 6) >= '005010';
  const body: OutSegment[] = [out('AK1', group.functionalId ?? '', group.controlNumber ?? '', writeVersion ? (group.version ?? '') : '')];
  for (const transaction of group.transactions) body.push(...transactionResponse(transaction, group, options));
  body.push(groupResponse(group));
  return body;
}

function transactionResponse(transaction: Transaction, group: Group, options: AckBodyOptions): OutSegment[] {
  const { kind } = options;
  const convention = transaction.version !== group.version ? transaction.version : '';
  const segments: OutSegment[] = [out('AK2', transaction.type, transaction.controlNumber, kind === '999' ? convention : '')];
  const noted = transaction.problems.filter((p) => p.severity !== 'info');
  const bySegment = segmentNotes(noted);
  const businessUnit = kind === '999' ? businessUnitContext(transaction) : null;
  for (const note of bySegment) {
    const segmentCode = note.segmentCode ?? (note.elements.length > 0 ? '8' : '');
    segments.push(out(kind === '999' ? 'IK3' : 'AK3', note.tag, String(note.position), note.loopId, segmentCode));
    if (businessUnit !== null) segments.push(businessUnit);
    for (const element of note.elements) segments.push(elementNote(element, kind, options.forbidden));
  }
  const codes = transactionCodes(noted, bySegment.length > 0);
  segments.push(out(kind === '999' ? 'IK5' : 'AK5', statusCode(transaction.status), ...codes));
  return segments;
}

interface SegmentNote {
  tag: string;
  position: number;
  loopId: string;
  segmentCode?: string;
  elements: Problem[];
}

/** Segment and element problems grouped by the segment they are in, in transaction order. */
function segmentNotes(problems: Problem[]): SegmentNote[] {
  const notes = new Map<number, SegmentNote>();
  for (const problem of problems) {
    const definition = problemDefinition(problem.code);
    const position = problem.position.segmentPositionInTransaction;
    const isElement = definition.ak4 !== undefined && problem.position.element !== undefined;
    const isSegment = definition.ak3 !== undefined && !isElement;
    if (position === undefined || (!isElement && !isSegment)) continue;
    let note = notes.get(position);
    if (note === undefined) {
      note = { tag: problem.position.segmentTag ?? '', position, loopId: problem.position.loopId ?? '', elements: [] };
      notes.set(position, note);
    }
    if (isElement) note.elements.push(problem);
    else note.segmentCode ??= definition.ak3;
  }
  return [...notes.values()].sort((a, b) => a.position - b.position);
}

function elementNote(problem: Problem, kind: FunctionalAckKind, forbidden: string): OutSegment {
  const { element, component } = problem.position;
  const position = component === undefined ? [String(element)] : [String(element), String(component)];
  const bad = problem.badValue ?? '';
  const copy = [...bad].some((c) => forbidden.includes(c) || c === '\r' || c === '\n') ? '' : bad.slice(0, 99);
  return out(kind === '999' ? 'IK4' : 'AK4', position, problem.dataElementRef ?? '', problemDefinition(problem.code).ak4 ?? '', copy);
}

/** AK5/IK5 error codes: transaction-level codes, then 5 ("segments in error") when any AK3 was written. */
function transactionCodes(problems: Problem[], segmentsInError: boolean): string[] {
  const codes: string[] = [];
  for (const problem of problems) {
    if (problem.code === 'transaction-unsupported' && problem.severity !== 'error') continue;
    const code = problemDefinition(problem.code).ak5;
    if (code !== undefined && !codes.includes(code)) codes.push(code);
  }
  if (segmentsInError && !codes.includes('5')) codes.push('5');
  return codes.slice(0, MAX_CODES);
}

function statusCode(status: TransactionStatus): string {
  return status === 'accepted' ? 'A' : status === 'accepted-with-errors' ? 'E' : 'R';
}

function groupResponse(group: Group): OutSegment {
  const status = { accepted: 'A', 'accepted-with-errors': 'E', 'partially-accepted': 'P', rejected: 'R' }[group.status];
  const received = group.transactions.length;
  const accepted = group.transactions.filter((t) => t.status !== 'rejected').length;
  const codes: string[] = [];
  for (const problem of group.problems) {
    const code = problemDefinition(problem.code).ak9;
    if (code !== undefined && problem.severity === 'error' && !codes.includes(code)) codes.push(code);
  }
  return out('AK9', status, String(group.declaredTransactionCount ?? received), String(received), String(accepted), ...codes.slice(0, MAX_CODES));
}

/** CTX*BEG03:PO123 style business unit identifier, when the transaction's segments are at hand. */
function businessUnitContext(transaction: Transaction): OutSegment | null {
  const key = BUSINESS_KEYS[transaction.type];
  const segment = key === undefined ? undefined : transaction.segments?.find((s) => s.tag === key[0]);
  const value = segment?.elements[key![1] - 1]?.[0];
  if (key === undefined || value === undefined || value === '') return null;
  return out('CTX', [`${key[0]}${String(key[1]).padStart(2, '0')}`, value]);
}
