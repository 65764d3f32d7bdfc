import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  absDecimal,
  addDecimals,
  compareDecimals,
  DecimalError,
  fromImpliedDecimal,
  fromMinorUnits,
  isDecimal,
  multiplyDecimals,
  negateDecimal,
  normalizeDecimal,
  parseDecimal,
  roundDecimal,
  stripTrailingZeros,
  subtractDecimals,
  sumDecimals,
  toImpliedDecimal,
  toMinorUnits,
} from './decimal.js';

/** Decimals as (units, scale) so the test's own oracle is exact rational arithmetic on BigInt. */
const scaled = fc.record({ units: fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), scale: fc.integer({ min: 0, max: 6 }) });
const text = ({ units, scale }: { units: bigint; scale: number }): string => fromMinorUnits(units, scale);
const decimal = scaled.map(text);

/** a/10^s compared as rationals */
function rationalCompare(a: { units: bigint; scale: number }, b: { units: bigint; scale: number }): number {
  const left = a.units * 10n ** BigInt(b.scale);
  const right = b.units * 10n ** BigInt(a.scale);
  return left < right ? -1 : left > right ? 1 : 0;
}

describe('decimal parsing', () => {
  it('reads what partners write and returns the canonical form', () => {
    expect(parseDecimal(' 0012.50 ')).toBe('12.50');
    expect(parseDecimal('+7')).toBe('7');
    expect(parseDecimal('.5')).toBe('0.5');
    expect(parseDecimal('5.')).toBe('5');
    expect(parseDecimal('-0.00')).toBe('0.00');
    expect(parseDecimal('-000')).toBe('0');
    expect(parseDecimal('1234,56', { decimalMark: ',' })).toBe('1234.56');
  });

  it('refuses what is not a decimal', () => {
    for (const bad of ['', ' ', '.', '-', '1e3', '1,234.50', '12.5.1', '0x10', 'NaN', 'Infinity', '1 000', '--1']) expect(() => parseDecimal(bad), bad).toThrow(DecimalError);
    expect(() => parseDecimal('1.234,5', { decimalMark: ',' })).toThrow(DecimalError);
  });

  it('canonical decimals survive parse unchanged apart from leading zeros', () => {
    fc.assert(fc.property(decimal, (value) => {
        expect(parseDecimal(value)).toBe(value);
      }));
    fc.assert(fc.property(decimal, (value) => {
        expect(isDecimal(value)).toBe(true);
      }));
  });

  it('normalizes and strips trailing zeros without changing the value', () => {
    expect(normalizeDecimal('007.50')).toBe('7.50');
    expect(stripTrailingZeros('12.500')).toBe('12.5');
    expect(stripTrailingZeros('3.00')).toBe('3');
    expect(stripTrailingZeros('300')).toBe('300');
    fc.assert(fc.property(decimal, (value) => {
        expect(compareDecimals(stripTrailingZeros(value), value)).toBe(0);
      }));
  });
});

describe('decimal arithmetic', () => {
  it('is exact where binary floats are not', () => {
    expect(addDecimals('0.1', '0.2')).toBe('0.3');
    expect(multiplyDecimals('1.1', '1.1')).toBe('1.21');
    expect(subtractDecimals('1.00', '0.99')).toBe('0.01');
    expect(sumDecimals(Array.from({ length: 10 }, () => '0.10'))).toBe('1.00');
    expect(addDecimals('99999999999999999999.99', '0.01')).toBe('100000000000000000000.00');
  });

  it('add, subtract and multiply agree with rational arithmetic', () => {
    fc.assert(
      fc.property(scaled, scaled, (a, b) => {
        const scale = Math.max(a.scale, b.scale);
        const lift = (x: typeof a): bigint => x.units * 10n ** BigInt(scale - x.scale);
        expect(addDecimals(text(a), text(b))).toBe(fromMinorUnits(lift(a) + lift(b), scale));
        expect(subtractDecimals(text(a), text(b))).toBe(fromMinorUnits(lift(a) - lift(b), scale));
        expect(multiplyDecimals(text(a), text(b))).toBe(fromMinorUnits(a.units * b.units, a.scale + b.scale));
      }),
    );
  });

  it('add is commutative and subtract undoes it', () => {
    fc.assert(
      fc.property(decimal, decimal, (a, b) => {
        expect(addDecimals(a, b)).toBe(addDecimals(b, a));
        expect(compareDecimals(subtractDecimals(addDecimals(a, b), b), a)).toBe(0);
      }),
    );
  });

  it('compare orders like the rationals and ignores trailing zeros', () => {
    expect(compareDecimals('1.50', '1.5')).toBe(0);
    expect(compareDecimals('-2', '1')).toBe(-1);
    expect(compareDecimals('10', '9.999')).toBe(1);
    fc.assert(fc.property(scaled, scaled, (a, b) => {
        expect(compareDecimals(text(a), text(b))).toBe(rationalCompare(a, b));
      }));
  });

  it('negate and abs', () => {
    expect(negateDecimal('12.50')).toBe('-12.50');
    expect(negateDecimal('0')).toBe('0');
    expect(absDecimal('-3.1')).toBe('3.1');
  });
});

