/**
 * A window onto the segment the tokenizer just found: offsets only, no strings. Values are decoded on demand, so
 * the envelope check reads a handful of values per transaction and full parsing builds each string exactly once.
 * One view is reused for every segment; it is valid only during the callback that receives it.
 */
import type { Segment } from '../model.js';
import { latin1, latin1WithoutBreaks } from './bytes.js';

/** Packs a tag of 2 or 3 bytes into one number so envelope tags compare without building strings. */
export function tagCodeOf(tag: string): number {
  let code = tag.length << 24;
  for (let i = 0; i < tag.length; i++) code |= tag.charCodeAt(i) << (16 - 8 * i);
  return code;
}

export const TAG = {
  ISA: tagCodeOf('ISA'),
  IEA: tagCodeOf('IEA'),
  GS: tagCodeOf('GS'),
  GE: tagCodeOf('GE'),
  ST: tagCodeOf('ST'),
  SE: tagCodeOf('SE'),
  TA1: tagCodeOf('TA1'),
} as const;

const tagNames = new Map<number, string>();

export class SegmentView {
  bytes: Uint8Array = new Uint8Array(0);
  /** file offset of bytes[0] */
  base = 0;
  /** index of the first tag byte */
  start = 0;
  /** index of the segment terminator (or the end of data for an unterminated last segment) */
  terminator = 0;
  terminated = true;
  /** indexes of the element separators; element n (1-based) starts after separators[n - 1] */
  separators: Int32Array = new Int32Array(64);
  count = 0;
  /** CR/LF bytes inside the segment (a hard-wrapped file): decoding leaves them out */
  hasBreaks = false;
  /** a component or repetition separator occurs in the segment (false: every element is one plain value) */
  subdivided = true;
  /** the tag packed by tagCodeOf, or 0 when it is not 2-3 plain bytes */
  tagCode = 0;
  component = -1;
  repetition = -1;

  get offset(): number {
    return this.base + this.start;
  }

  /** file offset of the byte after the terminator */
  get end(): number {
    return this.base + this.terminator + (this.terminated ? 1 : 0);
  }

  /** number of elements after the tag (trailing empty ones included) */
  get elementCount(): number {
    return this.count;
  }

  computeTagCode(): void {
    const tagEnd = this.count > 0 ? this.separators[0]! : this.terminator;
    const length = tagEnd - this.start;
    const b = this.bytes;
    const s = this.start;
    if (this.hasBreaks) {
      const tag = latin1WithoutBreaks(b, s, tagEnd);
      this.tagCode = tag.length === 2 || tag.length === 3 ? tagCodeOf(tag) : 0;
    } else if (length < 2 || length > 3) this.tagCode = 0;
    else this.tagCode = (length << 24) | (b[s]! << 16) | (b[s + 1]! << 8) | (length === 3 ? b[s + 2]! : 0);
  }

  tag(): string {
    const code = this.tagCode;
    if (code !== 0) {
      let name = tagNames.get(code);
      if (name === undefined) {
        name = this.decode(this.start, this.count > 0 ? this.separators[0]! : this.terminator);
        if (tagNames.size < 4096) tagNames.set(code, name);
      }
      return name;
    }
    return this.decode(this.start, this.count > 0 ? this.separators[0]! : this.terminator);
  }

  /** file offset where element n (1-based) starts; past the last element, where it would start */
  elementOffset(n: number): number {
    if (n >= 1 && n <= this.count) return this.base + this.separators[n - 1]! + 1;
    return this.base + this.terminator;
  }

  /** raw text of element n (components and repetitions not split); '' when absent */
  value(n: number): string {
    if (n < 1 || n > this.count) return '';
    return this.decode(this.separators[n - 1]! + 1, n < this.count ? this.separators[n]! : this.terminator);
  }

  /** the segment as it sits in the file, for messages */
  text(): string {
    return this.decode(this.start, this.terminator);
  }

  /** `split` false keeps values whole (the ISA, whose ISA11 and ISA16 are delimiter characters themselves) */
  toSegment(index: number, split = true): Segment {
    const count = this.count;
    const bytes = this.bytes;
    const separators = this.separators;
    const elements = new Array<string[]>(count);
    let repeats: Record<number, string[][]> | undefined;
    if (!this.hasBreaks && (!split || !this.subdivided)) {
      // the common case: one plain value per element, decoded straight from the bytes
      for (let n = 0; n < count; n++) {
        elements[n] = [latin1(bytes, separators[n]! + 1, n + 1 < count ? separators[n + 1]! : this.terminator)];
      }
    } else {
      for (let n = 0; n < count; n++) {
        const from = separators[n]! + 1;
        const to = n + 1 < count ? separators[n + 1]! : this.terminator;
        const repetitions = split ? this.splitRepetitions(from, to) : null;
        if (repetitions === null) {
          elements[n] = split ? this.components(from, to) : [this.decode(from, to)];
        } else {
          elements[n] = repetitions[0]!;
          (repeats ??= {})[n] = repetitions;
        }
      }
    }
    const segment: Segment = { tag: this.tag(), elements, offset: this.base + this.start, end: this.end, index };
    if (repeats !== undefined) segment.repeats = repeats;
    return segment;
  }

  private decode(from: number, to: number): string {
    return this.hasBreaks ? latin1WithoutBreaks(this.bytes, from, to) : latin1(this.bytes, from, to);
  }

  private components(from: number, to: number): string[] {
    const b = this.bytes;
    const separator = this.component;
    let i = from;
    while (i < to && b[i] !== separator) i++;
    if (i === to) return [this.decode(from, to)];
    const parts = [this.decode(from, i)];
    let partStart = i + 1;
    for (i = partStart; i < to; i++) {
      if (b[i] === separator) {
        parts.push(this.decode(partStart, i));
        partStart = i + 1;
      }
    }
    parts.push(this.decode(partStart, to));
    return parts;
  }

  private splitRepetitions(from: number, to: number): string[][] | null {
    const separator = this.repetition;
    if (separator < 0) return null;
    const b = this.bytes;
    let i = from;
    while (i < to && b[i] !== separator) i++;
    if (i === to) return null;
    const repetitions = [this.components(from, i)];
    let partStart = i + 1;
    for (i = partStart; i < to; i++) {
      if (b[i] === separator) {
        repetitions.push(this.components(partStart, i));
        partStart = i + 1;
      }
    }
    repetitions.push(this.components(partStart, to));
    return repetitions;
  }
}
