/**
 * Element-level checks of one segment against its dictionary spec: presence, count, components, repetitions,
 * values, then the segment's syntax rules.
 */
import type { Segment, Standard } from '../model.js';
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
  for (let index = 0; index < specs.length; index++) {
    const element = specs[index] as CompiledElement;
    const components = values[index];
    if (components === undefined || isEmpty(components)) {
      if (element.mandatory) reportMissing(element, place, { element: index + 1 }, context);
      continue;
    }
    const repetitions = segment.repeats?.[index];
    if (repetitions === undefined) {
      checkOccurrence(element, components, place, index + 1, undefined, context);
      continue;
    }
    if (repetitions.length > element.maxRepetitions) {
      const repetition = element.maxRepetitions + 1;
      context.sink.element(
        'element-too-many-repetitions',
        `${elementLabel(context.standard, segment.tag, index + 1)} (${element.name}) repeats ${repetitions.length} times; at most ${element.maxRepetitions} allowed.`,
        place,
        { element: index + 1, repetition },
        element.ref,
        joinComponents(repetitions[repetition - 1] ?? []),
      );
    }
    for (let repetition = 0; repetition < repetitions.length; repetition++) {
      const occurrence = repetitions[repetition] as string[];
      if (!isEmpty(occurrence)) checkOccurrence(element, occurrence, place, index + 1, repetition + 1, context);
    }
  }
  if (values.length > specs.length) reportExtraElements(spec, place, context);
  if (spec.rules.length > 0) checkSyntaxRules(spec, place, context);
}

function checkOccurrence(
  element: CompiledElement,
  components: string[],
  place: PlacedSegment,
  position: number,
  repetition: number | undefined,
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
        withRepetition({ element: position, component: extra + 1 }, repetition),
        element.ref,
        components[extra],
      );
    }
  }
  if (parts === null) {
    const value = components[0] as string;
    if (value !== '') checkSimpleValue(element, value, place, withRepetition({ element: position }, repetition), context);
    return;
  }
  for (let index = 0; index < parts.length; index++) {
    const part = parts[index] as CompiledElement;
    const value = components[index] ?? '';
    const location = withRepetition({ element: position, component: index + 1 }, repetition);
    if (value === '') {
      if (part.mandatory) reportMissing(part, place, location, context);
    } else {
      checkSimpleValue(part, value, place, location, context);
    }
  }
}

function checkSimpleValue(
  element: CompiledElement,
  value: string,
  place: PlacedSegment,
  location: ElementLocation,
  context: ElementCheckContext,
): void {
  const code = checkValue(value, element, context.decimalMark);
  if (code === null) return;
  const label = elementLabel(context.standard, place.segment.tag, location.element, location.component);
  context.sink.element(code, valueProblemMessage(code, label, element, value, context.decimalMark), place, location, element.ref, value);
}

function reportMissing(
  element: CompiledElement,
  place: PlacedSegment,
  location: ElementLocation,
  context: ElementCheckContext,
): void {
  const label = elementLabel(context.standard, place.segment.tag, location.element, location.component);
  context.sink.element('element-missing', `${label} (${element.name}) is mandatory but missing.`, place, location, element.ref);
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

function withRepetition(location: ElementLocation, repetition: number | undefined): ElementLocation {
  if (repetition !== undefined) location.repetition = repetition;
  return location;
}

export function isEmpty(components: string[]): boolean {
  for (let index = 0; index < components.length; index++) if (components[index] !== '') return false;
  return true;
}

function firstNonEmpty(components: string[], from: number): number {
  for (let index = from; index < components.length; index++) if (components[index] !== '') return index;
  return -1;
}

function joinComponents(components: string[]): string {
  return components.join(':');
}
