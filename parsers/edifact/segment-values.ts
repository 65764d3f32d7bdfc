/**
 * Turns one segment's bytes into its tag, elements, components and repetitions. The bytes are decoded once with
 * the interchange's character set, then cut with one pass over the text; only values that contain a release
 * character or a line break are assembled piece by piece.
 */
import type { EdifactDelimiters, Segment } from '../model.js';
import { HAS_LINE_BREAK, HAS_RELEASE } from './scanner.js';

export interface SegmentValues {
  tag: string;
  elements: string[][];
  repeats?: Record<number, string[][]>;
}

type Decode = (bytes: Uint8Array, start: number, end: number) => string;

const NEVER = -2;

export function readSegmentValues(
  bytes: Uint8Array,
  start: number,
  end: number,
  flags: number,
  delimiters: EdifactDelimiters,
  decode: Decode,
): SegmentValues {
  const text = decode(bytes, start, end);
  const elementSeparator = delimiters.element.charCodeAt(0);
  const componentSeparator = delimiters.component.charCodeAt(0);
  const repetitionSeparator = delimiters.repetition === null ? NEVER : delimiters.repetition.charCodeAt(0);
  const careful = (flags & (HAS_RELEASE | HAS_LINE_BREAK)) !== 0;
  const release = careful && delimiters.release !== null ? delimiters.release.charCodeAt(0) : NEVER;
  const lineFeed = careful ? 0x0a : NEVER;
  const carriageReturn = careful ? 0x0d : NEVER;

  let tag: string | null = null;
  const elements: string[][] = [];
  let repeats: Record<number, string[][]> | undefined;
  let components: string[] = [];
  let repetitions: string[][] | null = null;
  let pieces: string | null = null;
  let valueStart = 0;
  const length = text.length;

  for (let i = 0; i <= length; i++) {
    const code = i < length ? text.charCodeAt(i) : elementSeparator;
    if (code === elementSeparator || code === componentSeparator || code === repetitionSeparator) {
      const value = pieces === null ? text.slice(valueStart, i) : pieces + text.slice(valueStart, i);
      pieces = null;
      valueStart = i + 1;
      if (tag === null) {
        // a tag may carry components (nesting and repetition indicators); the first one is the tag
        components.push(value);
        if (code === elementSeparator) {
          tag = components[0]!;
          components = [];
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
        (repeats ??= {})[elements.length - 1] = repetitions;
        repetitions = null;
      } else {
        elements.push(components);
      }
      components = [];
    } else if (code === release) {
      pieces = (pieces ?? '') + text.slice(valueStart, i) + text.charAt(i + 1);
      i++;
      valueStart = i + 1;
    } else if (code === lineFeed || code === carriageReturn) {
      // line breaks inside a segment are wrapping, not data (a released one is kept)
      pieces = (pieces ?? '') + text.slice(valueStart, i);
      valueStart = i + 1;
    }
  }
  const values: SegmentValues = { tag: tag ?? '', elements };
  if (repeats) values.repeats = repeats;
  return values;
}

export function toSegment(values: SegmentValues, offset: number, end: number, index: number): Segment {
  const segment: Segment = { tag: values.tag, elements: values.elements, offset, end, index };
  if (values.repeats) segment.repeats = values.repeats;
  return segment;
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
