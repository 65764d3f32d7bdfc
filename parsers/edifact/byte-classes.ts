/**
 * The scanner's per-byte lookup table: one array read per byte decides whether the byte needs any work. Element,
 * component and repetition separators are plain data here; only the value reader splits on them.
 */
import type { EdifactDelimiters } from '../model.js';
import type { SyntaxCharset } from './charset.js';

export const DATA = 0;
export const TERMINATOR = 1;
export const RELEASE = 2;
export const LINE_FEED = 3;
export const CARRIAGE_RETURN = 4;
/** a byte outside the declared repertoire */
export const VIOLATION = 5;
/** a byte >= 0x80 under a UTF-8 repertoire: validated as part of a sequence */
export const UTF8 = 6;

const tableCache = new Map<string, Uint8Array>();

export function classTable(delimiters: EdifactDelimiters, charset: SyntaxCharset): Uint8Array {
  const key = `${charset.syntaxId}|${delimiters.segment}${delimiters.release ?? ''}${delimiters.element}${delimiters.component}${delimiters.repetition ?? ''}${delimiters.decimal}`;
  let table = tableCache.get(key);
  if (!table) {
    table = buildTable(delimiters, charset);
    tableCache.set(key, table);
  }
  return table;
}

function buildTable(delimiters: EdifactDelimiters, charset: SyntaxCharset): Uint8Array {
  const table = new Uint8Array(256);
  const allowed = charset.allowed;
  if (allowed) {
    for (let b = 0; b < 256; b++) table[b] = allowed[b] ? DATA : VIOLATION;
  }
  if (charset.utf8) for (let b = 0x80; b < 256; b++) table[b] = UTF8;
  table[0x0a] = LINE_FEED;
  table[0x0d] = CARRIAGE_RETURN;
  for (const ch of [delimiters.element, delimiters.component, delimiters.repetition, delimiters.decimal]) {
    if (ch) table[ch.charCodeAt(0) & 0xff] = DATA;
  }
  if (delimiters.release) table[delimiters.release.charCodeAt(0) & 0xff] = RELEASE;
  table[delimiters.segment.charCodeAt(0) & 0xff] = TERMINATOR;
  return table;
}

/**
 * Incremental UTF-8 validation, so a multi-byte character may straddle chunks. `push` returns true when the byte
 * is acceptable so far; on false the sequence that started at `sequenceStart` is invalid.
 */
export class Utf8Validator {
  /** continuation bytes still expected */
  need = 0;
  sequenceStart = 0;
  private lower = 0x80;
  private upper = 0xbf;

  /** Starts a sequence at a byte >= 0x80; false when the byte cannot start one. */
  start(byte: number, offset: number): boolean {
    this.sequenceStart = offset;
    this.lower = 0x80;
    this.upper = 0xbf;
    if (byte >= 0xc2 && byte <= 0xdf) this.need = 1;
    else if (byte >= 0xe0 && byte <= 0xef) {
      this.need = 2;
      if (byte === 0xe0) this.lower = 0xa0;
      if (byte === 0xed) this.upper = 0x9f;
    } else if (byte >= 0xf0 && byte <= 0xf4) {
      this.need = 3;
      if (byte === 0xf0) this.lower = 0x90;
      if (byte === 0xf4) this.upper = 0x8f;
    } else {
      this.need = 0;
      return false;
    }
    return true;
  }

  /** Feeds the next byte of an open sequence. */
  continue(byte: number): boolean {
    if (byte < this.lower || byte > this.upper) {
      this.need = 0;
      return false;
    }
    this.lower = 0x80;
    this.upper = 0xbf;
    this.need--;
    return true;
  }
}
