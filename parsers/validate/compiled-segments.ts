/**
 * Dictionary segment specs compiled on first use into flat element descriptions with their code lists as sets,
 * cached per dictionary so element checks never search the dictionary.
 */
import type { ElementSpec, ElementType, SegmentSpec, StandardDictionary, SyntaxRule } from '../specs/types.js';
import { registerTag } from './tag-ids.js';

/** Element types as small integers, so the per-value switch compares numbers rather than strings. */
export const VALUE_KIND = { text: 0, integer: 1, decimal: 2, edifactNumber: 3, date: 4, time: 5, binary: 6, alphabetic: 7 } as const;
export type ValueKind = (typeof VALUE_KIND)[keyof typeof VALUE_KIND];

export interface CompiledElement {
  /** data element reference ('324', '1004', 'C040') */
  ref: string;
  name: string;
  mandatory: boolean;
  type: ElementType | undefined;
  kind: ValueKind;
  min: number;
  /** Infinity when the spec gives no maximum */
  max: number;
  /** allowed codes, or null when the element has no code list (or the list is not in the dictionary) */
  codes: ReadonlySet<string> | null;
  codeListName: string;
  /** the code list holds every allowed code, so a value outside it is an error (otherwise a warning) */
  codesComplete: boolean;
  /** composite: its components; null for a simple element */
  components: CompiledElement[] | null;
  /** repetitions allowed (Infinity for 0) */
  maxRepetitions: number;
}

export interface CompiledRule extends SyntaxRule {
  /** lowest 1-based position in the rule: a segment with fewer elements cannot break a P, E, C or L rule */
  lowest: number;
}

export interface CompiledSegmentSpec {
  tag: string;
  name: string;
  elements: CompiledElement[];
  /** index of the last mandatory element (-1 if none): missing elements past it need no look */
  lastMandatory: number;
  rules: CompiledRule[];
}

/** Compiled segment specs of one dictionary by tag id, each compiled on first use. */
export class SegmentSpecs {
  private readonly byTag: (CompiledSegmentSpec | null | undefined)[] = [];

  constructor(private readonly dictionary: StandardDictionary) {
    // every dictionary tag gets an id now, so a tag without one is not in the dictionary
    for (const tag of Object.keys(dictionary.segments)) registerTag(tag);
  }

  /** The compiled spec for a tag id from tagIdOf, or null when the dictionary does not know the tag. */
  get(tagId: number, tag: string): CompiledSegmentSpec | null {
    if (tagId < 0) return null;
    let compiled = this.byTag[tagId];
    if (compiled === undefined) {
      const spec = Object.hasOwn(this.dictionary.segments, tag) ? this.dictionary.segments[tag] : undefined;
      compiled = spec ? compileSegment(spec, this.dictionary) : null;
      while (this.byTag.length < tagId) this.byTag.push(undefined);
      this.byTag[tagId] = compiled;
    }
    return compiled;
  }
}

const cache = new WeakMap<StandardDictionary, SegmentSpecs>();

export function segmentSpecsOf(dictionary: StandardDictionary): SegmentSpecs {
  let specs = cache.get(dictionary);
  if (!specs) {
    specs = new SegmentSpecs(dictionary);
    cache.set(dictionary, specs);
  }
  return specs;
}

function compileSegment(spec: SegmentSpec, dictionary: StandardDictionary): CompiledSegmentSpec {
  const elements = spec.elements.map((element) => compileElement(element, dictionary));
  let lastMandatory = -1;
  elements.forEach((element, index) => {
    if (element.mandatory) lastMandatory = index;
  });
  const rules = (spec.rules ?? []).map((rule) => ({ ...rule, lowest: Math.min(...rule.elements) }));
  return { tag: spec.tag, name: spec.name, elements, lastMandatory, rules };
}

function kindOf(type: ElementType | undefined): ValueKind {
  switch (type) {
    case 'N0': case 'N1': case 'N2': case 'N3': case 'N4':
    case 'N5': case 'N6': case 'N7': case 'N8': case 'N9':
      return VALUE_KIND.integer;
    case 'R':
      return VALUE_KIND.decimal;
    case 'n':
      return VALUE_KIND.edifactNumber;
    case 'DT':
      return VALUE_KIND.date;
    case 'TM':
      return VALUE_KIND.time;
    case 'B':
      return VALUE_KIND.binary;
    case 'a':
      return VALUE_KIND.alphabetic;
    default:
      return VALUE_KIND.text;
  }
}

function compileElement(spec: ElementSpec, dictionary: StandardDictionary): CompiledElement {
  const codeList = spec.codes !== undefined && Object.hasOwn(dictionary.codeLists, spec.codes)
    ? dictionary.codeLists[spec.codes]
    : undefined;
  return {
    ref: spec.id,
    name: spec.name,
    mandatory: spec.usage === 'M',
    type: spec.type,
    kind: kindOf(spec.type),
    min: spec.min ?? 0,
    max: spec.max !== undefined && spec.max > 0 ? spec.max : Infinity,
    codes: codeList ? new Set(Object.keys(codeList.codes)) : null,
    codeListName: codeList?.name ?? '',
    codesComplete: codeList?.complete === true,
    components: spec.components ? spec.components.map((component) => compileElement(component, dictionary)) : null,
    maxRepetitions: spec.repeat === undefined ? 1 : spec.repeat > 0 ? spec.repeat : Infinity,
  };
}
