/** More shipped than ordered (after changes) on an order line, beyond the partner's quantity tolerance; goods not ordered at all. */
import { subtractDecimals } from '../decimal.js';
import { evidenceList } from '../evidence.js';
import { greater, quantityValue, quantityWithin } from '../measure.js';
import type { Mismatch } from '../types.js';
import { valueOf } from './common.js';
import { mismatch, type Rule } from './rule.js';

export const overShipment: Rule = {
  type: 'over-shipment',
  scope: 'order',
  evaluate(view) {
    if (!view.referenceOrder) return [];
    const found: Mismatch[] = [];
    // one finding per key at most, sorted by id afterwards: the map's order will do
    for (const total of view.shippedTotals.values()) {
      if (!total.comparable) continue;
      const orderLine = view.matcher.orderLine(total.key);
      const ordered = orderLine?.quantity ?? '0';
      if (!greater(total.quantity, ordered) || quantityWithin(ordered, total.quantity, view.settings)) continue;
      const excess = subtractDecimals(total.quantity, ordered);
      found.push(
        mismatch(view.thread, {
          type: 'over-shipment',
          lineKey: total.key,
          severity: 'medium',
          owner: 'warehouse',
          chargebackRisk: true,
          summary: orderLine ? `${total.key}: shipped ${total.quantity} ${total.uom}, ordered ${ordered}` : `${total.key} was shipped but is not on the order`,
          expected: quantityValue(ordered, total.uom),
          actual: quantityValue(total.quantity, total.uom),
          evidence: evidenceList([view.referenceOrder, ...total.sources]),
          moneyAtRisk: valueOf(orderLine, excess),
          currency: view.currency,
        }),
      );
    }
    return found;
  },
};
