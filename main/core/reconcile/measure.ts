/**
 * Exact comparisons of quantities and money for the rules: tolerances (units, percent), UOM conversion into a
 * reference unit through the partner's cross-references, and money at risk. Decimal strings only (./decimal.ts: the canonical results without BigInt for short values).
 */
import { absDecimal, addDecimals, compareDecimals, multiplyDecimals, multiplyRounded, subtractDecimals } from './decimal.js';
import { skuOfKey } from './keys.js';
import type { ItemResolver, MismatchValue, PartnerSettings } from './types.js';

const HUNDRED = '100';

export function sameUnit(a: string, b: string): boolean {
  return a === b || a.trim().toUpperCase() === b.trim().toUpperCase();
}

/** inUnit for a line known by its product key ('sku:…'): the SKU is cut out of the key only when the units differ. */
export function inUnitOfProduct(items: ItemResolver, partnerId: number | undefined, productKey: string | undefined, value: string, uom: string, target: string): string | undefined {
  if (sameUnit(uom, target)) return value;
  return items.convert(partnerId, skuOfKey(productKey), value, uom, target);
}

/** `value` of `uom` expressed in `target`, or undefined when the cross-references cannot link the units. */
export function inUnit(items: ItemResolver, partnerId: number | undefined, sku: string | undefined, value: string, uom: string, target: string): string | undefined {
  if (sameUnit(uom, target)) return value;
  return items.convert(partnerId, sku, value, uom, target);
}

/** |actual − expected| ≤ max(units, percent % of expected): at exactly the limit it is still within. */
export function quantityWithin(expected: string, actual: string, settings: Pick<PartnerSettings, 'quantityUnits' | 'quantityPercent'>): boolean {
  if (expected === actual) return true;
  const difference = absDecimal(subtractDecimals(actual, expected));
  if (compareDecimals(difference, '0') === 0) return true;
  if (compareDecimals(difference, settings.quantityUnits) <= 0) return true;
  return compareDecimals(multiplyDecimals(difference, HUNDRED), multiplyDecimals(absDecimal(expected), settings.quantityPercent)) <= 0;
}

/** |actual − expected| ≤ percent % of expected. */
export function percentWithin(expected: string, actual: string, percent: string): boolean {
  if (expected === actual) return true;
  const difference = absDecimal(subtractDecimals(actual, expected));
  if (compareDecimals(difference, '0') === 0) return true;
  return compareDecimals(multiplyDecimals(difference, HUNDRED), multiplyDecimals(absDecimal(expected), percent)) <= 0;
}

export function amountWithin(expected: string, actual: string, allowed: string): boolean {
  if (expected === actual) return true;
  return compareDecimals(absDecimal(subtractDecimals(actual, expected)), allowed) <= 0;
}

/** quantity × price rounded to cents. */
export function extend(quantity: string, price: string): string {
  return multiplyRounded(quantity, price, 2);
}

export function difference(a: string, b: string): string {
  return absDecimal(subtractDecimals(a, b));
}

export function add(a: string, b: string): string {
  // the first term of every sum is '0': skip the arithmetic
  if (a === '0') return b;
  return addDecimals(a, b);
}

export function isZero(value: string): boolean {
  return compareDecimals(value, '0') === 0;
}

export function compare(a: string, b: string): -1 | 0 | 1 {
  if (a === b) return 0;
  return compareDecimals(a, b);
}

export function greater(a: string, b: string): boolean {
  return compare(a, b) > 0;
}

export function subtract(a: string, b: string): string {
  if (b === '0') return a;
  return subtractDecimals(a, b);
}

export function quantityValue(value: string, uom: string): { text: string; value: MismatchValue } {
  return { text: `${value} ${uom}`, value: { kind: 'quantity', value, uom } };
}

export function moneyValue(amount: string, currency: string | null): { text: string; value: MismatchValue } {
  return { text: currency ? `${amount} ${currency}` : amount, value: { kind: 'money', amount, currency } };
}

export function textValue(text: string): { text: string; value: MismatchValue } {
  return { text, value: { kind: 'text', value: text } };
}

export function instantValue(text: string, at: string): { text: string; value: MismatchValue } {
  return { text, value: { kind: 'instant', at } };
}

export function countValue(value: number, noun: string): { text: string; value: MismatchValue } {
  return { text: `${value} ${noun}`, value: { kind: 'count', value } };
}

export const noValue = (text: string): { text: string; value: MismatchValue } => ({ text, value: { kind: 'none' } });
