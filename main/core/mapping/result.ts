/** What mapping returns: the canonical document, issues that name the rule and the segment, and coverage. */
import type { Segment } from '../../../parsers/index.js';

/** A source segment: its tag, 0-based index in the interchange, byte offset in the file, 1-based position in the set. */
export interface SegmentRef {
  tag: string;
  index: number;
  offset: number;
  position?: number;
}

export interface MappingIssue {
  severity: 'error' | 'warning' | 'info';
  /** the rule that failed (absent for schema issues no rule can be blamed for) */
  ruleId?: string;
  message: string;
  /** the canonical path of a schema issue ('lines[2].quantity.value') */
  path?: string;
  segment?: SegmentRef;
}

export interface MappingCoverage {
  /** required canonical paths (canonical requiredPaths) the document does not have; alternatives as 'a | b' */
  unmappedRequired: string[];
  /** EDI segments no rule read (envelope segments ST/SE/UNH/UNT/UNS not counted) */
  unusedSegments: SegmentRef[];
  /** values (or objects, for `each`) each rule wrote; 0 for rules that wrote nothing */
  ruleHits: Record<string, number>;
}

export interface MappingResult {
  /** the canonical document as mapped (also when it does not validate, so the editor can show it) */
  document: Record<string, unknown>;
  /** the document passed the canonical schema and no rule reported an error */
  ok: boolean;
  issues: MappingIssue[];
  coverage: MappingCoverage;
}

export function segmentRef(segment: Segment, first?: Segment): SegmentRef {
  const ref: SegmentRef = { tag: segment.tag, index: segment.index, offset: segment.offset };
  if (first) ref.position = segment.index - first.index + 1;
  return ref;
}
