import { describe, expect, it } from 'vitest';
import { DecimalError } from './decimal.js';
import { extendPrice, moneyEquals, sumMoney } from './money.js';
import { sampleInvoice } from './samples.js';

describe('money', () => {
  it('sums in one currency, taking the document currency for amounts without one', () => {
    expect(sumMoney([{ amount: '0.10' }, { amount: '0.20', currency: 'USD' }])).toEqual({ amount: '0.30', currency: 'USD' });
    expect(sumMoney([{ amount: '1' }, { amount: '2.5' }])).toEqual({ amount: '3.5' });
    expect(sumMoney([], 'EUR')).toEqual({ amount: '0', currency: 'EUR' });
    expect(() => sumMoney([{ amount: '1', currency: 'USD' }, { amount: '1', currency: 'EUR' }])).toThrow(/cannot add EUR to USD/);
    expect(() => sumMoney([{ amount: '1' }], 'USD').amount).not.toThrow();
    expect(() => sumMoney([{ amount: '1', currency: 'CAD' }], 'USD')).toThrow(DecimalError);
  });

  it('extends prices to cents and reproduces the sample invoice lines', () => {
    expect(extendPrice({ amount: '3.333', currency: 'USD' }, '3')).toEqual({ amount: '10.00', currency: 'USD' });
    expect(extendPrice({ amount: '0.125' }, '1')).toEqual({ amount: '0.13' });
    expect(extendPrice({ amount: '0.125' }, '1', 2, 'half-even')).toEqual({ amount: '0.12' });
    for (const line of sampleInvoice.lines ?? []) expect(moneyEquals(extendPrice(line.unitPrice!, line.quantity.value), line.amount!)).toBe(true);
    expect(sumMoney((sampleInvoice.lines ?? []).map((line) => line.amount!), sampleInvoice.currency)).toEqual({ amount: '170.00', currency: 'USD' });
  });

  it('compares amounts by value and currency', () => {
    expect(moneyEquals({ amount: '12.5' }, { amount: '12.50', currency: 'USD' })).toBe(true);
    expect(moneyEquals({ amount: '12.5', currency: 'EUR' }, { amount: '12.50', currency: 'USD' })).toBe(false);
    expect(moneyEquals({ amount: '12.51' }, { amount: '12.5' })).toBe(false);
  });
});
