/**
 * Collects the validator's problems and fills in their positions. Only the error path comes here, so it may
 * allocate freely; the walkers stay allocation-free while segments are valid.
 */
import type { Position, Problem, ProblemCode, Segment, Severity } from '../model.js';
import { type ElementLocation, elementOffset } from './element-offset.js';

export interface SinkContext {
  locate: (offset: number) => { line: number; column: number };
}

/** Where a segment sits in its transaction: the segment itself (or null past the end), its 1-based position, its loop. */
export interface SegmentPlace {
  segment: Segment | null;
  /** 1-based position in the transaction (header = 1); for a problem past the last segment, one more than the count */
  positionInTransaction: number;
  loopId: string | undefined;
}

const BAD_VALUE_LIMIT = 99;

export class ProblemSink {
  readonly problems: Problem[] = [];
  /** the severity of structure and element problems: 'warning' when the spec stands in for another version */
  readonly severity: Severity;
  /** offset used for problems after the last segment (where the next segment would have started) */
  private readonly endOffset: number;

  constructor(
    private readonly context: SinkContext,
    severity: Severity,
    segments: Segment[],
  ) {
    this.severity = severity;
    this.endOffset = segments[segments.length - 1]?.end ?? 0;
  }

  /** A structure problem. `tag` is the segment the problem is about (for a missing segment: the missing tag). */
  segment(code: ProblemCode, message: string, place: SegmentPlace, tag: string, severity = this.severity): void {
    const offset = place.segment ? place.segment.offset : this.endOffset;
    const position: Position = {
      offset,
      ...this.context.locate(offset),
      segmentTag: tag,
      segmentPositionInTransaction: place.positionInTransaction,
    };
    if (place.segment) position.segmentIndex = place.segment.index;
    if (place.loopId !== undefined) position.loopId = place.loopId;
    this.problems.push({ severity, code, message, level: 'segment', position });
  }

  element(
    code: ProblemCode,
    message: string,
    place: SegmentPlace & { segment: Segment },
    location: ElementLocation,
    dataElementRef: string,
    badValue?: string,
    overrides: { level?: 'element' | 'segment'; severity?: Severity } = {},
  ): void {
    const { segment } = place;
    const offset = elementOffset(segment, location);
    const position: Position = {
      offset,
      ...this.context.locate(offset),
      segmentIndex: segment.index,
      segmentTag: segment.tag,
      element: location.element,
      segmentPositionInTransaction: place.positionInTransaction,
    };
    if (location.component !== undefined) position.component = location.component;
    if (location.repetition !== undefined) position.repetition = location.repetition;
    if (place.loopId !== undefined) position.loopId = place.loopId;
    const problem: Problem = {
      severity: overrides.severity ?? this.severity,
      code,
      message,
      level: overrides.level ?? 'element',
      position,
    };
    if (dataElementRef) problem.dataElementRef = dataElementRef;
    if (badValue !== undefined && badValue !== '') problem.badValue = badValue.slice(0, BAD_VALUE_LIMIT);
    this.problems.push(problem);
  }
}