describe('rounding', () => {
  it('rounds half away from zero by default, half to even on request, truncates with down', () => {
    expect(roundDecimal('2.345', 2)).toBe('2.35');
    expect(roundDecimal('-2.345', 2)).toBe('-2.35');
    expect(roundDecimal('2.344', 2)).toBe('2.34');
    expect(roundDecimal('2.345', 2, 'half-even')).toBe('2.34');
    expect(roundDecimal('2.355', 2, 'half-even')).toBe('2.36');
    expect(roundDecimal('2.3451', 2, 'half-even')).toBe('2.35');
    expect(roundDecimal('-2.349', 2, 'down')).toBe('-2.34');
    expect(roundDecimal('12.5', 2)).toBe('12.50');
    expect(roundDecimal('-0.004', 2)).toBe('0.00');
    expect(() => roundDecimal('1', -1)).toThrow(DecimalError);
  });

  it('lands within half a unit of the exact value, with exactly the asked scale', () => {
    fc.assert(
      fc.property(scaled, fc.integer({ min: 0, max: 6 }), fc.constantFrom('half-up', 'half-even', 'down') as fc.Arbitrary<'half-up' | 'half-even' | 'down'>, (a, scale, mode) => {
        const rounded = roundDecimal(text(a), scale, mode);
        expect(rounded.split('.')[1]?.length ?? 0).toBe(scale);
        const error = absDecimal(subtractDecimals(rounded, text(a)));
        const unit = fromMinorUnits(1n, scale);
        expect(compareDecimals(error, mode === 'down' ? unit : multiplyDecimals(unit, '0.5'))).toBeLessThanOrEqual(mode === 'down' ? -1 : 0);
      }),
    );
  });
});

describe('implied decimals and minor units', () => {
  it('reads X12 N2 values', () => {
    expect(fromImpliedDecimal('125000', 2)).toBe('1250.00');
    expect(fromImpliedDecimal('5', 2)).toBe('0.05');
    expect(fromImpliedDecimal('-1250', 2)).toBe('-12.50');
    expect(fromImpliedDecimal('0042', 0)).toBe('42');
    expect(fromImpliedDecimal(' 7 ', 3)).toBe('0.007');
    for (const bad of ['12.50', '', 'A1', '1e2']) expect(() => fromImpliedDecimal(bad, 2), bad).toThrow(DecimalError);
  });

  it('writes them back, round trip', () => {
    expect(toImpliedDecimal('1250', 2)).toBe('125000');
    expect(toImpliedDecimal('12.345', 2)).toBe('1235');
    fc.assert(fc.property(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.integer({ min: 0, max: 4 }), (units, places) => {
        expect(toImpliedDecimal(fromImpliedDecimal(units.toString(), places), places)).toBe(units.toString());
      }));
  });

  it('converts to and from integer minor units without losing a digit', () => {
    expect(toMinorUnits('12.5', 2)).toBe(1250n);
    expect(toMinorUnits('12.500', 2)).toBe(1250n);
    expect(() => toMinorUnits('12.505', 2)).toThrow(DecimalError);
    expect(fromMinorUnits(-5n, 2)).toBe('-0.05');
  });
});
