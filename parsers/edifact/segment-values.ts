/**
 * Turns one segment's bytes into its tag, elements, components and repetitions. The bytes are decoded once with
 * the interchange's character set, then cut with one pass over the text; only values that contain a release
 * character or a line break are assembled piece by piece.
 */
import type { EdifactDelimiters, Segment } from '../model.js';
import * as ScanFlags from './scanner.js';

type Decode = (bytes: Uint8Array, start: number, end: number) => string;

const NEVER = -2;
// module-level copies of the scanner flags (import bindings can become getters after transpiling)
const HAS_LINE_BREAK = ScanFlags.HAS_LINE_BREAK;
const UNTERMINATED = ScanFlags.UNTERMINATED;
const CAREFUL = ScanFlags.HAS_RELEASE | HAS_LINE_BREAK;

/**
 * The Segment for one segment's text (already decoded). `offset`/`end` are its file offsets (end: after the
 * terminator) and `index` its position in the interchange.
 */
export function segmentFromText(text: string, flags: number, delimiters: EdifactDelimiters, offset: number, end: number, index: number): Segment {
  return splitSegment(text, 0, text.length, flags, splitCodes(delimiters), offset, end, index);
}

/** The delimiters as character codes, worked out once per interchange. */
export interface SplitCodes {
  element: number;
  component: number;
  /** NEVER (-2) when absent */
  repetition: number;
  release: number;
}

export function splitCodes(delimiters: EdifactDelimiters): SplitCodes {
  return {
    element: delimiters.element.charCodeAt(0),
    component: delimiters.component.charCodeAt(0),
    repetition: delimiters.repetition === null ? NEVER : delimiters.repetition.charCodeAt(0),
    release: delimiters.release === null ? NEVER : delimiters.release.charCodeAt(0),
  };
}

/** Splits text[from, to) (a segment inside a larger decoded window, or a whole segment's text). */
export function splitSegment(text: string, from: number, to: number, flags: number, codes: SplitCodes, offset: number, end: number, index: number): Segment {
  const segment: Segment = { tag: '', elements: [], offset, end, index };
  if ((flags & CAREFUL) === 0 && codes.repetition === NEVER) {
    splitPlain(text, from, to, codes.element, codes.component, segment);
  } else {
    const release = (flags & CAREFUL) === 0 ? NEVER : codes.release;
    splitCareful(text, from, to, codes, release, (flags & HAS_LINE_BREAK) !== 0, segment);
  }
  return segment;
}

/** The common case: no release character, no line break, no repetition separator. */
function splitPlain(text: string, from: number, to: number, elementSeparator: number, componentSeparator: number, segment: Segment): void {
  let i = from;
  while (i < to) {
    const code = text.charCodeAt(i);
    if (code === elementSeparator || code === componentSeparator) break;
    i++;
  }
  // a tag may carry components (nesting and repetition indicators): the first one is the tag
  segment.tag = text.slice(from, i);
  while (i < to && text.charCodeAt(i) !== elementSeparator) i++;
  if (i >= to) return;
  const elements = segment.elements;
  // arrays are created with their first value: most elements have a single component
  let components: string[] | null = null;
  let valueStart = i + 1;
  for (i = valueStart; i <= to; i++) {
    const code = i < to ? text.charCodeAt(i) : elementSeparator;
    if (code === elementSeparator) {
      const value = text.slice(valueStart, i);
      if (components === null) elements.push([value]);
      else {
        components.push(value);
        elements.push(components);
        components = null;
      }
      valueStart = i + 1;
    } else if (code === componentSeparator) {
      const value = text.slice(valueStart, i);
      if (components === null) components = [value];
      else components.push(value);
      valueStart = i + 1;
    }
  }
}

