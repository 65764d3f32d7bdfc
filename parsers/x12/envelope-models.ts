/** Interchange and Group values built from their header segments (ISA, GS), and the shape quirks of an ISA. */
import type { Group, Interchange, X12Delimiters } from '../model.js';
import type { IsaLayout } from './isa-layout.js';
import type { SegmentView } from './segment-view.js';

export function interchangeFromIsa(view: SegmentView, layout: IsaLayout, charset: string): Interchange {
  const values = Array.from({ length: 16 }, (_, i) => view.value(i + 1));
  const char = String.fromCharCode;
  const delimiters: X12Delimiters = {
    element: char(layout.element),
    component: char(layout.component),
    segment: char(layout.terminator),
    repetition: layout.repetition >= 0 ? char(layout.repetition) : null,
    segmentSuffix: '',
  };
  return {
    standard: 'x12',
    delimiters,
    controlNumber: values[12]!,
    sender: { qualifier: values[4]!.trim(), id: values[5]!.trim() },
    receiver: { qualifier: values[6]!.trim(), id: values[7]!.trim() },
    date: values[8]!,
    time: values[9]!,
    version: values[11]!,
    syntaxId: null,
    charset,
    test: values[14] === 'T',
    ackRequested: values[13] === '1',
    header: view.toSegment(0, false),
    quirks: layoutQuirks(layout),
    problems: [],
    groups: [],
    range: { start: view.offset, end: view.end },
  };
}

function layoutQuirks(layout: IsaLayout): string[] {
  const quirks: string[] = [];
  if (layout.length !== 106) quirks.push('unpadded-isa');
  const newline = (b: number): boolean => b === 0x0a || b === 0x0d;
  const control = (b: number): boolean => b < 0x20 || (b >= 0x7f && b <= 0x9f);
  if (newline(layout.terminator)) quirks.push('newline-terminator');
  if ([layout.element, layout.component, layout.terminator].some((b) => control(b) && !newline(b))) quirks.push('control-character-delimiters');
  if (layout.repetition >= 0) quirks.push('repetition-separator');
  return quirks;
}

export function groupFromGs(view: SegmentView): Group {
  return {
    functionalId: view.value(1),
    controlNumber: view.value(6),
    sender: { qualifier: '', id: view.value(2) },
    receiver: { qualifier: '', id: view.value(3) },
    version: view.value(8),
    date: view.value(4),
    time: view.value(5),
    explicit: true,
    status: 'accepted',
    problems: [],
    transactions: [],
    range: { start: view.offset, end: view.end },
  };
}

/** The group that holds transactions found without a GS before them. */
export function implicitGroup(view: SegmentView): Group {
  return {
    functionalId: null, controlNumber: null, sender: null, receiver: null, version: null, date: null, time: null,
    explicit: false, status: 'accepted', problems: [], transactions: [], range: { start: view.offset, end: view.end },
  };
}
