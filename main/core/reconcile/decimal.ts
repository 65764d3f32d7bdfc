/**
 * The canonical decimal operations (../canonical/decimal.ts) with the same results, text for text, and the same
 * errors, but without BigInt for the values the engine meets almost always: at most 15 digits, so units × 10^-scale
 * fit a double exactly. A full rebuild compares millions of quantities and prices; each BigInt operation allocates.
 * Anything longer, or any intermediate beyond 2^53, goes to the canonical BigInt code.
 */
import * as canonical from '../canonical/decimal.js';

const MAX_DIGITS = 15;
const POWERS = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

// the last parse, kept in module variables so parsing allocates nothing
let parsedUnits = 0;
let parsedScale = 0;

/** Reads a canonical decimal (/^-?\d+(\.\d+)?$/) of at most 15 digits into parsedUnits/parsedScale; false otherwise. */
function parse(value: string): boolean {
  const length = value.length;
  let index = 0;
  let negative = false;
  if (length > 0 && value.charCodeAt(0) === 45) {
    negative = true;
    index = 1;
  }
  let units = 0;
  let digits = 0;
  let scale = -1;
  for (; index < length; index++) {
    const code = value.charCodeAt(index);
    if (code >= 48 && code <= 57) {
      units = units * 10 + (code - 48);
      digits++;
      if (scale >= 0) scale++;
    } else if (code === 46 && scale < 0 && digits > 0) scale = 0;
    else return false;
  }
  if (digits === 0 || scale === 0 || digits > MAX_DIGITS) return false;
  parsedUnits = negative ? -units : units;
  parsedScale = scale < 0 ? 0 : scale;
  return true;
}

/** canonical format(): digits padded to scale + 1, the point `scale` digits from the right, '-' only when below zero. */
function format(units: number, scale: number): string {
  const negative = units < 0;
  const digits = String(negative ? -units : units);
  if (scale === 0) return negative ? `-${digits}` : digits;
  const padded = digits.length > scale ? digits : digits.padStart(scale + 1, '0');
  const cut = padded.length - scale;
  return `${negative ? '-' : ''}${padded.slice(0, cut)}.${padded.slice(cut)}`;
}

/** Both values as units of the larger scale, in alignedA/alignedB; false when one does not parse or overflows. */
let alignedA = 0;
let alignedB = 0;
let alignedScale = 0;
function alignBoth(a: string, b: string): boolean {
  if (!parse(a)) return false;
  const unitsA = parsedUnits;
  const scaleA = parsedScale;
  if (!parse(b)) return false;
  const scale = scaleA > parsedScale ? scaleA : parsedScale;
  alignedA = unitsA * POWERS[scale - scaleA]!;
  alignedB = parsedUnits * POWERS[scale - parsedScale]!;
  alignedScale = scale;
  return Number.isSafeInteger(alignedA) && Number.isSafeInteger(alignedB);
}

export function addDecimals(a: string, b: string): string {
  if (alignBoth(a, b)) {
    const sum = alignedA + alignedB;
    if (Number.isSafeInteger(sum)) return format(sum, alignedScale);
  }
  return canonical.addDecimals(a, b);
}

export function subtractDecimals(a: string, b: string): string {
  if (alignBoth(a, b)) {
    const difference = alignedA - alignedB;
    if (Number.isSafeInteger(difference)) return format(difference, alignedScale);
  }
  return canonical.subtractDecimals(a, b);
}

export function multiplyDecimals(a: string, b: string): string {
  if (parse(a)) {
    const unitsA = parsedUnits;
    const scaleA = parsedScale;
    if (parse(b)) {
      const product = unitsA * parsedUnits;
      if (Number.isSafeInteger(product)) return format(product, scaleA + parsedScale);
    }
  }
  return canonical.multiplyDecimals(a, b);
}

export function compareDecimals(a: string, b: string): -1 | 0 | 1 {
  if (alignBoth(a, b)) return alignedA < alignedB ? -1 : alignedA > alignedB ? 1 : 0;
  return canonical.compareDecimals(a, b);
}

export function absDecimal(value: string): string {
  if (parse(value)) return format(parsedUnits < 0 ? -parsedUnits : parsedUnits, parsedScale);
  return canonical.absDecimal(value);
}

/** units × 10^-scale rounded half-up to `target` digits; undefined when it would not stay exact. */
function roundUnits(units: number, scale: number, target: number): string | undefined {
  if (scale <= target) {
    const scaled = units * POWERS[target - scale]!;
    return Number.isSafeInteger(scaled) ? format(scaled, target) : undefined;
  }
  if (scale - target > MAX_DIGITS) return undefined;
  const divisor = POWERS[scale - target]!;
  const negative = units < 0;
  const magnitude = negative ? -units : units;
  const remainder = magnitude % divisor;
  let quotient = (magnitude - remainder) / divisor;
  if (remainder * 2 >= divisor) quotient += 1;
  return format(negative ? -quotient : quotient, target);
}

/** Half-up to `scale` digits (the only rounding the engine uses). */
export function roundDecimal(value: string, scale: number): string {
  if (Number.isInteger(scale) && scale >= 0 && scale <= MAX_DIGITS && parse(value)) {
    const rounded = roundUnits(parsedUnits, parsedScale, scale);
    if (rounded !== undefined) return rounded;
  }
  return canonical.roundDecimal(value, scale);
}

/** roundDecimal(multiplyDecimals(a, b), scale) without the intermediate text. */
export function multiplyRounded(a: string, b: string, scale: number): string {
  if (Number.isInteger(scale) && scale >= 0 && scale <= MAX_DIGITS && parse(a)) {
    const unitsA = parsedUnits;
    const scaleA = parsedScale;
    if (parse(b)) {
      const product = unitsA * parsedUnits;
      const rounded = Number.isSafeInteger(product) ? roundUnits(product, scaleA + parsedScale, scale) : undefined;
      if (rounded !== undefined) return rounded;
    }
  }
  return roundDecimal(multiplyDecimals(a, b), scale);
}
