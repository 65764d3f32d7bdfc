/**
 * Recognising where an interchange starts, for the scanner: a UNA service string advice, or a UNB/UNG/UNH/UIB
 * header at a segment boundary. Each matcher says NEED_MORE when the chunk ends too early to decide.
 */

export const NEED_MORE = -1;
export const NO_MATCH = 0;
export const UNA_MATCH = 1;
export const HEADER_MATCH = 2;

/** At a 'U': 'UNA' + six non-alphanumeric service characters, or UNB/UNG/UNH/UIB + a separator + a letter/digit. */
export function matchHeader(chunk: Uint8Array, i: number): number {
  const n = chunk.length;
  if (i + 3 > n) return prefixOf(chunk, i) ? NEED_MORE : NO_MATCH;
  const second = chunk[i + 1]!;
  const third = chunk[i + 2]!;
  if (second === 0x4e && third === 0x41) return matchServiceAdvice(chunk, i);
  const header = (second === 0x4e && (third === 0x42 || third === 0x47 || third === 0x48)) || (second === 0x49 && third === 0x42);
  if (!header) return NO_MATCH;
  if (i + 5 > n) return NEED_MORE;
  const separator = chunk[i + 3]!;
  if (isAlphanumeric(separator) || isWhitespace(separator)) return NO_MATCH;
  return isAlphanumeric(chunk[i + 4]!) ? HEADER_MATCH : NO_MATCH;
}

/** At a 'U': 'UNA' followed by six service characters that are not letters or digits. */
export function matchServiceAdvice(chunk: Uint8Array, i: number): number {
  const n = chunk.length;
  const second = chunk[i + 1];
  const third = chunk[i + 2];
  if (second === undefined || (second === 0x4e && third === undefined)) return NEED_MORE;
  if (second !== 0x4e || third !== 0x41) return NO_MATCH;
  if (i + 9 > n) return NEED_MORE;
  for (let k = 3; k < 9; k++) if (isAlphanumeric(chunk[i + k]!)) return NO_MATCH;
  return UNA_MATCH;
}

function prefixOf(chunk: Uint8Array, i: number): boolean {
  const second = chunk[i + 1];
  return second === undefined || second === 0x4e || second === 0x49;
}

export function isAlphanumeric(b: number): boolean {
  return (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a);
}

export function isWhitespace(b: number): boolean {
  return b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09 || b === 0x00 || b === 0x1a;
}
