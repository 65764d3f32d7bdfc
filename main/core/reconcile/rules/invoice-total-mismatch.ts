/**
 * An invoice's stated total vs the total recomputed from its lines (amount, else quantity × price) plus charges,
 * less allowances, plus taxes, beyond the partner's `moneyAmount` rounding allowance.
 */
import type { Invoice, Money } from '../../canonical/index.js';
import { addDecimals, subtractDecimals } from '../decimal.js';
import { evidenceOf } from '../evidence.js';
import { amountWithin, difference, extend, moneyValue } from '../measure.js';
import type { Mismatch } from '../types.js';
import { mismatch, type Rule } from './rule.js';

/** Σ of the adjustments of one type (a loop: most invoices have none, and this runs for every invoice). */
function sumOf(adjustments: readonly { type?: string; amount?: Money | undefined }[] | undefined, type: string | undefined): string {
  let total = '0';
  for (const item of adjustments ?? []) if ((type === undefined || item.type === type) && item.amount) total = addDecimals(total, item.amount.amount);
  return total;
}

/** The stated total, else the recomputed one; undefined when neither can be had. */
export function invoiceTotal(invoice: Pick<Invoice, 'totals' | 'lines' | 'allowancesCharges' | 'taxes' | 'currency'>): { amount: string; currency: string | null } | undefined {
  if (invoice.totals?.total) return { amount: invoice.totals.total.amount, currency: invoice.totals.total.currency ?? invoice.currency ?? null };
  const computed = recomputedTotal(invoice);
  return computed === undefined ? undefined : { amount: computed, currency: invoice.currency ?? null };
}

/** Lines + charges − allowances + taxes; undefined when a line has neither an amount nor a price. */
export function recomputedTotal(invoice: Pick<Invoice, 'totals' | 'lines' | 'allowancesCharges' | 'taxes'>): string | undefined {
  const lines = invoice.lines ?? [];
  if (lines.length === 0) return undefined;
  let lineTotal = '0';
  for (const line of lines) {
    const amount = line.amount?.amount ?? (line.unitPrice ? extend(line.quantity.value, line.unitPrice.amount) : undefined);
    if (amount === undefined) return undefined;
    lineTotal = addDecimals(lineTotal, amount);
  }
  const charges = invoice.totals?.chargeTotal?.amount ?? sumOf(invoice.allowancesCharges, 'charge');
  const allowances = invoice.totals?.allowanceTotal?.amount ?? sumOf(invoice.allowancesCharges, 'allowance');
  const taxes = invoice.totals?.taxTotal?.amount ?? sumOf(invoice.taxes, undefined);
  return addDecimals(subtractDecimals(addDecimals(lineTotal, charges), allowances), taxes);
}

export const invoiceTotalMismatch: Rule = {
  type: 'invoice-total-mismatch',
  scope: 'order',
  evaluate(view) {
    const found: Mismatch[] = [];
    for (const invoice of view.invoices) {
      const stated = invoice.document.totals?.total;
      const computed = recomputedTotal(invoice.document);
      if (!stated || computed === undefined || amountWithin(computed, stated.amount, view.settings.moneyAmount)) continue;
      const currency = stated.currency ?? invoice.document.currency ?? view.currency;
      found.push(
        mismatch(view.thread, {
          type: 'invoice-total-mismatch',
          lineKey: `invoice:${invoice.document.invoiceNumber}`,
          severity: 'medium',
          owner: 'finance',
          summary: `Invoice ${invoice.document.invoiceNumber} states ${stated.amount}, its lines, charges, allowances and taxes make ${computed}`,
          expected: moneyValue(computed, currency),
          actual: moneyValue(stated.amount, currency),
          evidence: [evidenceOf(invoice)],
          moneyAtRisk: difference(stated.amount, computed),
          currency,
        }),
      );
    }
    return found;
  },
};
