/**
 * X12 syntax notes between elements of one segment (EDIFACT D1..D5 are written as the same kinds):
 * P paired, R at least one, E at most one, C if first then all others, L if first then at least one other.
 */
import type { Segment } from '../model.js';
import type { SyntaxRule } from '../specs/types.js';
import type { CompiledRule, CompiledSegmentSpec } from './compiled-segments.js';
import { elementLabel } from './element-messages.js';
import type { ElementCheckContext } from './elements.js';
import type { SegmentPlace } from './problem-sink.js';

type PlacedSegment = SegmentPlace & { segment: Segment };

export function checkSyntaxRules(spec: CompiledSegmentSpec, place: PlacedSegment, context: ElementCheckContext): void {
  const given = place.segment.elements.length;
  const rules = spec.rules;
  for (let index = 0; index < rules.length; index++) {
    const rule = rules[index] as CompiledRule;
    // only R needs an element to be present; the others cannot break when none of their elements is there
    if (rule.lowest > given && rule.kind !== 'R') continue;
    if (isViolated(rule, place.segment)) reportViolation(rule, spec, place, context);
  }
}

/** The allocation-free check every segment pays; reportViolation works out the details only when needed. */
function isViolated(rule: SyntaxRule, segment: Segment): boolean {
  const positions = rule.elements;
  let presentCount = 0;
  let firstPresent = false;
  for (let index = 0; index < positions.length; index++) {
    if (!isPresent(segment, positions[index] as number)) continue;
    presentCount++;
    if (index === 0) firstPresent = true;
  }
  switch (rule.kind) {
    case 'P':
      return presentCount > 0 && presentCount < positions.length;
    case 'R':
      return presentCount === 0;
    case 'E':
      return presentCount > 1;
    case 'C':
      return firstPresent && presentCount < positions.length;
    case 'L':
      return firstPresent && presentCount === 1 && positions.length > 1;
  }
}

function reportViolation(rule: SyntaxRule, spec: CompiledSegmentSpec, place: PlacedSegment, context: ElementCheckContext): void {
  const { elements } = rule;
  const segment = place.segment;
  const label = (position: number): string => elementLabel(context.standard, segment.tag, position);
  const list = (positions: number[]): string => positions.map(label).join(', ');
  const present = elements.filter((position) => isPresent(segment, position));
  const absent = elements.filter((position) => !isPresent(segment, position));
  const missing = (position: number, message: string): void =>
    context.sink.element('element-conditional-missing', message, place, { element: position }, refAt(spec, position));

  switch (rule.kind) {
    case 'P':
      if (present.length === 0) return;
      for (const position of absent) {
        missing(position, `${list(elements)} must be used together: ${label(present[0] as number)} is present but ${label(position)} is missing.`);
      }
      return;
    case 'R':
      if (present.length === 0) missing(elements[0] as number, `At least one of ${list(elements)} is required.`);
      return;
    case 'E': {
      const second = present[1];
      if (second === undefined) return;
      context.sink.element(
        'element-exclusion-violated',
        `Only one of ${list(elements)} may be used, but ${list(present)} are all present.`,
        place,
        { element: second },
        refAt(spec, second),
        valueAt(segment, second),
      );
      return;
    }
    case 'C': {
      const [first, ...others] = elements;
      if (first === undefined || !isPresent(segment, first)) return;
      for (const position of others) {
        if (!isPresent(segment, position)) missing(position, `${label(first)} is present, so ${label(position)} is required.`);
      }
      return;
    }
    case 'L': {
      const [first, ...others] = elements;
      if (first === undefined || !isPresent(segment, first) || others.length === 0) return;
      if (others.some((position) => isPresent(segment, position))) return;
      missing(others[0] as number, `${label(first)} is present, so at least one of ${list(others)} is required.`);
      return;
    }
  }
}

function isPresent(segment: Segment, position: number): boolean {
  const components = segment.elements[position - 1];
  if (components === undefined) return false;
  for (let index = 0; index < components.length; index++) if (components[index] !== '') return true;
  return false;
}

function refAt(spec: CompiledSegmentSpec, position: number): string {
  return spec.elements[position - 1]?.ref ?? '';
}

function valueAt(segment: Segment, position: number): string {
  return (segment.elements[position - 1] ?? []).join(':');
}
