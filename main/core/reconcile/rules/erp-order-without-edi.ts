/** An ERP order for an EDI customer (channel 'edi') with no partner order once `ediOrderWithinHours` have passed. */
import { evidenceOf } from '../evidence.js';
import { instantValue, noValue } from '../measure.js';
import { timeOf } from '../view.js';
import { at, deadline, orderValue } from './common.js';
import { mismatch, type Rule } from './rule.js';

export const erpOrderWithoutEdi: Rule = {
  type: 'erp-order-without-edi',
  scope: 'order',
  evaluate(view) {
    if (view.purchaseOrders.length > 0) return [];
    const order = view.erpOrders.filter((entry) => entry.document.channel === 'edi').at(-1);
    if (!order) return [];
    const entered = timeOf(order, 'end');
    if (Number.isNaN(entered)) return [];
    const due = deadline(entered, view.settings.ediOrderWithinHours);
    if (view.now <= due) return [];
    return [
      mismatch(view.thread, {
        type: 'erp-order-without-edi',
        lineKey: null,
        severity: 'medium',
        owner: 'sales',
        summary: `ERP order ${order.document.orderNumber ?? order.document.poNumber} for an EDI partner has no EDI order`,
        expected: instantValue(`EDI order PO ${order.document.poNumber} by ${at(due)}`, at(due)),
        actual: noValue('no EDI order'),
        evidence: [evidenceOf(order)],
        moneyAtRisk: orderValue(view),
        currency: view.currency,
      }),
    ];
  },
};
