/**
 * Shows raw EDI bytes so that nothing is invisible: CR and LF as ␍ ␊, other control bytes as \xNN, text in the
 * interchange's character set. Each byte (or UTF-8 sequence) maps to a display column, so a caret line can point at it.
 */

const CONTROL_PICTURES: Record<number, string> = { 0x0a: '␊', 0x0d: '␍', 0x09: '␉' };

export interface VisibleText {
  text: string;
  /** columns[i]: display column where byte i starts; columns[length]: the total width */
  columns: number[];
}

/** charset null: bytes outside any interchange (junk, a BOM), shown as \xNN above 0x7f rather than guessed at. */
export function visibleBytes(bytes: Uint8Array, charset: string | null = 'latin1'): VisibleText {
  const decodeSingle = singleByteDecoder(charset ?? 'latin1');
  const utf8 = charset !== null && /^utf-?8$/i.test(charset);
  const hexHigh = utf8 || charset === null;
  let text = '';
  let width = 0;
  const columns: number[] = [];
  for (let i = 0; i < bytes.length; ) {
    const byte = bytes[i]!;
    const sequence = utf8 && byte >= 0xc2 ? utf8SequenceLength(bytes, i) : 0;
    let shown: string;
    let length = 1;
    if (sequence > 1) {
      shown = new TextDecoder().decode(bytes.subarray(i, i + sequence));
      length = sequence;
    } else if (CONTROL_PICTURES[byte] !== undefined) shown = CONTROL_PICTURES[byte];
    else if (byte < 0x20 || (byte >= 0x7f && byte < 0xa0) || (hexHigh && byte >= 0x80)) shown = `\\x${byte.toString(16).padStart(2, '0')}`;
    else shown = decodeSingle(byte);
    for (let k = 0; k < length; k++) columns.push(width);
    text += shown;
    width += [...shown].length;
    i += length;
  }
  columns.push(width);
  return { text, columns };
}

/** A control character for messages: '␊', '\x15', or the character itself. */
export function visibleChar(char: string): string {
  const code = char.charCodeAt(0);
  if (CONTROL_PICTURES[code] !== undefined) return CONTROL_PICTURES[code];
  if (code < 0x20 || (code >= 0x7f && code < 0xa0)) return `\\x${code.toString(16).padStart(2, '0')}`;
  return char;
}

function utf8SequenceLength(bytes: Uint8Array, at: number): number {
  const lead = bytes[at]!;
  const length = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
  if (lead > 0xf4 || at + length > bytes.length) return 0;
  for (let k = 1; k < length; k++) if ((bytes[at + k]! & 0xc0) !== 0x80) return 0;
  return length;
}

const decoders = new Map<string, (byte: number) => string>();

/** Single-byte charsets (latin1, iso-8859-5, ...) through TextDecoder, falling back to Latin-1 for unknown labels. */
function singleByteDecoder(charset: string): (byte: number) => string {
  const cached = decoders.get(charset);
  if (cached) return cached;
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(/^utf-?8$/i.test(charset) ? 'latin1' : charset);
  } catch {
    decoder = new TextDecoder('latin1');
  }
  const table = Array.from({ length: 256 }, (_, byte) => decoder.decode(Uint8Array.of(byte)));
  const decode = (byte: number): string => table[byte]!;
  decoders.set(charset, decode);
  return decode;
}
