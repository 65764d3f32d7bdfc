/** Which credit settles which return, and what a return is worth: the two questions of the return rules. */
import type { Credit, Return } from '../../canonical/index.js';
import { addDecimals } from '../decimal.js';
import { extend, inUnitOfProduct } from '../measure.js';
import type { Entry, ThreadView } from '../view.js';

/** Credits quoting the return's number; a credit quoting no return settles a return of the same invoice (or the thread's only return). */
export function creditsFor(view: ThreadView, ret: Entry<Return>): Entry<Credit>[] {
  return view.credits.filter((credit) => {
    if (credit.document.returnNumber) return credit.document.returnNumber === ret.document.returnNumber;
    if (credit.document.invoiceNumber && ret.document.invoiceNumber) return credit.document.invoiceNumber === ret.document.invoiceNumber;
    return view.returns.length === 1;
  });
}

/** Σ returned quantity × price (the return line's, else the order line's in its unit); undefined when a line has no price. */
export function returnedValue(view: ThreadView, ret: Return): string | undefined {
  let total = '0';
  for (const line of ret.lines) {
    if (line.unitPrice) {
      total = addDecimals(total, extend(line.quantity.value, line.unitPrice.amount));
      continue;
    }
    const matched = view.matcher.match(line);
    const orderLine = matched.orderLine;
    if (!orderLine?.unitPrice) return undefined;
    const quantity = inUnitOfProduct(view.items, view.partnerId, orderLine.productKey, line.quantity.value, line.quantity.uom, orderLine.uom);
    if (quantity === undefined) return undefined;
    total = addDecimals(total, extend(quantity, orderLine.unitPrice));
  }
  return total;
}

/** The credit's amount: its stated total, else its lines (amount, else quantity × price); undefined without either. */
export function creditAmount(credit: Credit): string | undefined {
  if (credit.totals?.total) return credit.totals.total.amount;
  let total = '0';
  for (const line of credit.lines ?? []) {
    const amount = line.amount?.amount ?? (line.unitPrice && line.quantity ? extend(line.quantity.value, line.unitPrice.amount) : undefined);
    if (amount === undefined) return undefined;
    total = addDecimals(total, amount);
  }
  return credit.lines?.length ? total : undefined;
}
