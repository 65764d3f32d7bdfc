/**
 * Byte-level helpers shared by the X12 tokenizer, the ISA reader and the serializer. Values are decoded as Latin-1
 * (one byte, one UTF-16 code unit), so string positions and byte offsets agree.
 */

export const LF = 0x0a;
export const CR = 0x0d;
export const SPACE = 0x20;
export const TAB = 0x09;

const fromCharCode = String.fromCharCode;

/**
 * Bytes [start, end) as a Latin-1 string. EDI values are short: spelling out the arguments up to 16 bytes builds a
 * flat string in one call, about twice as fast as concatenating (and no cons string to flatten later).
 */
export function latin1(bytes: Uint8Array, start: number, end: number): string {
  const b = bytes;
  const s = start;
  switch (end - s) {
    case 0: return '';
    case 1: return fromCharCode(b[s]!);
    case 2: return fromCharCode(b[s]!, b[s + 1]!);
    case 3: return fromCharCode(b[s]!, b[s + 1]!, b[s + 2]!);
    case 4: return fromCharCode(b[s]!, b[s + 1]!, b[s + 2]!, b[s + 3]!);
    case 5: return fromCharCode(b[s]!, b[s + 1]!, b[s + 2]!, b[s + 3]!, b[s + 4]!);
    case 6: return fromCharCode(b[s]!, b[s + 1]!, b[s + 2]!, b[s + 3]!, b[s + 4]!, b[s + 5]!);
    case 7: return fromCharCode(b[s]!, b[s + 1]!, b[s + 2]!, b[s + 3]!, b[s + 4]!, b[s + 5]!, b[s + 6]!);
    case 8: return fromCharCode(b[s]!, b[s + 1]!, b[s + 2]!, b[s + 3]!, b[s + 4]!, b[s + 5]!, b[s + 6]!, b[s + 7]!);
    case 9: return fromCharCode(b[s]!, b[s + 1]!, b[s + 2]!, b[s + 3]!, b[s + 4]!, b[s + 5]!, b[s + 6]!, b[s + 7]!, b[s + 8]!);
    case 10: return fromCharCode(b[s]!, b[s + 1]!, b[s + 2]!, b[s + 3]!, b[s + 4]!, b[s + 5]!, b[s + 6]!, b[s + 7]!, b[s + 8]!, b[s + 9]!);
    case 11: return fromCharCode(b[s]!, b[s + 1]!, b[s + 2]!, b[s + 3]!, b[s + 4]!, b[s + 5]!, b[s + 6]!, b[s + 7]!, b[s + 8]!, b[s + 9]!, b[s + 10]!);
    case 12: return fromCharCode(b[s]!, b[s + 1]!, b[s + 2]!, b[s + 3]!, b[s + 4]!, b[s + 5]!, b[s + 6]!, b[s + 7]!, b[s + 8]!, b[s + 9]!, b[s + 10]!, b[s + 11]!);
    case 13: return fromCharCode(b[s]!, b[s + 1]!, b[s + 2]!, b[s + 3]!, b[s + 4]!, b[s + 5]!, b[s + 6]!, b[s + 7]!, b[s + 8]!, b[s + 9]!, b[s + 10]!, b[s + 11]!, b[s + 12]!);
    case 14: return fromCharCode(b[s]!, b[s + 1]!, b[s + 2]!, b[s + 3]!, b[s + 4]!, b[s + 5]!, b[s + 6]!, b[s + 7]!, b[s + 8]!, b[s + 9]!, b[s + 10]!, b[s + 11]!, b[s + 12]!, b[s + 13]!);
    case 15: return fromCharCode(b[s]!, b[s + 1]!, b[s + 2]!, b[s + 3]!, b[s + 4]!, b[s + 5]!, b[s + 6]!, b[s + 7]!, b[s + 8]!, b[s + 9]!, b[s + 10]!, b[s + 11]!, b[s + 12]!, b[s + 13]!, b[s + 14]!);
    case 16: return fromCharCode(b[s]!, b[s + 1]!, b[s + 2]!, b[s + 3]!, b[s + 4]!, b[s + 5]!, b[s + 6]!, b[s + 7]!, b[s + 8]!, b[s + 9]!, b[s + 10]!, b[s + 11]!, b[s + 12]!, b[s + 13]!, b[s + 14]!, b[s + 15]!);
    default: return end - s <= 64 ? latin1Chunked(b, s, end) : latin1Long(b, s, end);
  }
}

function latin1Chunked(b: Uint8Array, start: number, end: number): string {
  let text = '';
  let i = start;
  for (; i + 16 <= end; i += 16) text += latin1(b, i, i + 16);
  return text + latin1(b, i, end);
}

/** Long values (free text, binary segments) in blocks small enough to spread as arguments. */
function latin1Long(b: Uint8Array, start: number, end: number): string {
  let text = '';
  for (let i = start; i < end; i += 4096) text += fromCharCode(...b.subarray(i, Math.min(end, i + 4096)));
  return text;
}

/** Latin-1 string of [start, end) leaving out CR and LF bytes (line breaks a hard-wrapped file inserted). */
export function latin1WithoutBreaks(bytes: Uint8Array, start: number, end: number): string {
  let text = '';
  let runStart = start;
  for (let i = start; i < end; i++) {
    const b = bytes[i]!;
    if (b === CR || b === LF) {
      text += latin1(bytes, runStart, i);
      runStart = i + 1;
    }
  }
  return text + latin1(bytes, runStart, end);
}

const ALPHANUMERIC = new Uint8Array(256);
for (let b = 0x30; b <= 0x39; b++) ALPHANUMERIC[b] = 1;
for (let b = 0x41; b <= 0x5a; b++) ALPHANUMERIC[b] = 1;
for (let b = 0x61; b <= 0x7a; b++) ALPHANUMERIC[b] = 1;

export function isAlphanumeric(byte: number): boolean {
  return ALPHANUMERIC[byte] === 1;
}

export function isWhitespace(byte: number): boolean {
  return byte === SPACE || byte === LF || byte === CR || byte === TAB;
}

/** A delimiter for messages: printable as itself, control characters as \xNN. */
export function describeByte(byte: number): string {
  if (byte === LF) return 'LF (\\n)';
  if (byte === CR) return 'CR (\\r)';
  if (byte === SPACE) return 'space';
  if (byte < 0x20 || (byte >= 0x7f && byte <= 0xa0)) return `\\x${byte.toString(16).padStart(2, '0')}`;
  return `'${fromCharCode(byte)}'`;
}

export function describeChar(char: string): string {
  return describeByte(char.charCodeAt(0));
}
