/**
 * Builds Problem values with their full position (byte offset, line, column, segment, element, component).
 */
import type { Position, Problem, ProblemLevel, Severity } from '../model.js';
import type { ProblemCode } from '../problems.js';
import type { LineIndex } from './lines.js';

/** Where a problem is, before line and column are worked out. */
export type Site = Omit<Position, 'line' | 'column'>;

export interface ProblemDetails {
  dataElementRef?: string;
  badValue?: string;
}

export class Reporter {
  constructor(private readonly lines: LineIndex) {}

  problem(severity: Severity, code: ProblemCode, level: ProblemLevel, message: string, site: Site, details?: ProblemDetails): Problem {
    const { line, column } = this.lines.locate(site.offset);
    const position: Position = { offset: site.offset, line, column };
    // keep the optional fields out of the object when absent, so results compare and serialize cleanly
    for (const key of ['segmentIndex', 'segmentTag', 'element', 'component', 'repetition', 'segmentPositionInTransaction', 'loopId'] as const) {
      if (site[key] !== undefined) (position as unknown as Record<string, unknown>)[key] = site[key];
    }
    const problem: Problem = { severity, code, message, level, position };
    if (details?.dataElementRef !== undefined) problem.dataElementRef = details.dataElementRef;
    if (details?.badValue !== undefined) problem.badValue = details.badValue.slice(0, 99);
    return problem;
  }

  error(code: ProblemCode, level: ProblemLevel, message: string, site: Site, details?: ProblemDetails): Problem {
    return this.problem('error', code, level, message, site, details);
  }

  warning(code: ProblemCode, level: ProblemLevel, message: string, site: Site, details?: ProblemDetails): Problem {
    return this.problem('warning', code, level, message, site, details);
  }

  locate(offset: number): { line: number; column: number } {
    return this.lines.locate(offset);
  }
}

/** A value quoted for a message: 'ABC', or "empty" when there is nothing. */
export function quote(value: string | undefined): string {
  return value === undefined || value === '' ? 'empty' : `'${value}'`;
}
