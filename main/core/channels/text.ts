/**
 * Channel files as text, with a way back to bytes: documents rows store byte ranges into the archived original, but
 * CSV and JSON are read as strings. UTF-8 when the bytes are valid UTF-8, else Latin-1 (one byte per character, so
 * offsets stay exact where a lenient UTF-8 decode would turn each bad byte into a 3-byte replacement character).
 */

export interface DecodedText {
  text: string;
  encoding: 'utf8' | 'latin1';
  /** the text starts with a byte order mark (kept in `text`, so offsets still count it) */
  bom: boolean;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const latin1 = new TextDecoder('latin1');

export function decodeText(bytes: Uint8Array): DecodedText {
  let text: string;
  let encoding: DecodedText['encoding'] = 'utf8';
  try {
    text = utf8.decode(bytes);
  } catch {
    text = latin1.decode(bytes);
    encoding = 'latin1';
  }
  return { text, encoding, bom: text.startsWith('\uFEFF') };
}

/** A binary file (NUL bytes in its first 8 KiB) is never a channel file. */
export function looksBinary(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, 8192);
  for (let i = 0; i < end; i++) if (bytes[i] === 0) return true;
  return false;
}

/**
 * Converts character offsets to byte offsets in one pass. `offsets` may come in any order; each is looked up after
 * one scan of the text up to the largest.
 */
export function byteOffsets(decoded: DecodedText, offsets: number[]): Map<number, number> {
  const result = new Map<number, number>();
  if (decoded.encoding === 'latin1') {
    for (const offset of offsets) result.set(offset, offset);
    return result;
  }
  const wanted = [...new Set(offsets)].sort((a, b) => a - b);
  const { text } = decoded;
  let bytes = 0;
  let next = 0;
  for (let i = 0; i <= text.length && next < wanted.length; i++) {
    while (next < wanted.length && wanted[next] === i) result.set(wanted[next++]!, bytes);
    if (i === text.length) break;
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      // a surrogate pair is one 4-byte character
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return result;
}
