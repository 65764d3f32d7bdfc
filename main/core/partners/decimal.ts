/**
 * Exact arithmetic for UOM conversion factors and quantities: each value is a fraction of two BigInts, so
 * '1 EA in CA' (1 / 12) and back again never passes through a binary float.
 */

export interface Fraction {
  numerator: bigint;
  denominator: bigint;
}

const DECIMAL = /^([+-]?)(\d+)(?:\.(\d+))?$/;

export function parseFraction(text: string): Fraction | null {
  const match = DECIMAL.exec(text.trim());
  if (!match) return null;
  const fraction = match[3] ?? '';
  const numerator = BigInt(`${match[2]}${fraction}`) * (match[1] === '-' ? -1n : 1n);
  return reduce({ numerator, denominator: 10n ** BigInt(fraction.length) });
}

const gcd = (a: bigint, b: bigint): bigint => {
  let [x, y] = [a < 0n ? -a : a, b < 0n ? -b : b];
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
};

function reduce({ numerator, denominator }: Fraction): Fraction {
  const divisor = gcd(numerator, denominator) || 1n;
  const sign = denominator < 0n ? -1n : 1n;
  return { numerator: (numerator / divisor) * sign, denominator: (denominator / divisor) * sign };
}

export const multiply = (a: Fraction, b: Fraction): Fraction => reduce({ numerator: a.numerator * b.numerator, denominator: a.denominator * b.denominator });

export function divide(a: Fraction, b: Fraction): Fraction {
  if (b.numerator === 0n) throw new RangeError('division by zero');
  return reduce({ numerator: a.numerator * b.denominator, denominator: a.denominator * b.numerator });
}

/**
 * Exact when the fraction ends (its denominator has only the factors 2 and 5); otherwise rounded half away from
 * zero to `maxScale` decimals (1 / 12 → '0.083333'). No trailing zeros.
 */
export function formatFraction(value: Fraction, maxScale = 6): string {
  const { numerator, denominator } = reduce(value);
  let scale = 0;
  let rest = denominator;
  for (const factor of [2n, 5n]) {
    let count = 0;
    while (rest % factor === 0n) {
      rest /= factor;
      count++;
    }
    scale = Math.max(scale, count);
  }
  if (rest !== 1n) scale = maxScale;
  const negative = numerator < 0n;
  const magnitude = negative ? -numerator : numerator;
  const scaled = magnitude * 10n ** BigInt(scale);
  let units = scaled / denominator;
  if ((scaled % denominator) * 2n >= denominator) units += 1n;
  let text = units.toString().padStart(scale + 1, '0');
  if (scale > 0) text = `${text.slice(0, -scale)}.${text.slice(-scale)}`.replace(/\.?0+$/, '');
  return negative && units !== 0n ? `-${text}` : text;
}
