/** An invoice line's unit price vs the PO line's (after changes), beyond the partner's `pricePercent`. */
import { multiplyDecimals, roundDecimal } from '../decimal.js';
import { evidenceList } from '../evidence.js';
import { difference, moneyValue, percentWithin } from '../measure.js';
import type { Mismatch } from '../types.js';
import { pricePerOrderUnit } from './common.js';
import { mismatch, type Rule } from './rule.js';

export const invoicePriceVsPo: Rule = {
  type: 'invoice-price-vs-po',
  scope: 'order',
  evaluate(view) {
    const order = view.referenceOrder;
    if (!order) return [];
    const found: Mismatch[] = [];
    for (const invoice of view.invoices) {
      const seen = new Set<string>();
      for (const line of invoice.document.lines ?? []) {
        const matched = view.matcher.match(line);
        const orderLine = matched.orderLine;
        if (!orderLine || orderLine.unitPrice === undefined || !line.unitPrice || seen.has(matched.key)) continue;
        seen.add(matched.key);
        const invoicePrice = pricePerOrderUnit(view, orderLine, line.unitPrice.amount, line.quantity.uom);
        if (invoicePrice === undefined || percentWithin(orderLine.unitPrice, invoicePrice, view.settings.pricePercent)) continue;
        const currency = line.unitPrice.currency ?? invoice.document.currency ?? orderLine.currency;
        found.push(
          mismatch(view.thread, {
            type: 'invoice-price-vs-po',
            lineKey: `${invoice.document.invoiceNumber}/${matched.key}`,
            severity: 'medium',
            owner: 'finance',
            summary: `Invoice ${invoice.document.invoiceNumber} ${matched.key}: price ${invoicePrice} vs PO ${orderLine.unitPrice} per ${orderLine.uom} (tolerance ${view.settings.pricePercent} %)`,
            expected: moneyValue(orderLine.unitPrice, currency),
            actual: moneyValue(invoicePrice, currency),
            evidence: evidenceList([order, invoice]),
            moneyAtRisk: roundDecimal(multiplyDecimals(difference(invoicePrice, orderLine.unitPrice), line.quantity.value), 2),
            currency,
          }),
        );
      }
    }
    return found;
  },
};
