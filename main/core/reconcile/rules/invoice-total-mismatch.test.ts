import { describe, expect, it } from 'vitest';
import type { Invoice } from '../../canonical/index.js';
import { inputs, invoice, only } from '../test-fixtures.js';

/** 2 × 10.00 + 5 × 3.00 = 35.00, + 5.00 freight − 1.75 allowance + 2.80 tax = 41.05 */
const withTotal = (total: string, patch: Partial<Invoice> = {}) =>
  invoice('I-1', [['1', 'WID-10', '2', 'CA', '10.00'], ['2', 'GAD-02', '5', 'EA', '3.00']], {
    allowancesCharges: [{ type: 'charge', amount: { amount: '5.00' } }, { type: 'allowance', amount: { amount: '1.75' } }],
    taxes: [{ type: 'sales', amount: { amount: '2.80' } }],
    totals: { total: { amount: total, currency: 'USD' } },
    ...patch,
  });

describe('invoice-total-mismatch', () => {
  it('flags a stated total that lines, charges, allowances and taxes do not make', () => {
    expect(only('invoice-total-mismatch', inputs(withTotal('42.05')))).toMatchObject([
      { lineKey: 'invoice:I-1', expected: { value: { amount: '41.05' } }, actual: { value: { amount: '42.05' } }, moneyAtRisk: { amount: '1.00', currency: 'USD' } },
    ]);
  });

  it('allows rounding up to moneyAmount, exactly at the limit', () => {
    expect(only('invoice-total-mismatch', inputs(withTotal('41.06')), { moneyAmount: '0.01' })).toEqual([]);
    expect(only('invoice-total-mismatch', inputs(withTotal('41.07')), { moneyAmount: '0.01' })).toHaveLength(1);
  });

  it('prefers line amounts and stated charge/allowance/tax totals when present', () => {
    const stated = withTotal('50.00', { totals: { total: { amount: '50.00' }, chargeTotal: { amount: '14.00' }, allowanceTotal: { amount: '0' }, taxTotal: { amount: '1.00' } } });
    expect(only('invoice-total-mismatch', inputs(stated))).toEqual([]);
  });

  it('cannot judge an invoice without a stated total or without priced lines', () => {
    expect(only('invoice-total-mismatch', inputs(withTotal('1', { totals: {} })))).toEqual([]);
    const unpriced = withTotal('41.05');
    delete unpriced.lines![1]!.unitPrice;
    expect(only('invoice-total-mismatch', inputs(unpriced))).toEqual([]);
  });
});
