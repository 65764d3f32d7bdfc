/**
 * Invoiced vs shipped per order line, summed over the thread's invoices and shipments (ASNs, else warehouse
 * shipments), beyond the partner's quantity tolerance. Lines not invoiced yet are not judged here: partial invoicing
 * of partial shipments is normal.
 */
import { evidenceList } from '../evidence.js';
import { difference, quantityValue, quantityWithin } from '../measure.js';
import type { Mismatch } from '../types.js';
import { mismatch, type Rule } from './rule.js';
import { extend } from '../measure.js';

export const invoiceQtyVsShipped: Rule = {
  type: 'invoice-qty-vs-shipped',
  scope: 'order',
  evaluate(view) {
    if (view.invoices.length === 0 || (view.asns.length + view.warehouseShipments.length) === 0) return [];
    const shipped = view.shippedTotals;
    const found: Mismatch[] = [];
    // one finding per key at most, sorted by id afterwards: the map's order will do
    for (const invoiced of view.invoicedTotals.values()) {
      const total = shipped.get(invoiced.key);
      if (!invoiced.comparable || (total && (!total.comparable || total.uom !== invoiced.uom))) continue;
      const shippedQuantity = total?.quantity ?? '0';
      if (quantityWithin(shippedQuantity, invoiced.quantity, view.settings)) continue;
      const price = invoiced.unitPrices[0]?.price ?? view.matcher.orderLine(invoiced.key)?.unitPrice;
      found.push(
        mismatch(view.thread, {
          type: 'invoice-qty-vs-shipped',
          lineKey: invoiced.key,
          severity: 'medium',
          owner: 'finance',
          summary: `${invoiced.key}: invoiced ${invoiced.quantity} ${invoiced.uom}, shipped ${shippedQuantity}`,
          expected: quantityValue(shippedQuantity, invoiced.uom),
          actual: quantityValue(invoiced.quantity, invoiced.uom),
          evidence: evidenceList([...invoiced.sources, ...(total?.sources ?? [])]),
          moneyAtRisk: price !== undefined ? extend(difference(invoiced.quantity, shippedQuantity), price) : null,
          currency: view.currency,
        }),
      );
    }
    return found;
  },
};
