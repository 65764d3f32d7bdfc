/** Cheap sniffing: does a buffer look like EDIFACT? Used by the auto-detecting entry point. */

const LOOK_AT = 4096;

/**
 * True when, after an optional BOM, the first 4 KiB hold a UNA service string advice, a UNB/UNH header at a segment
 * boundary (junk before it is tolerated), or at least two EDIFACT-looking segments (a message body without envelope).
 */
export function looksLikeEdifact(bytes: Uint8Array): boolean {
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  let text = '';
  const end = Math.min(bytes.length, start + LOOK_AT);
  for (let i = start; i < end; i++) text += String.fromCharCode(bytes[i]!);
  if (/(^|[^A-Za-z0-9])UNA[^A-Za-z0-9]{6}/.test(text)) return true;
  if (/(^|[^A-Za-z0-9])UN[BH][^A-Za-z0-9\s][A-Za-z0-9]/.test(text)) return true;
  return /^\s*[A-Z][A-Z0-9]{2}\+[^'\n]*'\s*[A-Z][A-Z0-9]{2}\+[^'\n]*'/.test(text);
}
