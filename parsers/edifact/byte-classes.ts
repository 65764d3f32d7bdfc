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
