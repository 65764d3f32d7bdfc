/** Cheap auto-detection: is there an X12 ISA near the start of these bytes (ASCII or EBCDIC, after BOM or junk)? */
import { isAlphanumeric } from './bytes.js';
import { EBCDIC_A, EBCDIC_I, EBCDIC_S, translateEbcdic } from './ebcdic.js';
import { readIsaLayout } from './isa-layout.js';

/** How far into the bytes an ISA may start (junk, mail headers, a BOM before it). */
const SEARCH_LIMIT = 64 * 1024;

export function looksLikeX12(bytes: Uint8Array): boolean {
  const limit = Math.min(bytes.length, SEARCH_LIMIT);
  for (let i = 0; i + 3 < limit; i++) {
    const b = bytes[i]!;
    if (b !== 0x49 && b !== EBCDIC_I) continue;
    if (i > 0 && isAlphanumeric(bytes[i - 1]!)) continue;
    const ascii = b === 0x49 && bytes[i + 1] === 0x53 && bytes[i + 2] === 0x41;
    const ebcdic = b === EBCDIC_I && bytes[i + 1] === EBCDIC_S && bytes[i + 2] === EBCDIC_A;
    if (!ascii && !ebcdic) continue;
    const window = bytes.slice(i, i + 512);
    if (ebcdic) translateEbcdic(window, 0, window.length);
    if (readIsaLayout(window, 0, window.length, true).kind === 'ok') return true;
  }
  return false;
}
