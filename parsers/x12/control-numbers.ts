/**
 * Control numbers: comparison (header vs trailer) and duplicate detection.
 */

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
