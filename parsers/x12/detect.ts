/** Cheap auto-detection: is there an X12 ISA near the start of these bytes (ASCII or EBCDIC, after BOM or junk)? */
import { isAlphanumeric } from './bytes.js';
import { isaAt, readEbcdicIsaLayout, readIsaLayout } from './isa-layout.js';

/** How far into the bytes an ISA may start (junk, mail headers, a BOM before it). */
const SEARCH_LIMIT = 64 * 1024;

export function looksLikeX12(bytes: Uint8Array): boolean {
  const limit = Math.min(bytes.length, SEARCH_LIMIT);
  for (let i = 0; i + 3 < limit; i++) {
    if (i > 0 && isAlphanumeric(bytes[i - 1]!)) continue;
    const kind = isaAt(bytes, i);
    if (kind === null) continue;
    const result = kind === 'ascii' ? readIsaLayout(bytes, i, bytes.length, true) : readEbcdicIsaLayout(bytes, i, bytes.length, true);
    if (result.kind === 'ok') return true;
  }
  return false;
}
