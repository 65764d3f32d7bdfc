/**
 * Exact decimal arithmetic on strings, for money and quantities. Every operation goes through BigInt (units × 10^-scale)
 * so no value ever passes through a binary float: 0.1 + 0.2 is '0.3' here.
 */

/** What the canonical model stores: optional minus, digits, optional fraction. No exponent, no '+', no grouping. */
export const DECIMAL_PATTERN = /^-?\d+(\.\d+)?$/;

export type RoundingMode = 'half-up' | 'half-even' | 'down';

export class DecimalError extends Error {
  override name = 'DecimalError';
}

interface Scaled {
  units: bigint;
  scale: number;
}

export function isDecimal(text: string): boolean {
  return DECIMAL_PATTERN.test(text);
}

/**
 * Reads a decimal as partners write it: surrounding spaces, a leading '+', a bare '.5' or '5.', and (for EDIFACT, whose
 * UNA may declare it) a comma decimal mark. Returns the canonical form: no leading zeros, '-0' becomes '0', the scale
 * (trailing zeros) kept because '12.50' says the sender meant cents.
 */
export function parseDecimal(text: string, options: { decimalMark?: '.' | ',' } = {}): string {
  let body = text.trim();
  if (options.decimalMark === ',') {
    if (body.includes('.')) throw new DecimalError(`'${text}' is not a decimal with ',' as decimal mark`);
    body = body.replace(',', '.');
  }
  const match = /^([+-]?)(\d*)(?:\.(\d*))?$/.exec(body);
  if (!match || (match[2] === '' && (match[3] ?? '') === '')) throw new DecimalError(`'${text}' is not a decimal number`);
  const sign = match[1] === '-' ? '-' : '';
  const integer = (match[2] ?? '').replace(/^0+(?=\d)/, '') || '0';
  const fraction = match[3] ?? '';
  return normalizeDecimal(`${sign}${integer}${fraction ? `.${fraction}` : ''}`);
}

/** Canonical form of an already well-formed decimal: '007.50' → '7.50', '-0.00' → '0.00'. */
export function normalizeDecimal(value: string): string {
  return format(toScaled(value));
}

/** Drops trailing fraction zeros: '12.500' → '12.5', '3.00' → '3'. */
export function stripTrailingZeros(value: string): string {
  const normalized = normalizeDecimal(value);
  return normalized.includes('.') ? normalized.replace(/\.?0+$/, '') : normalized;
}

export function addDecimals(a: string, b: string): string {
  const [x, y] = align(toScaled(a), toScaled(b));
  return format({ units: x.units + y.units, scale: x.scale });
}

export function subtractDecimals(a: string, b: string): string {
  const [x, y] = align(toScaled(a), toScaled(b));
  return format({ units: x.units - y.units, scale: x.scale });
}

export function sumDecimals(values: Iterable<string>): string {
  let total = '0';
  for (const value of values) total = addDecimals(total, value);
  return total;
}

/** Exact product; its scale is the sum of both scales ('1.5' × '2.25' = '3.375'). Round it yourself where a scale is due. */
export function multiplyDecimals(a: string, b: string): string {
  const x = toScaled(a);
  const y = toScaled(b);
  return format({ units: x.units * y.units, scale: x.scale + y.scale });
}

/** -1, 0 or 1; '1.50' equals '1.5'. */
export function compareDecimals(a: string, b: string): -1 | 0 | 1 {
  const [x, y] = align(toScaled(a), toScaled(b));
  return x.units < y.units ? -1 : x.units > y.units ? 1 : 0;
}

export function negateDecimal(value: string): string {
  const x = toScaled(value);
  return format({ units: -x.units, scale: x.scale });
}

export function absDecimal(value: string): string {
  const x = toScaled(value);
  return format({ units: x.units < 0n ? -x.units : x.units, scale: x.scale });
}

/**
 * Rounds (or pads) to exactly `scale` fraction digits. 'half-up' rounds ties away from zero (commercial rounding),
 * 'half-even' to the even neighbour (banker's), 'down' truncates toward zero.
 */
export function roundDecimal(value: string, scale: number, mode: RoundingMode = 'half-up'): string {
  if (!Number.isInteger(scale) || scale < 0) throw new DecimalError(`scale must be a non-negative integer (got ${scale})`);
  const x = toScaled(value);
  if (x.scale <= scale) return format({ units: x.units * 10n ** BigInt(scale - x.scale), scale });
  const divisor = 10n ** BigInt(x.scale - scale);
  const negative = x.units < 0n;
  const magnitude = negative ? -x.units : x.units;
  let quotient = magnitude / divisor;
  const twiceRemainder = (magnitude % divisor) * 2n;
  if (mode === 'half-up' && twiceRemainder >= divisor) quotient += 1n;
  if (mode === 'half-even' && (twiceRemainder > divisor || (twiceRemainder === divisor && quotient % 2n === 1n))) quotient += 1n;
  return format({ units: negative ? -quotient : quotient, scale });
}

/**
 * X12 'Nn' numbers carry an implied decimal point: TDS01 '125000' with N2 is '1250.00'. A sign may lead; an explicit
 * decimal point is refused because the field type forbids it and guessing would misstate money a hundredfold.
 */
export function fromImpliedDecimal(text: string, places: number): string {
  const match = /^([+-]?)(\d+)$/.exec(text.trim());
  if (!match) throw new DecimalError(`'${text}' is not an implied-decimal number (digits with an optional sign)`);
  if (!Number.isInteger(places) || places < 0) throw new DecimalError(`implied decimal places must be a non-negative integer (got ${places})`);
  const units = BigInt(`${match[1] === '-' ? '-' : ''}${match[2] ?? '0'}`);
  return format({ units, scale: places });
}

/** The reverse, for serializers: '1250' with 2 places → '125000'. Rounds half-up when the value has more digits. */
export function toImpliedDecimal(value: string, places: number): string {
  const rounded = toScaled(roundDecimal(value, places));
  return rounded.units.toString();
}

/** Integer minor units (cents for scale 2) for stores that keep money as integers. Refuses a value that would lose digits. */
export function toMinorUnits(value: string, scale: number): bigint {
  const x = toScaled(value);
  if (x.scale > scale && compareDecimals(roundDecimal(value, scale, 'down'), value) !== 0) throw new DecimalError(`'${value}' has more than ${scale} fraction digits`);
  return toScaled(roundDecimal(value, scale, 'down')).units;
}

export function fromMinorUnits(units: bigint, scale: number): string {
  return format({ units, scale });
}

function toScaled(value: string): Scaled {
  if (!DECIMAL_PATTERN.test(value)) throw new DecimalError(`'${value}' is not a canonical decimal (expected digits such as '12.50')`);
  const [integer = '0', fraction = ''] = value.split('.');
  return { units: BigInt(`${integer}${fraction}`), scale: fraction.length };
}

function align(x: Scaled, y: Scaled): [Scaled, Scaled] {
  if (x.scale === y.scale) return [x, y];
  if (x.scale < y.scale) return [{ units: x.units * 10n ** BigInt(y.scale - x.scale), scale: y.scale }, y];
  return [x, { units: y.units * 10n ** BigInt(x.scale - y.scale), scale: x.scale }];
}

function format({ units, scale }: Scaled): string {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(scale + 1, '0');
  const integer = digits.slice(0, digits.length - scale);
  const fraction = scale > 0 ? `.${digits.slice(digits.length - scale)}` : '';
  return `${negative ? '-' : ''}${integer}${fraction}`;
}
