/** An order the partner sent that is still not in the ERP once `erpOrderWithinHours` have passed since it arrived. */
import { evidenceOf } from '../evidence.js';
import { instantValue, noValue } from '../measure.js';
import { timeOf } from '../view.js';
import { at, deadline, orderValue } from './common.js';
import { mismatch, type Rule } from './rule.js';

export const orderMissingInErp: Rule = {
  type: 'order-missing-in-erp',
  scope: 'order',
  evaluate(view) {
    const order = view.purchaseOrders.at(-1);
    if (!order || view.erpOrders.length > 0) return [];
    const received = timeOf(order, 'end');
    if (Number.isNaN(received)) return [];
    const due = deadline(received, view.settings.erpOrderWithinHours);
    if (view.now <= due) return [];
    return [
      mismatch(view.thread, {
        type: 'order-missing-in-erp',
        lineKey: null,
        severity: 'high',
        owner: 'sales',
        summary: `PO ${order.document.poNumber} is not in the ERP ${view.settings.erpOrderWithinHours} h after it arrived`,
        expected: instantValue(`ERP sales order by ${at(due)}`, at(due)),
        actual: noValue('no ERP sales order'),
        evidence: [evidenceOf(order)],
        moneyAtRisk: orderValue(view),
        currency: view.currency,
      }),
    ];
  },
};
