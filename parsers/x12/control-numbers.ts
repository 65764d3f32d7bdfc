/**
 * Control numbers: comparison (header vs trailer) and duplicate detection. Numeric control numbers are remembered
 * as numbers, which keeps a group of a million transactions cheap to check.
 */

export type Agreement = 'equal' | 'equal-ignoring-zeros' | 'different';

const DIGITS = /^\d+$/;

export function compareControlNumbers(header: string, trailer: string): Agreement {
  if (header === trailer) return 'equal';
  if (DIGITS.test(header) && DIGITS.test(trailer) && BigInt(header) === BigInt(trailer)) return 'equal-ignoring-zeros';
  return 'different';
}

/** A set of control numbers; '0001' and '1' are different entries (they are different control numbers). */
export class ControlNumberSet {
  private readonly numeric = new Set<number>();
  private readonly other = new Set<string>();

  /** Adds the number; returns false when it was already there. */
  add(controlNumber: string): boolean {
    const key = numericKey(controlNumber);
    const set: Set<number | string> = key === undefined ? this.other : this.numeric;
    const value = key ?? controlNumber;
    if (set.has(value)) return false;
    set.add(value);
    return true;
  }
}

/** value * 16 + length for up to 12 digits: exact in a double, and keeps leading zeros apart. */
function numericKey(controlNumber: string): number | undefined {
  const length = controlNumber.length;
  if (length === 0 || length > 12) return undefined;
  let value = 0;
  for (let i = 0; i < length; i++) {
    const digit = controlNumber.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return undefined;
    value = value * 10 + digit;
  }
  return value * 16 + length;
}
