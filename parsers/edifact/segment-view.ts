/**
 * The segment being handled, as bytes plus where it sits, so envelope checks can point at the exact element.
 */
import type { EdifactDelimiters } from '../model.js';
import type { Site } from './report.js';
import { locateInSegment } from './segment-values.js';

export interface SegmentView {
  bytes: Uint8Array;
  /** bytes[start, end) is the segment without its terminator */
  start: number;
  end: number;
  /** file offset of bytes[start] */
  offset: number;
  /** 0-based index in the interchange */
  index: number;
  tag: string;
  delimiters: EdifactDelimiters;
  /** 1-based position in the message (UNH = 1), when inside one */
  positionInMessage?: number;
}

/** The site of the segment, or of one of its elements/components (the end of the segment when absent). */
export function siteOf(view: SegmentView, element?: number, component?: number): Site {
  const site: Site = { offset: view.offset, segmentIndex: view.index, segmentTag: view.tag };
  if (view.positionInMessage !== undefined) site.segmentPositionInTransaction = view.positionInMessage;
  if (element === undefined) return site;
  const wanted = component === undefined ? { element } : { element, component };
  const found = locateInSegment(view.bytes, view.start, view.end, view.delimiters, null, wanted);
  site.offset = view.offset + (found.index - view.start);
  site.element = element;
  if (component !== undefined) site.component = component;
  return site;
}

/** The site of one byte inside the segment, with the element/component it falls in. */
export function siteOfByte(view: SegmentView, offset: number): Site {
  const found = locateInSegment(view.bytes, view.start, view.end, view.delimiters, view.start + (offset - view.offset));
  const site: Site = { offset, segmentIndex: view.index, segmentTag: view.tag };
  if (found.element > 0) {
    site.element = found.element;
    site.component = found.component;
    if (found.repetition > 1) site.repetition = found.repetition;
  }
  if (view.positionInMessage !== undefined) site.segmentPositionInTransaction = view.positionInMessage;
  return site;
}

/** The segment tag straight from the bytes (up to the first separator), without decoding the rest. */
export function readTag(bytes: Uint8Array, start: number, end: number, delimiters: EdifactDelimiters): string {
  const element = delimiters.element.charCodeAt(0);
  const component = delimiters.component.charCodeAt(0);
  let i = start;
  while (i < end && i - start < 8 && bytes[i] !== element && bytes[i] !== component) i++;
  let tag = '';
  for (let k = start; k < i; k++) {
    const b = bytes[k]!;
    if (b !== 0x0a && b !== 0x0d) tag += String.fromCharCode(b);
  }
  return tag;
}

/** A byte for a message: "'a'" for printable ASCII, "byte 0xE4 ('ä' in Latin-1)", "byte 0x0B". */
export function describeByte(byte: number): string {
  if (byte >= 0x20 && byte < 0x7f) return `'${String.fromCharCode(byte)}'`;
  const hex = `byte 0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  return byte >= 0xa0 ? `${hex} ('${String.fromCharCode(byte)}' in Latin-1)` : hex;
}
