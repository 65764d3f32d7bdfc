/**
 * The detail parts of a CONTRL: action codes, the error elements (0085 syntax error, 0013 service segment tag,
 * S011 element/component position) and the UCS/UCD segments for segment and element errors of one message.
 */
import type { Problem, Transaction } from '../../model.js';
import { problemDefinition } from '../../problems.js';
import type { SerializableSegment } from '../serialize.js';

const SERVICE_TAGS = new Set(['UNA', 'UNB', 'UNG', 'UNH', 'UNT', 'UNE', 'UNZ']);
/** a missing trailer is reported against the trailer, not the segment that revealed it */
const MISSING_TRAILER: Partial<Record<Problem['code'], string>> = {
  'transaction-trailer-missing': 'UNT',
  'group-trailer-missing': 'UNE',
  'interchange-trailer-missing': 'UNZ',
};
/** CONTRL limits: 999 UCS per message, 99 UCD per UCS */
const MAX_SEGMENT_ERRORS = 999;
const MAX_ELEMENT_ERRORS = 99;

/** 0083: 4 rejected, 7 acknowledged. */
export function actionFor(transaction: Transaction): string {
  return transaction.status === 'rejected' ? '4' : '7';
}

/** [0085] [0013] [S011] after the action code, as far as the problem gives them; [] without a CONTRL code. */
export function describedError(problem: Problem | undefined): string[][] {
  const code = problem ? problemDefinition(problem.code).contrl : undefined;
  if (!problem || code === undefined) return [];
  const missing = MISSING_TRAILER[problem.code];
  const tag = missing ?? (problem.position.segmentTag && SERVICE_TAGS.has(problem.position.segmentTag) ? problem.position.segmentTag : '');
  const position = missing ? [] : elementPosition(problem);
  const elements = [[code]];
  if (tag !== '' || position.length > 0) elements.push([tag]);
  if (position.length > 0) elements.push(position);
  return elements;
}

/** UCS per segment with errors (segment position, segment-level code) and UCD per element error. */
export function detailSegments(errors: Problem[]): SerializableSegment[] {
  const bySegment = new Map<number, Problem[]>();
  for (const problem of errors) {
    const position = problem.position.segmentPositionInTransaction;
    if (position === undefined || (problem.level !== 'segment' && problem.level !== 'element')) continue;
    const list = bySegment.get(position);
    if (list) list.push(problem);
    else bySegment.set(position, [problem]);
  }
  const out: SerializableSegment[] = [];
  const positions = [...bySegment.keys()].sort((a, b) => a - b).slice(0, MAX_SEGMENT_ERRORS);
  for (const position of positions) {
    const problems = bySegment.get(position)!;
    const segmentCode = problems.map((p) => (p.level === 'segment' ? problemDefinition(p.code).contrl : undefined)).find((c) => c !== undefined);
    out.push({ tag: 'UCS', elements: segmentCode ? [[String(position)], [segmentCode]] : [[String(position)]] });
    let listed = 0;
    for (const problem of problems) {
      const code = problemDefinition(problem.code).contrl;
      const where = elementPosition(problem);
      if (problem.level !== 'element' || code === undefined || where.length === 0 || listed >= MAX_ELEMENT_ERRORS) continue;
      out.push({ tag: 'UCD', elements: [[code], where] });
      listed++;
    }
  }
  return out;
}

function elementPosition(problem: Problem): string[] {
  const { element, component } = problem.position;
  if (element === undefined) return [];
  return component === undefined ? [String(element)] : [String(element), String(component)];
}
