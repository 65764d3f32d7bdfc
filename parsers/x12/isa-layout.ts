/**
 * Finds where an ISA's fields are, and the interchange's delimiters, from raw bytes. The ISA is normally 106 bytes
 * wide, but real files carry unpadded or over-padded fields and hard-wrapped lines, so the fields are found by
 * counting 16 element separators; CR/LF met inside fields are line breaks a wrapping program inserted.
 */
import { CR, LF, SPACE, describeByte as describe, isAlphanumeric } from './bytes.js';
import { EBCDIC_A, EBCDIC_I, EBCDIC_S, translateEbcdic } from './ebcdic.js';

/** Far more than any real ISA (106 bytes) with padding mistakes and wrap breaks. */
const MAX_ISA_SPAN = 400;
export const FIXED_ISA_LENGTH = 106;

export interface IsaLayout {
  start: number;
  /** indexes of the 16 element separators; field n (1-based) starts at separators[n - 1] + 1 */
  separators: number[];
  terminatorIndex: number;
  /** indexes of CR/LF bytes inside fields: the file is hard-wrapped */
  breaks: number[];
  element: number;
  component: number;
  terminator: number;
  /** -1 when ISA11 is a letter or digit (the standards identifier of older versions) */
  repetition: number;
  /** byte length without wrap breaks, terminator included (106 when padded to fixed width) */
  length: number;
}

export type IsaReadResult =
  | { kind: 'ok'; layout: IsaLayout }
  | { kind: 'need-more' }
  /** "ISA" followed by a letter, digit or space: text, not a header */
  | { kind: 'not-isa' }
  | { kind: 'invalid'; reason: string };

/** "ISA" in ASCII (a line break may split it: wrapped files) or in EBCDIC at `i`. */
export function isaAt(bytes: Uint8Array, i: number): 'ascii' | 'ebcdic' | null {
  if (bytes[i] === 0x49 && (bytes[i + 1] === 0x53 || bytes[i + 1] === CR || bytes[i + 1] === LF)) return 'ascii';
  if (bytes[i] === EBCDIC_I && bytes[i + 1] === EBCDIC_S && bytes[i + 2] === EBCDIC_A) return 'ebcdic';
  return null;
}

/** Line breaks a wrapping program may put inside the "ISA" tag: at most one CRLF. */
const MAX_TAG_BREAKS = 2;

/**
 * Index of the element separator after "ISA" at `start`, skipping line breaks inside the tag (recorded in
 * `breaks`); -1 when the bytes are not "ISA", -2 when more bytes are needed. A break right after "ISA" is a wrap
 * only when a non-alphanumeric byte follows; otherwise it is the element separator itself.
 */
function separatorAfterTag(bytes: Uint8Array, start: number, end: number, breaks: number[]): number {
  let j = start + 1;
  for (const expected of [0x53, 0x41]) {
    while (j < end && (bytes[j] === CR || bytes[j] === LF) && breaks.length < MAX_TAG_BREAKS) breaks.push(j++);
    if (j >= end) return -2;
    if (bytes[j] !== expected) return -1;
    j++;
  }
  let k = j;
  while (k < end && (bytes[k] === CR || bytes[k] === LF) && breaks.length + (k - j) < MAX_TAG_BREAKS) k++;
  if (k >= end) return -2;
  if (k > j && !isAlphanumeric(bytes[k]!) && bytes[k] !== SPACE) {
    for (let b = j; b < k; b++) breaks.push(b);
    return k;
  }
  return j;
}

/** Reads an EBCDIC ISA from a translated copy (offsets relative to `start`), leaving `bytes` untouched. */
export function readEbcdicIsaLayout(bytes: Uint8Array, start: number, end: number, final: boolean): IsaReadResult {
  const trial = bytes.slice(start, Math.min(end, start + MAX_ISA_SPAN));
  translateEbcdic(trial, 0, trial.length);
  return readIsaLayout(trial, 0, trial.length, final || trial.length === MAX_ISA_SPAN);
}

/**
 * Reads the ISA starting at `start` (its "I"). `end` is the end of the available bytes; `final` says no more will
 * come.
 */
export function readIsaLayout(bytes: Uint8Array, start: number, end: number, final: boolean): IsaReadResult {
  const breaks: number[] = [];
  const first = separatorAfterTag(bytes, start, end, breaks);
  if (first === -2) return final ? { kind: 'invalid', reason: 'the file ends inside the ISA segment' } : { kind: 'need-more' };
  if (first === -1) return { kind: 'not-isa' };
  const element = bytes[first]!;
  if (isAlphanumeric(element) || element === SPACE) return { kind: 'not-isa' };
  const breaksAreData = element === CR || element === LF;
  const separators: number[] = [first];
  const limit = Math.min(end, start + MAX_ISA_SPAN);
  let i = first + 1;
  for (; i < limit && separators.length < 16; i++) {
    const b = bytes[i]!;
    if (b === element) separators.push(i);
    else if (!breaksAreData && (b === CR || b === LF)) breaks.push(i);
  }
  if (separators.length < 16) {
    if (i >= end && end - start < MAX_ISA_SPAN && !final) return { kind: 'need-more' };
    return { kind: 'invalid', reason: `found ${separators.length} of the 16 element separators ISA needs` };
  }
  const implausible = implausibleField(separators, breaks, i);
  if (implausible !== null) return { kind: 'invalid', reason: implausible };
  // i is now the index of ISA16; the terminator is the byte right after it
  if (i + 1 >= end) return final ? { kind: 'invalid', reason: 'the file ends inside the ISA segment' } : { kind: 'need-more' };
  const component = bytes[i]!;
  const terminator = bytes[i + 1]!;
  if (terminator === element || terminator === component || component === element) {
    return {
      kind: 'invalid',
      reason: `element separator ${describe(element)}, component separator ${describe(component)} and segment terminator ${describe(terminator)} must differ`,
    };
  }
  return {
    kind: 'ok',
    layout: {
      start,
      separators,
      terminatorIndex: i + 1,
      breaks,
      element,
      component,
      terminator,
      repetition: repetitionSeparator(bytes, separators, { element, component, terminator }),
      length: i + 2 - start - breaks.length,
    },
  };
}

/**
 * Longest believable length of each field (ISA01..ISA15): generous for padding mistakes, but an ISA that runs into
 * the following segments (a cut header) fails here instead of swallowing them.
 */
const MAX_FIELD_LENGTH = [3, 20, 3, 20, 3, 35, 3, 35, 8, 6, 1, 6, 10, 1, 1];

function implausibleField(separators: number[], breaks: number[], isa16: number): string | null {
  for (let n = 1; n <= 15; n++) {
    const start = separators[n - 1]! + 1;
    const end = n < 15 ? separators[n]! : isa16 - 1;
    const length = end - start - breaks.filter((b) => b >= start && b < end).length;
    if (length > MAX_FIELD_LENGTH[n - 1]!) return `ISA${String(n).padStart(2, '0')} would be ${length} bytes long, so the header is cut or malformed`;
  }
  return null;
}

function repetitionSeparator(bytes: Uint8Array, separators: number[], used: { element: number; component: number; terminator: number }): number {
  const fieldStart = separators[10]! + 1;
  if (separators[11]! - fieldStart !== 1) return -1;
  const b = bytes[fieldStart]!;
  if (isAlphanumeric(b) || b === SPACE || b === used.element || b === used.component || b === used.terminator) return -1;
  return b;
}
