/** The checks every trailer (SE, GE, IEA) gets: its count in element 1, its control number in element 2. */
import type { Problem, ProblemLevel } from '../model.js';
import type { ProblemCode } from '../problems.js';
import { controlNumberProblem } from './control-numbers.js';
import { quote, siteOf, type ProblemFactory } from './problem-factory.js';
import type { SegmentView } from './segment-view.js';

export interface TrailerCheck {
  level: ProblemLevel;
  countCode: ProblemCode;
  controlCode: ProblemCode;
  /** 'ISA13' / 'GS06' / 'ST02' */
  headerControlName: string;
  headerControl: string;
  /** what element 1 counts: 'segments', 'transaction sets', 'functional groups' */
  counted: string;
  actualCount: number;
  /** 'transaction 850 0001 (ST at line 3)' */
  subject: string;
  /** the trailer's position in its transaction (SE only) */
  positionInTransaction?: number;
  countNote?: string;
}

/** Pushes the problems found into `problems`; returns the declared count when element 1 is a number. */
export function checkTrailer(view: SegmentView, index: number, check: TrailerCheck, factory: ProblemFactory, problems: Problem[]): number | undefined {
  const tag = view.tag();
  const declaredText = view.value(1);
  const declared = /^\d+$/.test(declaredText) ? Number(declaredText) : undefined;
  if (declared !== check.actualCount) {
    problems.push(factory.make('error', check.countCode, check.level,
      `${tag}01 says ${quote(declaredText)} ${check.counted} but ${check.subject} has ${check.actualCount}${check.countNote ?? ''}.`,
      siteOf(view, index, 1, check.positionInTransaction), { badValue: declaredText.slice(0, 99) }));
  }
  const comparison = { level: check.level, code: check.controlCode, headerName: check.headerControlName, trailerName: `${tag}02`, header: check.headerControl, trailer: view.value(2) };
  const mismatch = controlNumberProblem(factory, comparison, siteOf(view, index, 2, check.positionInTransaction));
  if (mismatch !== null) problems.push(mismatch);
  return declared;
}
