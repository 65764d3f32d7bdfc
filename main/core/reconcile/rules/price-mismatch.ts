/** The partner's PO price vs the ERP order's price, line by line, beyond the partner's `pricePercent`. */
import { multiplyDecimals, roundDecimal } from '../decimal.js';
import { evidenceOf } from '../evidence.js';
import { difference, moneyValue, percentWithin } from '../measure.js';
import type { Mismatch } from '../types.js';
import { pricePerOrderUnit } from './common.js';
import { mismatch, type Rule } from './rule.js';

export const priceMismatch: Rule = {
  type: 'price-mismatch',
  scope: 'order',
  evaluate(view) {
    const order = view.purchaseOrders.at(-1);
    const erp = view.erpOrders.at(-1);
    if (!order || !erp) return [];
    const found: Mismatch[] = [];
    const seen = new Set<string>();
    for (const line of erp.document.lines) {
      const matched = view.matcher.match(line);
      const orderLine = matched.orderLine;
      if (!orderLine || orderLine.unitPrice === undefined || !line.unitPrice || seen.has(matched.key)) continue;
      seen.add(matched.key);
      const erpPrice = pricePerOrderUnit(view, orderLine, line.unitPrice.amount, line.quantity.uom);
      if (erpPrice === undefined || percentWithin(orderLine.unitPrice, erpPrice, view.settings.pricePercent)) continue;
      const currency = orderLine.currency ?? line.unitPrice.currency ?? view.currency;
      found.push(
        mismatch(view.thread, {
          type: 'price-mismatch',
          lineKey: matched.key,
          severity: 'medium',
          owner: 'sales',
          summary: `${matched.key} of PO ${order.document.poNumber}: ERP price ${erpPrice} vs PO price ${orderLine.unitPrice} per ${orderLine.uom} (tolerance ${view.settings.pricePercent} %)`,
          expected: moneyValue(orderLine.unitPrice, currency),
          actual: moneyValue(erpPrice, currency),
          evidence: [evidenceOf(order), evidenceOf(erp)],
          moneyAtRisk: roundDecimal(multiplyDecimals(difference(erpPrice, orderLine.unitPrice), orderLine.quantity), 2),
          currency,
        }),
      );
    }
    return found;
  },
};
