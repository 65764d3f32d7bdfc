/**
 * The offending segment, re-read from the file's bytes around a problem's offset, with a caret line under the element
 * (component, repetition) the problem names. Works from the interchange's own delimiters, so control-character
 * terminators, release characters and wrapped segments come out right; without delimiters it shows the line.
 */
import type { Delimiters, Position } from '../../../parsers/model.js';
import { visibleBytes } from './visible.js';

export interface ByteSource {
  size: number;
  /** bytes [start, end) of the file */
  read(start: number, end: number): Uint8Array;
}

export interface SegmentExcerpt {
  text: string;
  caret: string;
}

const WINDOW = 4096;
const MAX_SHOWN = 160;
const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;

interface Scan {
  bytes: Uint8Array;
  terminator: number;
  release: number;
}

export interface ExcerptOptions {
  /** the interchange's character set; null outside any interchange (bytes above 0x7f then show as \xNN) */
  charset?: string | null;
  /** a table translating the file's bytes to Latin-1 first (EBCDIC interchanges) */
  translate?: Uint8Array | null;
}

export function segmentExcerpt(source: ByteSource, position: Position, delimiters: Delimiters | null, options: ExcerptOptions = {}): SegmentExcerpt | null {
  if (source.size === 0 || position.offset > source.size) return null;
  const windowStart = Math.max(0, position.offset - WINDOW);
  const raw = source.read(windowStart, Math.min(source.size, position.offset + WINDOW));
  const table = options.translate;
  const bytes = table ? raw.map((byte) => table[byte]!) : raw;
  const charset = options.charset === undefined ? 'latin1' : options.charset;
  const at = Math.min(position.offset - windowStart, bytes.length);
  const range = delimiters ? segmentAround(bytes, at, delimiters) : lineAround(bytes, at);
  const span = delimiters ? elementSpan(bytes, range, at, position, delimiters) : { start: at, end: Math.min(at + 1, range.end) };
  return render(bytes, range, span, windowStart > 0 && range.start === 0, charset);
}

function code(char: string | null | undefined): number {
  return char ? char.charCodeAt(0) : -1;
}

function segmentAround(bytes: Uint8Array, at: number, delimiters: Delimiters): { start: number; end: number } {
  const scan: Scan = { bytes, terminator: code(delimiters.segment), release: 'release' in delimiters ? code(delimiters.release) : -1 };
  let start = 0;
  for (let i = Math.min(at, bytes.length) - 1; i >= 0; i--) {
    if (isTerminator(scan, i)) {
      start = i + 1;
      break;
    }
  }
  // line breaks after terminators, and the space padding of fixed-length records, are not part of the segment
  while (start < at && (bytes[start] === CR || bytes[start] === LF || bytes[start] === SPACE)) start++;
  let end = bytes.length;
  for (let i = Math.max(start, at); i < bytes.length; i++) {
    if (isTerminator(scan, i)) {
      end = i + 1;
      break;
    }
  }
  return { start, end };
}

function isTerminator(scan: Scan, index: number): boolean {
  if (scan.bytes[index] !== scan.terminator) return false;
  let releases = 0;
  while (scan.release >= 0 && index - 1 - releases >= 0 && scan.bytes[index - 1 - releases] === scan.release) releases++;
  return releases % 2 === 0;
}

function lineAround(bytes: Uint8Array, at: number): { start: number; end: number } {
  let start = at;
  while (start > 0 && bytes[start - 1] !== LF && at - start < MAX_SHOWN) start--;
  let end = at;
  while (end < bytes.length && bytes[end] !== LF && end - at < MAX_SHOWN) end++;
  return { start, end: Math.min(bytes.length, end + 1) };
}

/**
 * Bytes of the named element inside the segment: walks separators from the tag, honouring the release character.
 * Without an element, the tag when the problem is at the segment's start, else the byte at the offset. A missing
 * element (beyond the last one present) points at the terminator, where it would have been.
 */
function elementSpan(bytes: Uint8Array, range: { start: number; end: number }, at: number, position: Position, delimiters: Delimiters): { start: number; end: number } {
  const element = code(delimiters.element);
  const terminator = code(delimiters.segment);
  if (position.element === undefined) {
    if (at !== range.start) return { start: at, end: Math.min(at + 1, range.end) };
    let tagEnd = range.start;
    while (tagEnd < range.end && bytes[tagEnd] !== element && bytes[tagEnd] !== terminator) tagEnd++;
    // a tag is 2-3 letters; anything longer means the separators did not match these bytes
    return { start: range.start, end: tagEnd - range.start <= 3 ? Math.max(tagEnd, range.start + 1) : range.start + 1 };
  }
  const fixedWidth = bytes[range.start] === 0x49 && bytes[range.start + 1] === 0x53 && bytes[range.start + 2] === 0x41 && !('release' in delimiters);
  const component = fixedWidth ? -1 : code(delimiters.component);
  const repetition = fixedWidth ? -1 : code(delimiters.repetition);
  const release = 'release' in delimiters ? code(delimiters.release) : -1;
  const state = { element: 0, component: 1, repetition: 1 };
  const matches = (): boolean =>
    state.element === position.element &&
    (position.repetition === undefined || state.repetition === position.repetition) &&
    (position.component === undefined || state.component === position.component);
  let spanStart = -1;
  for (let i = range.start; i < range.end; i++) {
    const byte = bytes[i]!;
    if (byte === release) {
      i++;
      continue;
    }
    if (byte === terminator && i === range.end - 1) {
      if (spanStart >= 0) return { start: spanStart, end: i };
      break;
    }
    if (byte === element) Object.assign(state, { element: state.element + 1, component: 1, repetition: 1 });
    else if (byte === repetition) Object.assign(state, { repetition: state.repetition + 1, component: 1 });
    else if (byte === component) state.component++;
    else continue;
    const inside = matches();
    if (spanStart >= 0 && !inside) return { start: spanStart, end: i };
    if (spanStart < 0 && inside) spanStart = i + 1;
  }
  if (spanStart >= 0) return { start: spanStart, end: range.end };
  const where = bytes[range.end - 1] === terminator ? range.end - 1 : range.end;
  return { start: where, end: where };
}

function render(bytes: Uint8Array, range: { start: number; end: number }, span: { start: number; end: number }, cutBefore: boolean, charset: string | null): SegmentExcerpt {
  let { start, end } = range;
  let prefix = cutBefore ? '…' : '';
  let suffix = '';
  if (end - start > MAX_SHOWN) {
    // keep the element in view: from a little before it, at most MAX_SHOWN bytes
    const keepFrom = Math.max(start, Math.min(span.start - 40, end - MAX_SHOWN));
    if (keepFrom > start) prefix = '…';
    start = keepFrom;
    if (end > start + MAX_SHOWN) {
      end = start + MAX_SHOWN;
      suffix = '…';
    }
  }
  const shown = visibleBytes(bytes.subarray(start, end), charset);
  const column = (index: number): number => shown.columns[Math.max(0, Math.min(index - start, end - start))]!;
  const caretStart = column(span.start);
  const caretWidth = Math.max(1, column(Math.min(span.end, end)) - caretStart);
  return { text: prefix + shown.text + suffix, caret: ' '.repeat(prefix.length + caretStart) + '^'.repeat(caretWidth) };
}
