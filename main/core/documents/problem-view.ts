/** Stored problems (absolute byte positions) placed in the document's raw text and segment list. */
import type { Problem, Segment } from '../../../parsers/index.js';
import type { DocumentProblem } from '../api/types-documents.js';
import { segmentIndexAt } from './segment-view.js';

export function parseProblems(json: string | null | undefined): Problem[] {
  if (!json) return [];
  try {
    const parsed = JSON.parse(json) as unknown;
    return Array.isArray(parsed) ? (parsed as Problem[]) : [];
  } catch {
    return [];
  }
}

export interface RawSpan {
  start: number;
  /** exclusive */
  end: number;
}

/**
 * `segments` are the transaction's (absolute offsets); a problem outside the raw span (an envelope problem in the
 * ISA, say) keeps its file position but gets no raw offset and no segment.
 */
export function problemViews(problems: Problem[], raw: RawSpan, segments: Segment[]): DocumentProblem[] {
  return problems.map((problem) => {
    const offset = problem.position?.offset ?? 0;
    const inside = offset >= raw.start && offset <= raw.end;
    const segmentIndex = inside ? segmentIndexAt(segments, offset) : null;
    return {
      severity: problem.severity,
      code: problem.code,
      message: problem.message,
      level: problem.level,
      offset,
      line: problem.position?.line ?? 0,
      column: problem.position?.column ?? 0,
      rawOffset: inside ? offset - raw.start : null,
      segmentIndex,
      segmentTag: problem.position?.segmentTag ?? (segmentIndex === null ? null : (segments[segmentIndex]?.tag ?? null)),
      element: problem.position?.element ?? null,
      component: problem.position?.component ?? null,
      badValue: problem.badValue ?? null,
    };
  });
}
