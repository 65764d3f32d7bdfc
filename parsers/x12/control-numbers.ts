/** Control numbers: comparison (header vs trailer) and duplicate detection. */
import type { Problem, ProblemLevel } from '../model.js';
import type { ProblemCode } from '../problems.js';
import { quote, type ProblemFactory, type Site } from './problem-factory.js';

export type Agreement = 'equal' | 'equal-ignoring-zeros' | 'different';

const DIGITS = /^\d+$/;

export function compareControlNumbers(header: string, trailer: string): Agreement {
  if (header === trailer) return 'equal';
  if (DIGITS.test(header) && DIGITS.test(trailer) && BigInt(header) === BigInt(trailer)) return 'equal-ignoring-zeros';
  return 'different';
}

/** Control numbers seen so far; '0001' and '1' are different control numbers. */
export class ControlNumberSet {
  private readonly seen = new Set<string>();

  /** Adds the number; returns false when it was already there. */
  add(controlNumber: string): boolean {
    if (this.seen.has(controlNumber)) return false;
    this.seen.add(controlNumber);
    return true;
  }
}

export interface TrailerComparison {
  level: ProblemLevel;
  code: ProblemCode;
  /** 'ST02' / 'SE02' and the values found there */
  headerName: string;
  trailerName: string;
  header: string;
  trailer: string;
}

/** The problem when a trailer's control number differs from its header's (a warning when only zeros differ). */
export function controlNumberProblem(factory: ProblemFactory, c: TrailerComparison, site: Site): Problem | null {
  const agreement = compareControlNumbers(c.header, c.trailer);
  if (agreement === 'equal') return null;
  const badValue = { badValue: c.trailer.slice(0, 99) };
  if (agreement === 'equal-ignoring-zeros') {
    return factory.make('warning', c.code, c.level,
      `${c.trailerName} ${quote(c.trailer)} matches ${c.headerName} ${quote(c.header)} only when leading zeros are ignored.`, site, badValue);
  }
  return factory.make('error', c.code, c.level,
    `${c.trailerName} control number ${quote(c.trailer)} differs from ${c.headerName} ${quote(c.header)}.`, site, badValue);
}
