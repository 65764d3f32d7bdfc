/**
 * Small constructors that keep the X12 spec data readable: one line per element, syntax rules written the way the
 * standard prints them ('P0304'), and per-version differences recorded next to the element they change.
 */
import type {
  ElementSpec,
  ElementType,
  LoopSpec,
  SegmentRef,
  SyntaxRule,
  Usage,
} from '../types.js';

export type X12Version = '004010' | '005010';
export const X12_VERSIONS: readonly X12Version[] = ['004010', '005010'];

/** How an element differs in one version: fields that change, or null when the element does not exist there. */
export type ElementVariants = Partial<Record<X12Version, Partial<ElementSpec> | null>>;

/** An element as written in the dictionary source: the ElementSpec plus its version differences. */
export interface ElementDefinition extends ElementSpec {
  versions?: ElementVariants;
  components?: ElementDefinition[];
}

export interface SegmentDefinition {
  tag: string;
  name: string;
  purpose: string;
  elements: ElementDefinition[];
  /** rules that hold in every version */
  rules?: SyntaxRule[];
  /** rules that only one version adds (e.g. N4's E0207 in 005010) */
  versionRules?: Partial<Record<X12Version, SyntaxRule[]>>;
}

interface ElementOptions {
  codes?: string;
  repeat?: number;
  versions?: ElementVariants;
}

export function element(
  id: string,
  name: string,
  usage: Usage,
  type: ElementType,
  min: number,
  max: number,
  options: ElementOptions = {},
): ElementDefinition {
  const spec: ElementDefinition = { id, name, usage, type, min, max };
  if (options.codes !== undefined) spec.codes = options.codes;
  if (options.repeat !== undefined) spec.repeat = options.repeat;
  if (options.versions !== undefined) spec.versions = options.versions;
  return spec;
}

export function composite(
  id: string,
  name: string,
  usage: Usage,
  components: ElementDefinition[],
  options: Omit<ElementOptions, 'codes'> = {},
): ElementDefinition {
  const spec: ElementDefinition = { id, name, usage, components };
  if (options.repeat !== undefined) spec.repeat = options.repeat;
  if (options.versions !== undefined) spec.versions = options.versions;
  return spec;
}

/** The element exists only in 005010 (X12 appends new elements at the end of a segment). */
export const ONLY_5010: ElementVariants = { '004010': null };

/**
 * Parses syntax notes as printed in the standard: a letter then two digits per element position,
 * e.g. 'P0304' -> paired 3 and 4, 'R020305' -> at least one of 2, 3, 5.
 */
export function rules(...notes: string[]): SyntaxRule[] {
  return notes.map((note) => {
    const kind = note[0];
    const digits = note.slice(1);
    if (
      (kind !== 'P' && kind !== 'R' && kind !== 'E' && kind !== 'C' && kind !== 'L') ||
      digits.length < 4 ||
      digits.length % 2 !== 0 ||
      !/^\d+$/.test(digits)
    ) {
      throw new Error(`Malformed X12 syntax note '${note}'`);
    }
    const elements: number[] = [];
    for (let index = 0; index < digits.length; index += 2) elements.push(Number(digits.slice(index, index + 2)));
    return { kind, elements };
  });
}

/** `count` qualifier/identifier pairs (235/234 product ids, 1000/234 service characteristics, ...). */
export function pairs(
  count: number,
  first: (index: number) => ElementDefinition,
  second: (index: number) => ElementDefinition,
): ElementDefinition[] {
  const result: ElementDefinition[] = [];
  for (let index = 0; index < count; index++) result.push(first(index), second(index));
  return result;
}

/** Paired-rule notes for consecutive pairs starting at `firstPosition`: pairedRules(6, 10) -> P0607 ... P2425. */
export function pairedRules(firstPosition: number, count: number): string[] {
  const notes: string[] = [];
  for (let index = 0; index < count; index++) {
    const position = firstPosition + index * 2;
    notes.push(`P${String(position).padStart(2, '0')}${String(position + 1).padStart(2, '0')}`);
  }
  return notes;
}

export function segment(tag: string, usage: Usage, max: number): SegmentRef {
  return { kind: 'segment', tag, usage, max };
}

export function loop(id: string, name: string, usage: Usage, max: number, children: (SegmentRef | LoopSpec)[]): LoopSpec {
  return { kind: 'loop', id, name, usage, max, children };
}

/** Builds a record keyed by tag and refuses duplicate definitions (two files defining the same segment). */
export function byTag(...groups: SegmentDefinition[][]): Record<string, SegmentDefinition> {
  const result: Record<string, SegmentDefinition> = {};
  for (const group of groups) {
    for (const definition of group) {
      if (result[definition.tag] !== undefined) throw new Error(`Segment ${definition.tag} is defined twice`);
      result[definition.tag] = definition;
    }
  }
  return result;
}
