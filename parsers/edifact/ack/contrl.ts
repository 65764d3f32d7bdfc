/**
 * CONTRL syntax and service report for one received interchange (ISO 9735 / UN CONTRL): UCI for the interchange,
 * UCF per UNG group, UCM per message with UCS/UCD for segment and element errors. The envelope mirrors the inbound
 * UNB (sender and recipient swapped, same syntax identifier and version) with control references from the caller.
 */
import type { EdifactDelimiters, Group, Interchange, Problem, Transaction } from '../../model.js';
import { serializeEdifact } from '../serialize.js';
import type { SerializableSegment } from '../serialize.js';
import { actionFor, describedError, detailSegments } from './contrl-detail.js';

export interface ControlNumberSource {
  nextInterchange(): number;
  nextGroup(): number;
  nextTransaction(): number;
}

export interface ContrlOptions {
  controlNumbers: ControlNumberSource;
  now?: Date;
  /** delimiters for the CONTRL (default: the inbound interchange's) */
  delimiters?: EdifactDelimiters;
  /** 'interchange': UCI only (8 received / 4 rejected); 'message' (default): UCI 7/4 plus UCF and UCM detail */
  level?: 'interchange' | 'message';
}

export function generateContrl(interchange: Interchange, options: ContrlOptions): { kind: 'CONTRL'; text: string } {
  if (interchange.header.elements.length === 0) {
    throw new Error('Cannot write a CONTRL for an interchange without UNB: there is no sender to answer');
  }
  const delimiters = options.delimiters ?? (interchange.delimiters as EdifactDelimiters);
  const syntaxFour = interchange.version === '4';
  const stamp = dateTime(options.now ?? new Date(), syntaxFour);
  const header = interchange.header.elements;
  const explicitGroups = interchange.groups.filter((group) => group.explicit);

  const body: SerializableSegment[] = [];
  const messageReference = String(options.controlNumbers.nextTransaction());
  body.push({ tag: 'UNH', elements: [[messageReference], syntaxFour ? ['CONTRL', '4', '1', 'UN'] : ['CONTRL', 'D', '3', 'UN']] });
  const interchangeErrors = errorsOf(interchange.problems);
  const level = options.level ?? 'message';
  const interchangeAction = interchangeErrors.length > 0 ? '4' : level === 'interchange' ? '8' : '7';
  body.push({ tag: 'UCI', elements: [[interchange.controlNumber], trimmed(header[1]), trimmed(header[2]), [interchangeAction], ...describedError(interchangeErrors[0])] });
  if (level === 'message' && interchangeAction === '7') {
    for (const group of interchange.groups) body.push(...groupResponse(group));
  }
  body.push({ tag: 'UNT', elements: [[String(body.length + 1)], [messageReference]] });

  const segments: SerializableSegment[] = [];
  const interchangeReference = String(options.controlNumbers.nextInterchange());
  const unb: string[][] = [trimmed(header[0]), trimmed(header[2]), trimmed(header[1]), [stamp.date, stamp.time], [interchangeReference]];
  if (interchange.test) unb.push([''], [''], [''], [''], [''], ['1']);
  segments.push({ tag: 'UNB', elements: unb });
  if (explicitGroups.length > 0) {
    const first = explicitGroups[0]!;
    const groupReference = String(options.controlNumbers.nextGroup());
    segments.push({ tag: 'UNG', elements: [['CONTRL'], party(first.receiver), party(first.sender), [stamp.date, stamp.time], [groupReference], ['UN'], syntaxFour ? ['4', '1'] : ['D', '3']] });
    segments.push(...body);
    segments.push({ tag: 'UNE', elements: [['1'], [groupReference]] });
  } else {
    segments.push(...body);
  }
  segments.push({ tag: 'UNZ', elements: [['1'], [interchangeReference]] });
  const una = interchange.quirks.includes('una') || options.delimiters !== undefined;
  return { kind: 'CONTRL', text: serializeEdifact(segments, delimiters, una ? { una } : undefined) };
}

/** UCF for an explicit group (its messages follow unless the group itself is rejected); UCMs for an implicit one. */
function groupResponse(group: Group): SerializableSegment[] {
  const out: SerializableSegment[] = [];
  if (group.explicit) {
    const errors = errorsOf(group.problems);
    const action = errors.length > 0 ? '4' : '7';
    out.push({ tag: 'UCF', elements: [[group.controlNumber ?? ''], party(group.sender), party(group.receiver), [action], ...describedError(errors[0])] });
    if (action === '4') return out;
  }
  for (const transaction of group.transactions) out.push(...messageResponse(transaction));
  return out;
}

function messageResponse(transaction: Transaction): SerializableSegment[] {
  const [version = '', release = '', agency = ''] = transaction.version.split(':');
  const identifier = [transaction.type, version, release, agency];
  if (transaction.association) identifier.push(transaction.association);
  const messageErrors = errorsOf(transaction.problems).filter((problem) => problem.level === 'transaction');
  const ucm: SerializableSegment = {
    tag: 'UCM',
    elements: [[transaction.controlNumber], identifier, [actionFor(transaction)], ...describedError(messageErrors.find((p) => p.code !== 'transaction-segments-in-error'))],
  };
  return [ucm, ...detailSegments(errorsOf(transaction.problems))];
}

function errorsOf(problems: readonly Problem[]): Problem[] {
  return problems.filter((problem) => problem.severity === 'error');
}

function party(id: { id: string; qualifier: string } | null): string[] {
  if (!id) return [''];
  return id.qualifier === '' ? [id.id] : [id.id, id.qualifier];
}

/** A composite copied from the inbound UNB, without trailing empty components. */
function trimmed(components: string[] | undefined): string[] {
  const copy = [...(components ?? [''])];
  while (copy.length > 1 && copy[copy.length - 1] === '') copy.pop();
  return copy;
}

function dateTime(now: Date, fullYear: boolean): { date: string; time: string } {
  const two = (n: number): string => String(n).padStart(2, '0');
  const year = String(now.getUTCFullYear());
  const date = `${fullYear ? year : year.slice(2)}${two(now.getUTCMonth() + 1)}${two(now.getUTCDate())}`;
  return { date, time: `${two(now.getUTCHours())}${two(now.getUTCMinutes())}` };
}
