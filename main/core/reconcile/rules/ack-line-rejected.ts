/** Our latest order acknowledgment rejects the order or some of its lines (ACK IR, ORDRSP status rejected). */
import { addDecimals } from '../decimal.js';
import { evidenceOf } from '../evidence.js';
import { inUnitOfProduct, quantityValue, textValue } from '../measure.js';
import { orderValue, valueOf } from './common.js';
import { mismatch, type Rule } from './rule.js';
import type { Evidence, Mismatch } from '../types.js';
import type { Entry, ThreadView } from '../view.js';
import type { OrderAck } from '../../canonical/index.js';

/** Built only for a finding: labels are text, and nearly every thread has none. */
function evidenceFor(view: ThreadView, ack: Entry<OrderAck>): Evidence[] {
  return [evidenceOf(ack), ...(view.referenceOrder ? [evidenceOf(view.referenceOrder)] : [])];
}

function rejectsSome(statuses: readonly { status: string }[]): boolean {
  for (const status of statuses) if (status.status === 'rejected') return true;
  return false;
}

export const ackLineRejected: Rule = {
  type: 'ack-line-rejected',
  scope: 'order',
  evaluate(view) {
    const ack = view.acks.at(-1);
    if (!ack) return [];
    const found: Mismatch[] = [];
    if (ack.document.status === 'rejected') {
      found.push(
        mismatch(view.thread, {
          type: 'ack-line-rejected',
          lineKey: 'order',
          severity: 'high',
          owner: 'sales',
          summary: `Our acknowledgment rejects PO ${ack.document.poNumber} as a whole`,
          expected: textValue('order accepted'),
          actual: textValue(`order rejected${ack.document.statusCode ? ` (${ack.document.statusCode})` : ''}`),
          evidence: evidenceFor(view, ack),
          moneyAtRisk: orderValue(view),
          currency: view.currency,
        }),
      );
    }
    for (const line of ack.document.lines ?? []) {
      if (!rejectsSome(line.statuses)) continue;
      const rejected = line.statuses.filter((status) => status.status === 'rejected');
      const matched = view.matcher.match(line);
      const uom = matched.orderLine?.uom ?? line.orderedQuantity?.uom ?? rejected.find((status) => status.quantity)?.quantity?.uom ?? '';
      let quantity: string | undefined = '0';
      for (const status of rejected) {
        const amount = status.quantity ?? line.orderedQuantity;
        const converted = amount ? inUnitOfProduct(view.items, view.partnerId, matched.productKey, amount.value, amount.uom, uom) : undefined;
        quantity = quantity !== undefined && converted !== undefined ? addDecimals(quantity, converted) : undefined;
      }
      const ordered = matched.orderLine?.quantity ?? line.orderedQuantity?.value;
      const shown = quantity ?? ordered ?? '?';
      found.push(
        mismatch(view.thread, {
          type: 'ack-line-rejected',
          lineKey: matched.key,
          severity: 'medium',
          owner: 'sales',
          summary: `Our acknowledgment rejects ${shown} ${uom} on ${matched.key} of PO ${ack.document.poNumber}`,
          expected: quantityValue(ordered ?? '?', uom),
          actual: { text: `${shown} ${uom} rejected${rejected[0]?.code ? ` (${rejected[0].code})` : ''}`, value: { kind: 'quantity', value: shown, uom } },
          evidence: evidenceFor(view, ack),
          moneyAtRisk: quantity !== undefined ? valueOf(matched.orderLine, quantity) : null,
          currency: view.currency,
        }),
      );
    }
    return found;
  },
};
