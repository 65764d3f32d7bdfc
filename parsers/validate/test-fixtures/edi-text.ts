/**
 * Test-only: turns short EDI texts into Segment objects with real offsets, so validator tests do not depend on the
 * engines' tokenizers. X12 uses * : ^ ~; EDIFACT uses + : * ' with ? as release character. Newlines between
 * segments are allowed and counted, so line/column positions can be asserted.
 */
import type { Segment } from '../../model.js';
import type { ValidationContext } from '../index.js';
import type { StandardDictionary } from '../../specs/types.js';

interface Syntax {
  element: string;
  component: string;
  repetition: string;
  terminator: string;
  release: string | null;
}

const X12: Syntax = { element: '*', component: ':', repetition: '^', terminator: '~', release: null };
const EDIFACT: Syntax = { element: '+', component: ':', repetition: '*', terminator: "'", release: '?' };

export interface ParsedText {
  text: string;
  segments: Segment[];
  locate: (offset: number) => { line: number; column: number };
}

export function x12Text(text: string): ParsedText {
  return parse(text, X12);
}

export function edifactText(text: string): ParsedText {
  return parse(text, EDIFACT);
}

export function contextFor(parsed: ParsedText, dictionary: StandardDictionary, extra: Partial<ValidationContext> = {}): ValidationContext {
  return { standard: dictionary.standard, dictionary, decimalMark: '.', locate: parsed.locate, ...extra };
}

function parse(text: string, syntax: Syntax): ParsedText {
  const segments: Segment[] = [];
  let cursor = 0;
  while (cursor < text.length) {
    if (text[cursor] === '\n' || text[cursor] === '\r' || text[cursor] === ' ') {
      cursor++;
      continue;
    }
    const start = cursor;
    const fields: string[][][] = [];
    let repetitions: string[][] = [];
    let components: string[] = [];
    let value = '';
    for (; cursor < text.length; cursor++) {
      const char = text[cursor] as string;
      if (syntax.release !== null && char === syntax.release) {
        cursor++;
        value += text[cursor] ?? '';
      } else if (char === syntax.component) {
        components.push(value);
        value = '';
      } else if (char === syntax.repetition && fields.length > 0) {
        components.push(value);
        repetitions.push(components);
        components = [];
        value = '';
      } else if (char === syntax.element || char === syntax.terminator) {
        components.push(value);
        repetitions.push(components);
        fields.push(repetitions);
        repetitions = [];
        components = [];
        value = '';
        if (char === syntax.terminator) break;
      } else {
        value += char;
      }
    }
    cursor++;
    const [tagField, ...elementFields] = fields;
    const segment: Segment = {
      tag: tagField?.[0]?.[0] ?? '',
      elements: elementFields.map((field) => field[0] ?? ['']),
      offset: start,
      end: cursor,
      index: segments.length,
    };
    elementFields.forEach((field, index) => {
      if (field.length > 1) (segment.repeats ??= {})[index] = field;
    });
    segments.push(segment);
  }
  return { text, segments, locate: locator(text) };
}

function locator(text: string): (offset: number) => { line: number; column: number } {
  const lineStarts = [0];
  for (let index = 0; index < text.length; index++) if (text[index] === '\n') lineStarts.push(index + 1);
  return (offset) => {
    let line = 0;
    while (line + 1 < lineStarts.length && (lineStarts[line + 1] as number) <= offset) line++;
    return { line: line + 1, column: offset - (lineStarts[line] as number) + 1 };
  };
}
