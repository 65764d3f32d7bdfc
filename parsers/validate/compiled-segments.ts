/**
 * Dictionary segment specs compiled on first use into flat element descriptions with their code lists as sets,
 * cached per dictionary so element checks never search the dictionary.
 */
import type { ElementSpec, ElementType, SegmentSpec, StandardDictionary, SyntaxRule } from '../specs/types.js';

export interface CompiledElement {
  /** data element reference ('324', '1004', 'C040') */
  ref: string;
  name: string;
  mandatory: boolean;
  type: ElementType | undefined;
  min: number;
  /** Infinity when the spec gives no maximum */
  max: number;
  /** allowed codes, or null when the element has no code list (or the list is not in the dictionary) */
  codes: ReadonlySet<string> | null;
  codeListName: string;
  /** composite: its components; null for a simple element */
  components: CompiledElement[] | null;
  /** repetitions allowed (Infinity for 0) */
  maxRepetitions: number;
}

export interface CompiledSegmentSpec {
  tag: string;
  name: string;
  elements: CompiledElement[];
  rules: SyntaxRule[];
}

const cache = new WeakMap<StandardDictionary, Map<string, CompiledSegmentSpec | null>>();

/** The compiled spec of a segment tag, or null when the dictionary does not know the tag. */
export function compiledSegmentSpec(dictionary: StandardDictionary, tag: string): CompiledSegmentSpec | null {
  let byTag = cache.get(dictionary);
  if (!byTag) {
    byTag = new Map();
    cache.set(dictionary, byTag);
  }
  let compiled = byTag.get(tag);
  if (compiled === undefined) {
    const spec = Object.hasOwn(dictionary.segments, tag) ? dictionary.segments[tag] : undefined;
    compiled = spec ? compileSegment(spec, dictionary) : null;
    byTag.set(tag, compiled);
  }
  return compiled;
}

function compileSegment(spec: SegmentSpec, dictionary: StandardDictionary): CompiledSegmentSpec {
  return {
    tag: spec.tag,
    name: spec.name,
    elements: spec.elements.map((element) => compileElement(element, dictionary)),
    rules: spec.rules ?? [],
  };
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
    min: spec.min ?? 0,
    max: spec.max !== undefined && spec.max > 0 ? spec.max : Infinity,
    codes: codeList ? new Set(Object.keys(codeList.codes)) : null,
    codeListName: codeList?.name ?? '',
    components: spec.components ? spec.components.map((component) => compileElement(component, dictionary)) : null,
    maxRepetitions: spec.repeat === undefined ? 1 : spec.repeat > 0 ? spec.repeat : Infinity,
  };
}
