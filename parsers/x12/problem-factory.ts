/**
 * Builds Problem values with complete positions. Line and column are computed when the problem is created, while
 * the line index still remembers the offset (the stream forgets old line breaks as it goes).
 */
import type { Position, Problem, ProblemLevel, Severity } from '../model.js';
import type { ProblemCode } from '../problems.js';
import type { LineIndex } from './line-index.js';
import type { SegmentView } from './segment-view.js';

/** What a field check found, before it has a position. */
export interface Finding {
  severity: Severity;
  code: ProblemCode;
  message: string;
  /** 1-based element of the segment */
  element: number;
  badValue?: string;
  dataElementRef?: string;
}

export type Site = Omit<Position, 'line' | 'column'>;

export class ProblemFactory {
  constructor(private readonly lines: LineIndex) {}

  make(severity: Severity, code: ProblemCode, level: ProblemLevel, message: string, site: Site, extra?: Partial<Problem>): Problem {
    const { line, column } = this.lines.locate(site.offset);
    const position: Position = { ...site, line, column };
    return { severity, code, message, level, position, ...extra };
  }

  /** A problem from a header check's finding (values cut to the 99 characters an AK404 holds). */
  fromFinding(finding: Finding, level: ProblemLevel, site: Site): Problem {
    const extra: Partial<Problem> = {};
    if (finding.badValue !== undefined) extra.badValue = badValueCopy(finding.badValue);
    if (finding.dataElementRef !== undefined) extra.dataElementRef = finding.dataElementRef;
    return this.make(finding.severity, finding.code, level, finding.message, site, extra);
  }

  locate(offset: number): { line: number; column: number } {
    return this.lines.locate(offset);
  }
}

/** Where a segment (or one of its elements) is: offset, index, tag and element position. */
export function siteOf(view: SegmentView, segmentIndex: number, element?: number, positionInTransaction?: number): Site {
  const site: Site = {
    offset: element === undefined ? view.offset : view.elementOffset(element),
    segmentIndex,
    segmentTag: view.tag(),
  };
  if (element !== undefined) site.element = element;
  if (positionInTransaction !== undefined) site.segmentPositionInTransaction = positionInTransaction;
  return site;
}

/** A value as quoted in messages; long ones are cut. */
export function quote(value: string): string {
  const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
  return `"${shown}"`;
}

/** At most 99 characters of a bad value, as 997 AK404 allows. */
export function badValueCopy(value: string): string {
  return value.slice(0, 99);
}
