/**
 * UNB syntax identifiers (data element 0001) and the character sets they declare. Values are decoded with the
 * declared set; each set also gives the bytes it allows, so the scanner can flag a byte outside it where it occurs.
 */

export interface SyntaxCharset {
  /** the syntax identifier as written in UNB ('UNOC') */
  syntaxId: string;
  /** the name recorded on the interchange ('ascii', 'latin1', 'iso-8859-5', 'utf-8') */
  charset: string;
  /** false when the identifier is not one we know: values are then read as Latin-1 and not checked */
  known: boolean;
  /** true for UTF-8 repertoires, whose multi-byte sequences the scanner validates */
  utf8: boolean;
  /** allowed[byte] === 1 for bytes in the repertoire; null when nothing is checked */
  allowed: Uint8Array | null;
  decode: (bytes: Uint8Array, start: number, end: number) => string;
  /**
   * Decodes a whole window of a chunk so segments can be sliced from it: one character per byte. null for UTF-8.
   * For the ASCII and Latin-1 sets it is windows-1252, which equals Latin-1 except at 0x80-0x9F: bytes that are
   * violations there, so segments with violations are decoded on their own.
   */
  decodeWindow: ((bytes: Uint8Array, start: number, end: number) => string) | null;
}

/** ISO 9735 level A: upper-case letters, digits, space and . , - ( ) / = ' + : ? ! " % & * ; < > */
const LEVEL_A_PUNCTUATION = ' .,-()/=\'+:?!"%&*;<>';

const SINGLE_BYTE_SETS: Record<string, string> = {
  UNOC: 'latin1',
  UNOD: 'iso-8859-2',
  UNOE: 'iso-8859-5',
  UNOF: 'iso-8859-7',
  UNOG: 'iso-8859-3',
  UNOH: 'iso-8859-4',
  UNOI: 'iso-8859-6',
  UNOJ: 'iso-8859-8',
  UNOK: 'iso-8859-9',
  UNOL: 'iso-8859-15',
};

const cache = new Map<string, SyntaxCharset>();

export function charsetForSyntaxId(syntaxId: string): SyntaxCharset {
  let found = cache.get(syntaxId);
  if (!found) {
    found = buildCharset(syntaxId);
    cache.set(syntaxId, found);
  }
  return found;
}

/** The charset used before a UNB has declared one (UNA, the UNB itself, messages outside any UNB). */
export const UNDECLARED_CHARSET: SyntaxCharset = {
  syntaxId: '',
  charset: 'latin1',
  known: false,
  utf8: false,
  allowed: null,
  decode: decodeLatin1,
  decodeWindow: decodeLatin1,
};

function buildCharset(syntaxId: string): SyntaxCharset {
  if (syntaxId === 'UNOA' || syntaxId === 'UNOB') {
    return { syntaxId, charset: 'ascii', known: true, utf8: false, allowed: levelTable(syntaxId === 'UNOB'), decode: decodeLatin1, decodeWindow: windows1252 };
  }
  if (syntaxId === 'UNOW' || syntaxId === 'UNOY') {
    const decoder = new TextDecoder('utf-8');
    // bytes >= 0x80 are checked as UTF-8 sequences by the scanner, not by this table
    return { syntaxId, charset: 'utf-8', known: true, utf8: true, allowed: graphicTable(), decode: decoderFor(decoder), decodeWindow: null };
  }
  const label = SINGLE_BYTE_SETS[syntaxId];
  if (label === 'latin1') {
    return { syntaxId, charset: 'latin1', known: true, utf8: false, allowed: graphicTable(definedHighBytes(null)), decode: decodeLatin1, decodeWindow: windows1252 };
  }
  if (label) {
    const decode = decoderFor(new TextDecoder(label));
    return { syntaxId, charset: label, known: true, utf8: false, allowed: graphicTable(definedHighBytes(new TextDecoder(label))), decode, decodeWindow: decode };
  }
  return { ...UNDECLARED_CHARSET, syntaxId };
}

function decoderFor(decoder: { decode(bytes: Uint8Array): string }): (bytes: Uint8Array, start: number, end: number) => string {
  return (bytes, start, end) => decoder.decode(bytes.subarray(start, end));
}

const windows1252 = decoderFor(new TextDecoder('windows-1252'));

/** Latin-1 is decoded by hand: TextDecoder maps the 'latin1' label to windows-1252, which differs at 0x80-0x9F. */
export function decodeLatin1(bytes: Uint8Array, start: number, end: number): string {
  if (end - start <= 4096) return String.fromCharCode.apply(null, bytes.subarray(start, end) as unknown as number[]);
  let text = '';
  for (let from = start; from < end; from += 4096) {
    text += String.fromCharCode.apply(null, bytes.subarray(from, Math.min(end, from + 4096)) as unknown as number[]);
  }
  return text;
}

function levelTable(withLowerCase: boolean): Uint8Array {
  const allowed = new Uint8Array(256);
  for (let b = 0x41; b <= 0x5a; b++) allowed[b] = 1;
  for (let b = 0x30; b <= 0x39; b++) allowed[b] = 1;
  for (const ch of LEVEL_A_PUNCTUATION) allowed[ch.charCodeAt(0)] = 1;
  if (withLowerCase) for (let b = 0x61; b <= 0x7a; b++) allowed[b] = 1;
  return allowed;
}

/** Printable ASCII plus the given high bytes; control characters (C0, DEL, C1) are never part of a repertoire. */
function graphicTable(highBytes: number[] = []): Uint8Array {
  const allowed = new Uint8Array(256);
  for (let b = 0x20; b <= 0x7e; b++) allowed[b] = 1;
  for (const b of highBytes) allowed[b] = 1;
  return allowed;
}

/** 0xA0-0xFF minus the positions a part of ISO 8859 leaves undefined (TextDecoder yields U+FFFD for those). */
function definedHighBytes(decoder: { decode(bytes: Uint8Array): string } | null): number[] {
  const bytes: number[] = [];
  for (let b = 0xa0; b <= 0xff; b++) {
    if (!decoder || decoder.decode(new Uint8Array([b])) !== '\ufffd') bytes.push(b);
  }
  return bytes;
}