/** Release characters, line breaks (dropped unless released) and repetitions. */
function splitCareful(text: string, from: number, to: number, codes: SplitCodes, release: number, lineBreaks: boolean, segment: Segment): void {
  const { element: elementSeparator, component: componentSeparator, repetition: repetitionSeparator } = codes;
  const lineFeed = lineBreaks ? 0x0a : NEVER;
  const carriageReturn = lineBreaks ? 0x0d : NEVER;
  const elements = segment.elements;
  let inTag = true;
  let components: string[] = [];
  let repetitions: string[][] | null = null;
  let pieces: string | null = null;
  let valueStart = from;
  for (let i = from; i <= to; i++) {
    const code = i < to ? text.charCodeAt(i) : elementSeparator;
    if (code === elementSeparator || code === componentSeparator || code === repetitionSeparator) {
      const value = pieces === null ? text.slice(valueStart, i) : pieces + text.slice(valueStart, i);
      pieces = null;
      valueStart = i + 1;
      if (inTag) {
        components.push(value);
        if (code === elementSeparator) {
          segment.tag = components[0]!;
          components = [];
          inTag = false;
        }
        continue;
      }
      components.push(value);
      if (code === componentSeparator) continue;
      if (code === repetitionSeparator) {
        (repetitions ??= []).push(components);
        components = [];
        continue;
      }
      if (repetitions !== null) {
        repetitions.push(components);
        elements.push(repetitions[0]!);
        (segment.repeats ??= {})[elements.length - 1] = repetitions;
        repetitions = null;
      } else {
        elements.push(components);
      }
      components = [];
    } else if (code === release) {
      // the released character is data whatever it is; a release at the very end releases nothing
      pieces = (pieces ?? '') + text.slice(valueStart, i) + (i + 1 < to ? text.charAt(i + 1) : '');
      i++;
      valueStart = i + 1;
    } else if (code === lineFeed || code === carriageReturn) {
      // line breaks inside a segment are wrapping, not data (a released one is kept)
      pieces = (pieces ?? '') + text.slice(valueStart, i);
      valueStart = i + 1;
    }
  }
}

/** Decodes and splits in one go (for segments read outside the text window, e.g. the UNB). */
export function readSegment(
  bytes: Uint8Array,
  start: number,
  end: number,
  flags: number,
  delimiters: EdifactDelimiters,
  decode: Decode,
  offset: number,
  index: number,
): Segment {
  const endOffset = offset + (end - start) + ((flags & UNTERMINATED) === 0 ? 1 : 0);
  return segmentFromText(decode(bytes, start, end), flags, delimiters, offset, endOffset, index);
}

export interface ValuePosition {
  /** 1-based element position; 0 for the tag */
  element: number;
  component: number;
  repetition: number;
  /** index into bytes where that element/component/repetition begins */
  index: number;
}

/**
 * Where inside a segment a byte lies (for a problem at that byte), or, with `target === null`, where element
 * `wanted.element` / component `wanted.component` begins (for a problem about that value).
 */
export function locateInSegment(
  bytes: Uint8Array,
  start: number,
  end: number,
  delimiters: EdifactDelimiters,
  target: number | null,
  wanted?: { element: number; component?: number },
): ValuePosition {
  const elementSeparator = delimiters.element.charCodeAt(0);
  const componentSeparator = delimiters.component.charCodeAt(0);
  const repetitionSeparator = delimiters.repetition === null ? NEVER : delimiters.repetition.charCodeAt(0);
  const release = delimiters.release === null ? NEVER : delimiters.release.charCodeAt(0);
  const position: ValuePosition = { element: 0, component: 1, repetition: 1, index: start };
  const stop = target ?? end;
  for (let i = start; i < stop; i++) {
    if (wanted && position.element === wanted.element && position.component === (wanted.component ?? 1)) return position;
    const b = bytes[i]!;
    if (b === release) i++;
    else if (b === elementSeparator) Object.assign(position, { element: position.element + 1, component: 1, repetition: 1, index: i + 1 });
    else if (b === componentSeparator) Object.assign(position, { component: position.component + 1, index: i + 1 });
    else if (b === repetitionSeparator) Object.assign(position, { component: 1, repetition: position.repetition + 1, index: i + 1 });
  }
  if (wanted && !(position.element === wanted.element && position.component === (wanted.component ?? 1))) {
    position.index = end;
  }
  return position;
}
