/**
 * Which standard a file is, from its first bytes, and a plain description of what the bytes are when they are not
 * EDI at all ("starts with '%PDF' (a PDF document)").
 */
import { looksLikeEdifact } from './edifact/index.js';
import type { Standard } from './model.js';
import { looksLikeX12 } from './x12/index.js';

/** How far into a file the engines look for an interchange header (BOMs, junk and mail headers may come first). */
export const DETECTION_WINDOW = 64 * 1024;

export function detectStandard(bytes: Uint8Array): Standard | null {
  const window = bytes.length > DETECTION_WINDOW ? bytes.subarray(0, DETECTION_WINDOW) : bytes;
  const x12 = looksLikeX12(window);
  const edifact = looksLikeEdifact(window);
  if (x12 && edifact) return firstHeaderIsX12(window) ? 'x12' : 'edifact';
  if (x12) return 'x12';
  if (edifact) return 'edifact';
  return null;
}

/** Both engines accept the bytes (e.g. an EDIFACT file quoting an ISA in free text): the earlier header wins. */
function firstHeaderIsX12(bytes: Uint8Array): boolean {
  const text = latin1Prefix(bytes, bytes.length);
  const isa = text.search(/ISA/);
  const edifact = text.search(/UN[AB]/);
  return isa >= 0 && (edifact < 0 || isa < edifact);
}

const SIGNATURES: readonly [prefix: string, what: string][] = [
  ['%PDF', 'a PDF document'],
  ['PK\x03\x04', 'a ZIP archive (also .xlsx, .docx)'],
  ['\x89PNG', 'a PNG image'],
  ['\xff\xd8\xff', 'a JPEG image'],
  ['GIF8', 'a GIF image'],
  ['\x1f\x8b', 'a gzip archive'],
  ['\xd0\xcf\x11\xe0', 'an old Microsoft Office document'],
  ['<?xml', 'an XML document'],
  ['{', 'JSON'],
  ['[', 'JSON'],
  ['<', 'HTML or XML'],
];

/** A sentence saying why bytes that no engine recognised are not EDI: what they start with, and what is missing. */
export function describeNonEdi(bytes: Uint8Array): string {
  if (bytes.length === 0) return 'The file is empty.';
  const head = latin1Prefix(bytes, 16);
  const trimmed = head.replace(/^\ufeff|^\xef\xbb\xbf/, '').trimStart();
  const known = SIGNATURES.find(([prefix]) => head.startsWith(prefix) || trimmed.startsWith(prefix));
  const window = Math.min(bytes.length, DETECTION_WINDOW);
  const missing = `no ISA or UNA/UNB header found in the first ${window >= DETECTION_WINDOW ? '64 KiB' : `${window.toLocaleString('en-US')} bytes`}`;
  const shown = quoted(head.slice(0, known ? known[0].length : 12));
  if (known) return `Not an EDI file: it starts with ${shown} (${known[1]}); ${missing}.`;
  if (looksBinary(bytes.subarray(0, window))) return `Not an EDI file: it starts with ${shown} and looks binary; ${missing}.`;
  return `Not an EDI file: it starts with ${shown}; ${missing}.`;
}

function latin1Prefix(bytes: Uint8Array, length: number): string {
  let text = '';
  for (let i = 0; i < Math.min(length, bytes.length); i++) text += String.fromCharCode(bytes[i]!);
  return text;
}

/** 'text' with control characters as \xNN so the message prints safely. */
function quoted(text: string): string {
  let visible = '';
  for (const char of text) {
    const code = char.charCodeAt(0);
    if (char === '\n') visible += '\\n';
    else if (char === '\r') visible += '\\r';
    else if (code < 0x20 || (code >= 0x7f && code < 0xa0)) visible += `\\x${code.toString(16).padStart(2, '0')}`;
    else visible += char;
  }
  return `'${visible}'`;
}

function looksBinary(bytes: Uint8Array): boolean {
  let control = 0;
  const sample = Math.min(bytes.length, 1024);
  for (let i = 0; i < sample; i++) {
    const byte = bytes[i]!;
    if (byte === 0) return true;
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20)) control++;
  }
  return control > sample / 10;
}
