/**
 * The quantity the partner ordered (after its changes) vs the quantity on the ERP order, per order line in the order
 * line's unit, beyond the partner's quantity tolerance. Lines on one side only count as ordered 0 on the other.
 */
import { evidenceList } from '../evidence.js';
import type { LineTotal } from '../lines.js';
import { difference, quantityValue, quantityWithin } from '../measure.js';
import type { Mismatch } from '../types.js';
import { valueOf } from './common.js';
import { mismatch, type Rule } from './rule.js';

export const qtyMismatch: Rule = {
  type: 'qty-mismatch',
  scope: 'order',
  evaluate(view) {
    const order = view.purchaseOrders.at(-1);
    const erp = view.erpOrders.at(-1);
    if (!order || !erp) return [];
    const erpTotals = new Map<string, LineTotal>();
    for (const line of erp.document.lines) view.matcher.addTo(erpTotals, line, erp);
    const found: Mismatch[] = [];
    // each key once (findings are sorted by id afterwards, so the walk's order does not matter)
    const keys = new Set<string>();
    for (const line of view.matcher.lines) keys.add(line.key);
    for (const key of erpTotals.keys()) keys.add(key);
    for (const key of keys) {
      const orderLine = view.matcher.orderLine(key);
      const total = erpTotals.get(key);
      if (total && !total.comparable) continue;
      const ordered = orderLine?.quantity ?? '0';
      const entered = total?.quantity ?? '0';
      if (quantityWithin(ordered, entered, view.settings)) continue;
      const uom = orderLine?.uom ?? total?.uom ?? '';
      const changes = view.changes.filter(() => view.referenceOrder === order);
      found.push(
        mismatch(view.thread, {
          type: 'qty-mismatch',
          lineKey: key,
          severity: 'medium',
          owner: 'sales',
          summary: `${key} of PO ${order.document.poNumber}: ERP quantity ${entered} vs ordered ${ordered} ${uom}`,
          expected: quantityValue(ordered, uom),
          actual: quantityValue(entered, uom),
          evidence: evidenceList([order, ...changes, erp]),
          moneyAtRisk: valueOf(orderLine, difference(ordered, entered)),
          currency: orderLine?.currency ?? view.currency,
        }),
      );
    }
    return found;
  },
};
