/**
 * Byte offset of an element inside its segment, rebuilt from the decoded values. Exact only when the decoded
 * segment is as long as its bytes (no release characters, no multi-byte characters, no line wrapping inside it);
 * otherwise the segment's own offset is the honest answer.
 */
import type { Segment } from '../model.js';

export interface ElementLocation {
  /** 1-based element position */
  element: number;
  component?: number;
  repetition?: number;
}

export function elementOffset(segment: Segment, location: ElementLocation): number {
  if (rebuiltLength(segment) !== segment.end - segment.offset) return segment.offset;
  // tag, then one separator before each element
  let offset = segment.offset + segment.tag.length;
  const count = segment.elements.length;
  const target = location.element - 1;
  for (let index = 0; index < target && index < count; index++) offset += 1 + elementLength(segment, index);
  // past the last element: point at the segment terminator, where the missing element would have been
  if (target >= count) return offset;
  offset += 1;
  const repetitions = segment.repeats?.[target];
  const repetitionIndex = (location.repetition ?? 1) - 1;
  if (repetitions) {
    for (let index = 0; index < repetitionIndex && index < repetitions.length; index++) {
      offset += componentsLength(repetitions[index] ?? []) + 1;
    }
  }
  const components = repetitions ? (repetitions[repetitionIndex] ?? []) : (segment.elements[target] ?? []);
  const componentIndex = (location.component ?? 1) - 1;
  for (let index = 0; index < componentIndex && index < components.length; index++) {
    offset += (components[index]?.length ?? 0) + 1;
  }
  return offset;
}

/** tag + (separator + element) for each element + the terminator */
function rebuiltLength(segment: Segment): number {
  let length = segment.tag.length + 1;
  for (let index = 0; index < segment.elements.length; index++) length += 1 + elementLength(segment, index);
  return length;
}

function elementLength(segment: Segment, index: number): number {
  const repetitions = segment.repeats?.[index];
  if (!repetitions) return componentsLength(segment.elements[index] ?? []);
  let length = repetitions.length - 1;
  for (const repetition of repetitions) length += componentsLength(repetition);
  return length;
}

function componentsLength(components: string[]): number {
  if (components.length === 0) return 0;
  let length = components.length - 1;
  for (const component of components) length += component.length;
  return length;
}
