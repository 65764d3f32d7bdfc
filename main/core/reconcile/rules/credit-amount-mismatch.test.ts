import { describe, expect, it } from 'vitest';
import type { Credit, Return } from '../../canonical/index.js';
import { inputs, only, purchaseOrder } from '../test-fixtures.js';

const po = purchaseOrder([['1', 'WID-10', '10', 'CA', '12.50']]);
const returned = (price?: string): Return => ({
  kind: 'return',
  source: { kind: 'connector', connector: 'erp', stream: 'returns', recordId: 'RMA-1' },
  partner: { id: 3 },
  channel: 'edi',
  status: 'received',
  returnNumber: 'RMA-1',
  poNumber: 'PO-1',
  lines: [{ lineNumber: '1', product: { sku: 'WID-10' }, quantity: { value: '24', uom: 'EA' }, ...(price ? { unitPrice: { amount: price } } : {}) }],
});
const credit = (amount: string, creditNumber = 'CM-1'): Credit => ({ kind: 'credit', source: { kind: 'manual', by: 'jdoe' }, partner: { id: 3 }, channel: 'edi', adjustment: 'credit', creditNumber, returnNumber: 'RMA-1', totals: { total: { amount, currency: 'USD' } } });

describe('credit-amount-mismatch', () => {
  it('flags a credit below the returned value (24 EA = 2 CA × 12.50 at the PO price)', () => {
    expect(only('credit-amount-mismatch', inputs(po, returned(), credit('20.00')))).toMatchObject([
      { lineKey: 'return:RMA-1', owner: 'finance', expected: { value: { amount: '25.00' } }, actual: { value: { amount: '20.00' } }, moneyAtRisk: { amount: '5.00', currency: 'USD' } },
    ]);
  });

  it('sums several credits for one return, and uses the return line price when it has one', () => {
    expect(only('credit-amount-mismatch', inputs(po, returned(), credit('10.00'), credit('15.00', 'CM-2')))).toEqual([]);
    expect(only('credit-amount-mismatch', inputs(po, returned('1.00'), credit('24.00')))).toEqual([]);
  });

  it('allows moneyAmount of rounding, exactly at the limit', () => {
    expect(only('credit-amount-mismatch', inputs(po, returned(), credit('24.99')), { moneyAmount: '0.01' })).toEqual([]);
    expect(only('credit-amount-mismatch', inputs(po, returned(), credit('24.98')), { moneyAmount: '0.01' })).toHaveLength(1);
  });

  it('cannot value a return without any price, and has nothing to compare without a credit', () => {
    expect(only('credit-amount-mismatch', inputs(purchaseOrder([['1', 'WID-10', '10', 'CA']]), returned(), credit('1.00')))).toEqual([]);
    expect(only('credit-amount-mismatch', inputs(po, returned()))).toEqual([]);
  });
});
