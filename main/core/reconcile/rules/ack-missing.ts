/** An EDI order without our order acknowledgment (855 / ORDRSP) once `orderAckWithinHours` have passed. */
import { evidenceOf } from '../evidence.js';
import { instantValue, noValue } from '../measure.js';
import { timeOf } from '../view.js';
import { at, deadline } from './common.js';
import { mismatch, type Rule } from './rule.js';

export const ackMissing: Rule = {
  type: 'ack-missing',
  scope: 'order',
  evaluate(view) {
    const order = view.purchaseOrders.at(-1);
    if (!order || order.document.channel !== 'edi' || view.acks.length > 0) return [];
    const received = timeOf(order, 'end');
    if (Number.isNaN(received)) return [];
    const due = deadline(received, view.settings.orderAckWithinHours);
    if (view.now <= due) return [];
    return [
      mismatch(view.thread, {
        type: 'ack-missing',
        lineKey: null,
        severity: 'medium',
        owner: 'edi',
        chargebackRisk: true,
        summary: `PO ${order.document.poNumber} has no order acknowledgment ${view.settings.orderAckWithinHours} h after it arrived`,
        expected: instantValue(`order acknowledgment by ${at(due)}`, at(due)),
        actual: noValue('no order acknowledgment'),
        evidence: [evidenceOf(order)],
      }),
    ];
  },
};
