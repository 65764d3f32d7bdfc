/**
 * Two "practical limit" readers written for the benchmark: what any JavaScript tokenizer of these formats can hope
 * for. The byte scan finds segment terminators with Buffer.indexOf and builds no strings; the split tokenizer decodes
 * each chunk and splits it into segments and elements with String.split, the simplest string-building tokenizer.
 * Both understand just enough of the formats to count segments correctly (X12 terminator from ISA, EDIFACT UNA and
 * release characters).
 */
import type { ContenderParser } from './types.js';
import { readChunks } from './read-chunks.js';

const QUESTION = 0x3f;
const APOSTROPHE = 0x27;
const LF = 0x0a;
const CR = 0x0d;

export const x12ByteScan: ContenderParser = {
  async parse(path) {
    let terminator = -1;
    let segments = 0;
    for await (const chunk of readChunks(path)) {
      // ISA is fixed width: the terminator is byte 105 of the first interchange.
      if (terminator < 0) terminator = chunk[105] ?? -1;
      for (let at = chunk.indexOf(terminator); at !== -1; at = chunk.indexOf(terminator, at + 1)) segments++;
    }
    return segments;
  },
};

/** EDIFACT with default delimiters: a `'` ends a segment unless an odd run of `?` releases it, and UNA's own `'` is no segment end. */
export const edifactByteScan: ContenderParser = {
  async parse(path) {
    let segments = 0;
    // the last bytes of the previous chunk, for release runs and UNA that straddle a chunk boundary
    let tail: Uint8Array = new Uint8Array(0);
    for await (const chunk of readChunks(path)) {
      const byteBefore = (index: number): number => (index >= 0 ? chunk[index]! : (tail[tail.length + index] ?? LF));
      for (let at = chunk.indexOf(APOSTROPHE); at !== -1; at = chunk.indexOf(APOSTROPHE, at + 1)) {
        let releases = 0;
        while (byteBefore(at - 1 - releases) === QUESTION) releases++;
        if (releases % 2 === 0 && !isUnaTerminator(byteBefore, at)) segments++;
      }
      tail = chunk.subarray(Math.max(0, chunk.length - 16));
    }
    return segments;
  },
};

/** UNA:+.? ' — the `'` at offset 8 after "UNA" at the start of a line or the file. */
function isUnaTerminator(byteBefore: (index: number) => number, at: number): boolean {
  if (byteBefore(at - 8) !== 0x55 || byteBefore(at - 7) !== 0x4e || byteBefore(at - 6) !== 0x41) return false;
  const previous = byteBefore(at - 9);
  return previous === LF || previous === CR || previous === APOSTROPHE;
}

export const x12SplitTokenizer: ContenderParser = {
  async parse(path) {
    let terminator = '';
    let element = '';
    let leftover = '';
    let segments = 0;
    for await (const chunk of readChunks(path)) {
      const text = leftover + chunk.toString('latin1');
      if (!terminator) {
        terminator = text.charAt(105);
        element = text.charAt(3);
      }
      const pieces = text.split(terminator);
      leftover = pieces.pop() ?? '';
      for (const piece of pieces) {
        const elements = piece.trimStart().split(element);
        if (elements[0]) segments++;
      }
    }
    if (leftover.trim()) segments++;
    return segments;
  },
};

export const edifactSplitTokenizer: ContenderParser = {
  async parse(path) {
    let leftover = '';
    let segments = 0;
    for await (const chunk of readChunks(path)) {
      let text = leftover + chunk.toString('latin1');
      if (text.startsWith('UNA')) text = text.slice(9);
      const pieces = splitReleased(text, "'");
      leftover = pieces.pop() ?? '';
      for (const piece of pieces) {
        const elements = splitReleased(piece.trimStart(), '+').map(unescape);
        if (elements[0]) segments++;
      }
    }
    if (leftover.trim()) segments++;
    return segments;
  },
};

/** String.split, then glue back the pieces whose separator was released by an odd run of `?`. */
function splitReleased(text: string, separator: string): string[] {
  const pieces = text.split(separator);
  const joined: string[] = [];
  let carry: string | null = null;
  for (const piece of pieces) {
    const current: string = carry === null ? piece : carry + separator + piece;
    if (endsWithOddReleases(current)) carry = current;
    else {
      joined.push(current);
      carry = null;
    }
  }
  if (carry !== null) joined.push(carry);
  return joined;
}

function endsWithOddReleases(text: string): boolean {
  let count = 0;
  for (let i = text.length - 1; i >= 0 && text.charCodeAt(i) === QUESTION; i--) count++;
  return count % 2 === 1;
}

function unescape(value: string): string {
  return value.indexOf('?') === -1 ? value : value.replace(/\?(.)/gs, '$1');
}
