/** Money arithmetic over the canonical `{ amount, currency? }`, refusing to mix currencies rather than guessing a rate. */
import type { Money } from './common.js';
import { addDecimals, compareDecimals, DecimalError, multiplyDecimals, roundDecimal, type RoundingMode } from './decimal.js';

/**
 * The sum of amounts in one currency. An amount without a currency takes the document's (`fallbackCurrency`); two
 * different currencies throw, because a total across them means nothing without a rate.
 */
export function sumMoney(amounts: readonly Money[], fallbackCurrency?: string): Money {
  let total = '0';
  let currency = fallbackCurrency;
  for (const money of amounts) {
    const own = money.currency ?? fallbackCurrency;
    if (own && currency && own !== currency) throw new DecimalError(`cannot add ${own} to ${currency}`);
    currency = currency ?? own;
    total = addDecimals(total, money.amount);
  }
  return currency ? { amount: total, currency } : { amount: total };
}

/** unit price × quantity, rounded to `scale` (2 by default: cents). */
export function extendPrice(unitPrice: Money, quantity: string, scale = 2, mode: RoundingMode = 'half-up'): Money {
  const amount = roundDecimal(multiplyDecimals(unitPrice.amount, quantity), scale, mode);
  return unitPrice.currency ? { amount, currency: unitPrice.currency } : { amount };
}

/** Equal amounts ('12.5' = '12.50') in the same currency; a missing currency matches any. */
export function moneyEquals(a: Money, b: Money): boolean {
  if (a.currency && b.currency && a.currency !== b.currency) return false;
  return compareDecimals(a.amount, b.amount) === 0;
}
