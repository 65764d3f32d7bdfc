/**
 * Element-level checks of one segment against its dictionary spec: presence, count, components, repetitions,
 * values, then the segment's syntax rules.
 */
import type { ProblemCode, Segment, Standard } from '../model.js';
import type { CompiledElement, CompiledSegmentSpec } from './compiled-segments.js';
import { elementLabel, valueProblemMessage } from './element-messages.js';
import type { ElementLocation } from './element-offset.js';
import { checkValue } from './element-values.js';
import type { ProblemSink, SegmentPlace } from './problem-sink.js';
import { checkSyntaxRules } from './syntax-rules.js';

export interface ElementCheckContext {
  sink: ProblemSink;
  standard: Standard;
  decimalMark: string;
}

type PlacedSegment = SegmentPlace & { segment: Segment };

export function validateElements(spec: CompiledSegmentSpec, place: PlacedSegment, context: ElementCheckContext): void {
  const { segment } = place;
  const values = segment.elements;
  const specs = spec.elements;
  const repeats = segment.repeats;
  const given = values.length < specs.length ? values.length : specs.length;
  for (let index = 0; index < given; index++) {
    const element = specs[index] as CompiledElement;
    const components = values[index] as string[];
    if (isEmpty(components)) {
      if (element.mandatory) reportMissing(element, place, index + 1, 0, 0, context);
      continue;
    }
    const repetitions = repeats === undefined ? undefined : repeats[index];
    if (repetitions === undefined) checkOccurrence(element, components, place, index + 1, 0, context);
    else checkRepetitions(element, repetitions, place, index + 1, context);
  }
  for (let index = given; index <= spec.lastMandatory; index++) {
    const element = specs[index] as CompiledElement;
    if (element.mandatory) reportMissing(element, place, index + 1, 0, 0, context);
  }
  if (values.length > specs.length) reportExtraElements(spec, place, context);
  if (spec.rules.length > 0) checkSyntaxRules(spec, place, context);
}

function checkRepetitions(
  element: CompiledElement,
  repetitions: string[][],
  place: PlacedSegment,
  position: number,
  context: ElementCheckContext,
): void {
  if (repetitions.length > element.maxRepetitions) {
    const repetition = element.maxRepetitions + 1;
    context.sink.element(
      'element-too-many-repetitions',
      `${elementLabel(context.standard, place.segment.tag, position)} (${element.name}) repeats ${repetitions.length} times; at most ${element.maxRepetitions} allowed.`,
      place,
      { element: position, repetition },
      element.ref,
      joinComponents(repetitions[repetition - 1] ?? []),
    );
  }
  for (let repetition = 0; repetition < repetitions.length; repetition++) {
    const occurrence = repetitions[repetition] as string[];
    if (!isEmpty(occurrence)) checkOccurrence(element, occurrence, place, position, repetition + 1, context);
  }
}

/** One occurrence of an element (repetition 0 when the element does not repeat). Allocates only to report. */
function checkOccurrence(
  element: CompiledElement,
  components: string[],
  place: PlacedSegment,
  position: number,
  repetition: number,
  context: ElementCheckContext,
): void {
  const parts = element.components;
  const allowed = parts === null ? 1 : parts.length;
  if (components.length > allowed) {
    const extra = firstNonEmpty(components, allowed);
    if (extra >= 0) {
      context.sink.element(
        'element-too-many-components',
        `${elementLabel(context.standard, place.segment.tag, position)} (${element.name}) has data in component ${extra + 1}, but ${allowed === 1 ? 'it is a simple element' : `only ${allowed} components are defined`}.`,
        place,
        location(position, extra + 1, repetition),
        element.ref,
        components[extra],
      );
    }
  }
  if (parts === null) {
    const value = components[0] as string;
    if (value === '') return;
    const code = checkValue(value, element, context.decimalMark);
    if (code !== null) reportValue(code, element, value, place, position, 0, repetition, context);
    return;
  }
  for (let index = 0; index < parts.length; index++) {
    const part = parts[index] as CompiledElement;
    const value = index < components.length ? (components[index] as string) : '';
    if (value === '') {
      if (part.mandatory) reportMissing(part, place, position, index + 1, repetition, context);
      continue;
    }
    const code = checkValue(value, part, context.decimalMark);
    if (code !== null) reportValue(code, part, value, place, position, index + 1, repetition, context);
  }
}

function reportValue(
  code: ProblemCode,
  element: CompiledElement,
  value: string,
  place: PlacedSegment,
  position: number,
  component: number,
  repetition: number,
  context: ElementCheckContext,
): void {
  const label = elementLabel(context.standard, place.segment.tag, position, component || undefined);
  const message = valueProblemMessage(code, label, element, value, context.decimalMark);
  // a list with only the common codes cannot prove a code wrong: say so, quietly
  const severity = code === 'element-invalid-code' && !element.codesComplete ? 'info' : context.sink.severity;
  context.sink.element(code, message, place, location(position, component, repetition), element.ref, value, { severity });
}

function reportMissing(
  element: CompiledElement,
  place: PlacedSegment,
  position: number,
  component: number,
  repetition: number,
  context: ElementCheckContext,
): void {
  const label = elementLabel(context.standard, place.segment.tag, position, component || undefined);
  context.sink.element(
    'element-missing',
    `${label} (${element.name}) is mandatory but missing.`,
    place,
    location(position, component, repetition),
    element.ref,
  );
}

function reportExtraElements(spec: CompiledSegmentSpec, place: PlacedSegment, context: ElementCheckContext): void {
  const values = place.segment.elements;
  for (let index = spec.elements.length; index < values.length; index++) {
    // trailing empty elements are tolerated: many senders pad segments with separators
    if (isEmpty(values[index] as string[])) continue;
    context.sink.element(
      'element-too-many',
      `${spec.tag} has data in element ${index + 1}, but a ${spec.tag} segment has only ${spec.elements.length} elements.`,
      place,
      { element: index + 1 },
      '',
      joinComponents(values[index] as string[]),
    );
    return;
  }
}

/** component and repetition 0 mean "not applicable" */
function location(element: number, component: number, repetition: number): ElementLocation {
  const result: ElementLocation = { element };
  if (component > 0) result.component = component;
  if (repetition > 0) result.repetition = repetition;
  return result;
}

export function isEmpty(components: string[]): boolean {
  const count = components.length;
  if (count === 1) return (components[0] as string).length === 0;
  for (let index = 0; index < count; index++) if ((components[index] as string).length > 0) return false;
  return true;
}

function firstNonEmpty(components: string[], from: number): number {
  for (let index = from; index < components.length; index++) if (components[index] !== '') return index;
  return -1;
}

function joinComponents(components: string[]): string {
  return components.join(':');
}
