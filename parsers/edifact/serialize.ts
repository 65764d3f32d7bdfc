/**
 * Writes segments as EDIFACT text with any delimiters. Every delimiter, the release character itself and line
 * breaks inside values are escaped with the release character, so reading the text back yields the same values.
 */
import type { EdifactDelimiters, Segment } from '../model.js';
import { DEFAULT_DELIMITERS, describeCharacter } from './delimiters.js';

export type SerializableSegment = Pick<Segment, 'tag' | 'elements' | 'repeats'>;

export interface SerializeOptions {
  /** write a UNA service string advice first (default: only when the delimiters differ from the defaults) */
  una?: boolean;
}

export function serializeEdifact(segments: SerializableSegment[], delimiters: EdifactDelimiters, options?: SerializeOptions): string {
  const escape = escaper(delimiters);
  const suffix = delimiters.segmentSuffix;
  const parts: string[] = [];
  if (options?.una ?? !usesDefaults(delimiters)) parts.push(serviceStringAdvice(delimiters) + suffix);
  for (const segment of segments) {
    let text = segment.tag;
    segment.elements.forEach((element, index) => {
      const repetitions = segment.repeats?.[index] ?? [element];
      if (repetitions.length > 1 && delimiters.repetition === null) {
        throw new Error(`${segment.tag} element ${index + 1} repeats ${repetitions.length} times but the delimiters have no repetition separator`);
      }
      text += delimiters.element + repetitions.map((components) => components.map(escape).join(delimiters.component)).join(delimiters.repetition ?? '');
    });
    parts.push(text + delimiters.segment + suffix);
  }
  return parts.join('');
}

/** 'UNA' + component, element, decimal mark, release (space: none), repetition (space: none), terminator. */
export function serviceStringAdvice(d: EdifactDelimiters): string {
  return `UNA${d.component}${d.element}${d.decimal}${d.release ?? ' '}${d.repetition ?? ' '}${d.segment}`;
}

function usesDefaults(d: EdifactDelimiters): boolean {
  const base = DEFAULT_DELIMITERS;
  return d.component === base.component && d.element === base.element && d.decimal === base.decimal &&
    d.release === base.release && d.repetition === null && d.segment === base.segment;
}

function escaper(d: EdifactDelimiters): (value: string) => string {
  const special = new Set([d.component, d.element, d.segment, '\r', '\n']);
  if (d.repetition !== null) special.add(d.repetition);
  if (d.release !== null) special.add(d.release);
  const release = d.release;
  return (value) => {
    let needs = false;
    for (const ch of value) {
      if (special.has(ch)) {
        needs = true;
        break;
      }
    }
    if (!needs) return value;
    if (release === null) {
      throw new Error(`Value ${JSON.stringify(value)} contains a delimiter or line break but the delimiters have no release character (${describeCharacter(d.segment)} terminator)`);
    }
    let escaped = '';
    for (const ch of value) escaped += special.has(ch) ? release + ch : ch;
    return escaped;
  };
}
