/**
 * Small builders that let the EDIFACT segment dictionary be written in the directories' own notation
 * ('an..35', 'n..15', 'a3'), so each line of data can be checked against the published directory by eye.
 */
import type { ElementSpec, ElementType, SegmentSpec, Usage } from '../../types.js';

/** 'an..35' (variable, up to 35), 'a3' (exactly 3), and 'n6..8' (6 to 8) for elements whose syntax versions differ. */
const FORMAT = /^(an|a|n)(?:(\d+)|(\d*)\.\.(\d+))$/;

export interface ParsedFormat {
  type: ElementType;
  min?: number;
  max: number;
}

export function parseFormat(format: string): ParsedFormat {
  const match = FORMAT.exec(format);
  if (!match) throw new Error(`EDIFACT format '${format}' is not of the form an..35, n3 or n6..8`);
  const [, type, fixed, lower, upper] = match;
  const elementType = type as ElementType;
  if (fixed !== undefined) {
    const length = Number(fixed);
    return { type: elementType, min: length, max: length };
  }
  const max = Number(upper);
  return lower ? { type: elementType, min: Number(lower), max } : { type: elementType, max };
}

/** A simple data element; `codes` names a code list in code-lists.ts for the key qualifiers. */
export function simple(id: string, name: string, usage: Usage, format: string, codes?: string): ElementSpec {
  const parsed = parseFormat(format);
  const element: ElementSpec = { id, name, usage, type: parsed.type, max: parsed.max };
  if (parsed.min !== undefined) element.min = parsed.min;
  if (codes !== undefined) element.codes = codes;
  return element;
}

export function composite(id: string, name: string, usage: Usage, components: ElementSpec[]): ElementSpec {
  return { id, name, usage, components };
}

/** The same element `count` times in a row (ALI 4183 x5, C108 4440 x5): EDIFACT repeats by position. */
export function times(count: number, first: ElementSpec, rest: ElementSpec = { ...first, usage: 'C' }): ElementSpec[] {
  return [first, ...Array.from({ length: count - 1 }, () => ({ ...rest }))];
}

export function segment(tag: string, name: string, purpose: string, elements: ElementSpec[]): SegmentSpec {
  return { tag, name, purpose, elements };
}

/** Indexes a list of segment specs by tag, refusing duplicates (a later definition must not silently win). */
export function byTag(...lists: SegmentSpec[][]): Record<string, SegmentSpec> {
  const index: Record<string, SegmentSpec> = {};
  for (const spec of lists.flat()) {
    if (index[spec.tag]) throw new Error(`Segment ${spec.tag} is defined twice`);
    index[spec.tag] = spec;
  }
  return index;
}
