/** Cheap sniffing: does a buffer look like EDIFACT? Used by the auto-detecting entry point. */
import { decodeLatin1 } from './charset.js';

/** as far as the auto-detecting entry point looks (mail headers or other junk may come first) */
const LOOK_AT = 64 * 1024;

/**
 * True when, after an optional BOM, the first 64 KiB hold a UNA service string advice, a UNB/UNH header at a segment
 * boundary (junk before it is tolerated), or start with two EDIFACT-looking segments (a body without envelope).
 */
export function looksLikeEdifact(bytes: Uint8Array): boolean {
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const text = decodeLatin1(bytes, start, Math.min(bytes.length, start + LOOK_AT));
  if (/(^|[^A-Za-z0-9])UNA[^A-Za-z0-9]{6}/.test(text)) return true;
  if (/(^|[^A-Za-z0-9])UN[BH][^A-Za-z0-9\s][A-Za-z0-9]/.test(text)) return true;
  return /^\s*[A-Z][A-Z0-9]{2}\+[^'\n]*'\s*[A-Z][A-Z0-9]{2}\+[^'\n]*'/.test(text);
}
