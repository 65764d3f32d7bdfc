/**
 * Writes segments as X12 text with the given delimiters. X12 has no escape character, so a value holding a
 * delimiter (or a CR/LF, which readers take for a line break) cannot be written: that throws, naming the element.
 */
import type { Segment, X12Delimiters } from '../model.js';
import { describeChar } from './bytes.js';

type Writable = Pick<Segment, 'tag' | 'elements' | 'repeats'>;

export function serializeX12(segments: Writable[], delimiters: X12Delimiters): string {
  const forbidden = forbiddenCharacters(delimiters);
  const parts: string[] = [];
  segments.forEach((segment, index) => {
    parts.push(writeSegment(segment, index, delimiters, forbidden), delimiters.segment, delimiters.segmentSuffix);
  });
  return parts.join('');
}

function forbiddenCharacters(delimiters: X12Delimiters): Map<string, string> {
  const forbidden = new Map<string, string>([
    ['\r', 'a carriage return'],
    ['\n', 'a line feed'],
  ]);
  forbidden.set(delimiters.element, `the element separator ${describeChar(delimiters.element)}`);
  forbidden.set(delimiters.component, `the component separator ${describeChar(delimiters.component)}`);
  forbidden.set(delimiters.segment, `the segment terminator ${describeChar(delimiters.segment)}`);
  if (delimiters.repetition !== null) forbidden.set(delimiters.repetition, `the repetition separator ${describeChar(delimiters.repetition)}`);
  return forbidden;
}

function writeSegment(segment: Writable, index: number, delimiters: X12Delimiters, forbidden: Map<string, string>): string {
  const where = (element?: number): string =>
    element === undefined
      ? `segment ${index + 1} (${segment.tag})`
      : `${segment.tag}${String(element).padStart(2, '0')} (segment ${index + 1})`;
  check(segment.tag, forbidden, () => `the tag of ${where()}`);
  if (segment.tag === '') throw new Error(`Cannot write X12: ${where()} has an empty tag.`);
  let text = segment.tag;
  segment.elements.forEach((components, i) => {
    const position = i + 1;
    text += delimiters.element;
    if (segment.tag === 'ISA' && (position === 11 || position === 16)) {
      // ISA11 and ISA16 hold delimiter characters themselves
      text += components.join('');
      return;
    }
    const repetitions = segment.repeats?.[i] ?? [components];
    if (repetitions.length > 1 && delimiters.repetition === null) {
      throw new Error(`Cannot write X12: ${where(position)} repeats, but the delimiters have no repetition separator.`);
    }
    text += repetitions
      .map((parts) => {
        for (const part of parts) check(part, forbidden, () => where(position));
        return parts.join(delimiters.component);
      })
      .join(delimiters.repetition ?? '');
  });
  return text;
}

function check(value: string, forbidden: Map<string, string>, where: () => string): void {
  for (let i = 0; i < value.length; i++) {
    const problem = forbidden.get(value[i]!);
    if (problem !== undefined) {
      throw new Error(`Cannot write X12: ${where()} value "${value}" contains ${problem}; X12 has no escape character.`);
    }
  }
}
