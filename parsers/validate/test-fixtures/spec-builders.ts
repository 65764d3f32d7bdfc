/** Test-only shorthand for writing small specs. */
import type {
  CodeList,
  ElementSpec,
  ElementType,
  LoopSpec,
  SegmentRef,
  SegmentSpec,
  SyntaxRule,
  Usage,
} from '../../specs/types.js';

export function element(
  id: string,
  name: string,
  usage: Usage,
  type: ElementType,
  min: number,
  max: number,
  extra: Partial<ElementSpec> = {},
): ElementSpec {
  return { id, name, usage, type, min, max, ...extra };
}

export function composite(id: string, name: string, usage: Usage, components: ElementSpec[], extra: Partial<ElementSpec> = {}): ElementSpec {
  return { id, name, usage, components, ...extra };
}

export function segmentSpec(tag: string, name: string, elements: ElementSpec[], rules?: SyntaxRule[]): SegmentSpec {
  return rules ? { tag, name, elements, rules } : { tag, name, elements };
}

export function ref(tag: string, usage: Usage, max: number, qualifier?: SegmentRef['qualifier']): SegmentRef {
  return qualifier ? { kind: 'segment', tag, usage, max, qualifier } : { kind: 'segment', tag, usage, max };
}

export function loop(id: string, name: string, usage: Usage, max: number, children: (SegmentRef | LoopSpec)[]): LoopSpec {
  return { kind: 'loop', id, name, usage, max, children };
}

export function codeList(id: string, name: string, codes: string[], complete = true): CodeList {
  return { id, name, codes: Object.fromEntries(codes.map((code) => [code, code])), complete };
}
