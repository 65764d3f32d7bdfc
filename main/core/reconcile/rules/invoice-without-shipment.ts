/** An invoice in a thread where nothing has shipped (no ASN, no warehouse shipment). */
import { evidenceList } from '../evidence.js';
import { noValue, textValue } from '../measure.js';
import type { Mismatch } from '../types.js';
import { invoiceTotal } from './invoice-total-mismatch.js';
import { mismatch, type Rule } from './rule.js';

export const invoiceWithoutShipment: Rule = {
  type: 'invoice-without-shipment',
  scope: 'order',
  evaluate(view) {
    if ((view.asns.length + view.warehouseShipments.length) > 0) return [];
    const found: Mismatch[] = [];
    for (const invoice of view.invoices) {
      const total = invoiceTotal(invoice.document);
      found.push(
        mismatch(view.thread, {
          type: 'invoice-without-shipment',
          lineKey: `invoice:${invoice.document.invoiceNumber}`,
          severity: 'high',
          owner: 'finance',
          summary: `Invoice ${invoice.document.invoiceNumber} bills goods no shipment record shows leaving`,
          expected: textValue('a shipment (ASN or warehouse) before the invoice'),
          actual: noValue('no shipment'),
          evidence: evidenceList([invoice, ...(view.referenceOrder ? [view.referenceOrder] : [])]),
          moneyAtRisk: total?.amount ?? null,
          currency: total?.currency ?? view.currency,
        }),
      );
    }
    return found;
  },
};
