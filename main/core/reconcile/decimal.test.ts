import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as canonical from '../canonical/decimal.js';
import { absDecimal, addDecimals, compareDecimals, multiplyDecimals, multiplyRounded, roundDecimal, subtractDecimals } from './decimal.js';

// canonical decimals of every length (short ones take the fast path, long ones the BigInt one), and some that are not
const digits = (min: number, max: number) => fc.stringMatching(new RegExp(`^\\d{${min},${max}}$`));
const decimal = fc.oneof(
  fc.tuple(fc.boolean(), digits(1, 9), fc.option(digits(1, 6))).map(([negative, integer, fraction]) => `${negative ? '-' : ''}${integer}${fraction ? `.${fraction}` : ''}`),
  fc.tuple(fc.boolean(), digits(10, 20), fc.option(digits(1, 8))).map(([negative, integer, fraction]) => `${negative ? '-' : ''}${integer}${fraction ? `.${fraction}` : ''}`),
  fc.constantFrom('0', '-0', '0.00', '-0.00', '007.50', '999999999999999', '9999999999999999', '0.000000000000001', '4503599627370496', '1.5', '12'),
);
const notDecimal = fc.constantFrom('', '-', '.5', '5.', '+1', ' 1', '1e3', '1,5', '1.2.3', 'abc', '--1');

/** The same text, or the same error class and message. */
function same(fast: () => unknown, slow: () => unknown): void {
  let expected: unknown;
  let expectedError: unknown;
  try {
    expected = slow();
  } catch (error) {
    expectedError = error;
  }
  if (expectedError) expect(fast).toThrow((expectedError as Error).message);
  else expect(fast()).toBe(expected);
}

describe('engine decimals give the canonical results', () => {
  it('add, subtract, multiply, compare', () => {
    fc.assert(
      fc.property(fc.oneof(decimal, notDecimal), fc.oneof(decimal, notDecimal), (a, b) => {
        same(() => addDecimals(a, b), () => canonical.addDecimals(a, b));
        same(() => subtractDecimals(a, b), () => canonical.subtractDecimals(a, b));
        same(() => multiplyDecimals(a, b), () => canonical.multiplyDecimals(a, b));
        same(() => compareDecimals(a, b), () => canonical.compareDecimals(a, b));
      }),
      { numRuns: 3000 },
    );
  });

  it('abs and half-up rounding', () => {
    fc.assert(
      fc.property(fc.oneof(decimal, notDecimal), fc.integer({ min: 0, max: 6 }), (value, scale) => {
        same(() => absDecimal(value), () => canonical.absDecimal(value));
        same(() => roundDecimal(value, scale), () => canonical.roundDecimal(value, scale));
      }),
      { numRuns: 3000 },
    );
  });

  it('rounds ties away from zero and keeps the sign of what is left', () => {
    expect(roundDecimal('2.345', 2)).toBe('2.35');
    expect(roundDecimal('-2.345', 2)).toBe('-2.35');
    expect(roundDecimal('-0.004', 2)).toBe('0.00');
    expect(multiplyDecimals('3', '12.34')).toBe('37.02');
    expect(addDecimals('0.1', '0.2')).toBe('0.3');
  });
});

describe('multiplyRounded', () => {
  it('is roundDecimal of the product', () => {
    fc.assert(
      fc.property(fc.oneof(decimal, notDecimal), fc.oneof(decimal, notDecimal), fc.integer({ min: 0, max: 4 }), (a, b, scale) => {
        same(() => multiplyRounded(a, b, scale), () => canonical.roundDecimal(canonical.multiplyDecimals(a, b), scale));
      }),
      { numRuns: 3000 },
    );
  });
});
