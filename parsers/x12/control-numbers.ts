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

/**
 * Control numbers seen so far; '0001' and '1' are different control numbers. Senders number sequentially, so
 * numeric control numbers are kept as runs of consecutive values (one run for a well-behaved sender, whatever the
 * file size); only numbers outside any run go into a Set.
 */
export class ControlNumberSet {
  private readonly seen = new Set<string>();
  /** [width, first, last] triples of digit-only numbers of the same width */
  private readonly runs: number[] = [];
  private current = -1;

  /** Adds the number; returns false when it was already there. */
  add(controlNumber: string): boolean {
    const value = digitsValue(controlNumber);
    if (value < 0) return this.addOther(controlNumber);
    const width = controlNumber.length;
    const runs = this.runs;
    const current = this.current;
    const extendsCurrent = current >= 0 && runs[current] === width && runs[current + 2]! + 1 === value;
    // the common case, one run growing by one, needs no search (with one run, the Set holds no digit strings)
    if (extendsCurrent && runs.length === 3) {
      runs[current + 2] = value;
      return true;
    }
    for (let i = 0; i < runs.length; i += 3) {
      if (runs[i] === width && value >= runs[i + 1]! && value <= runs[i + 2]!) return false;
    }
    if (this.seen.has(controlNumber)) return false;
    if (extendsCurrent) {
      runs[current + 2] = value;
      return true;
    }
    if (runs.length >= MAX_RUNS * 3) return this.addOther(controlNumber);
    this.current = runs.length;
    runs.push(width, value, value);
    return true;
  }

  private addOther(controlNumber: string): boolean {
    if (this.seen.has(controlNumber)) return false;
    this.seen.add(controlNumber);
    return true;
  }
}

const MAX_RUNS = 32;

/** The value of a string of 1 to 15 digits, or -1. */
function digitsValue(text: string): number {
  const length = text.length;
  if (length === 0 || length > 15) return -1;
  let value = 0;
  for (let i = 0; i < length; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
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
