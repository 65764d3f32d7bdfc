import { describe, expect, it } from 'vitest';
import type { Credit, Return } from '../../canonical/index.js';
import { inputs, only, purchaseOrder } from '../test-fixtures.js';

const po = purchaseOrder([['1', 'WID-10', '10', 'CA', '12.50']]);
const returned = (patch: Partial<Return> = {}): Return => ({
  kind: 'return',
  source: { kind: 'connector', connector: 'erp', stream: 'returns', recordId: 'RMA-1' },
  partner: { id: 3 },
  channel: 'edi',
  status: 'received',
  returnNumber: 'RMA-1',
  poNumber: 'PO-1',
  dates: [{ qualifier: 'receipt', date: { value: '2026-12-05T12:00Z', precision: 'minute' } }],
  lines: [{ lineNumber: '1', poLineNumber: '1', product: { sku: 'WID-10' }, quantity: { value: '2', uom: 'CA' } }],
  ...patch,
});
const credit: Credit = { kind: 'credit', source: { kind: 'manual', by: 'jdoe' }, partner: { id: 3 }, channel: 'edi', adjustment: 'credit', creditNumber: 'CM-1', returnNumber: 'RMA-1', totals: { total: { amount: '25.00' } } };

describe('return-without-credit', () => {
  it('flags a received return with no credit, valued at the order price', () => {
    expect(only('return-without-credit', inputs(po, returned()))).toMatchObject([{ lineKey: 'return:RMA-1', owner: 'finance', moneyAtRisk: { amount: '25.00' } }]);
  });

  it('is quiet with a credit quoting the return, and for returns not yet received', () => {
    expect(only('return-without-credit', inputs(po, returned(), credit))).toEqual([]);
    expect(only('return-without-credit', inputs(po, returned({ status: 'authorized' })))).toEqual([]);
  });

  it('is due exactly creditWithinHours after receipt', () => {
    expect(only('return-without-credit', inputs(po, returned()), { creditWithinHours: 48 }, '2026-12-07T12:00:00.000Z')).toEqual([]);
    expect(only('return-without-credit', inputs(po, returned()), { creditWithinHours: 48 }, '2026-12-07T12:00:00.001Z')).toHaveLength(1);
  });

  it('cannot judge a return with no receipt date and no time', () => {
    expect(only('return-without-credit', inputs(po, returned({ dates: [] })))).toEqual([]);
  });
});
