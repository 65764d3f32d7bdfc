/**
 * Less shipped than ordered (after changes, less what our ack rejected) on an order line, beyond the partner's
 * quantity tolerance. Judged once the order is invoiced or its cancel-after / requested-delivery date has passed, so
 * shipments still on their way are not flagged; a backorder our ack promised for a date still ahead covers its part.
 */
import { addDecimals, subtractDecimals } from '../decimal.js';
import { evidenceList } from '../evidence.js';
import { add, compare, inUnitOfProduct, quantityValue, quantityWithin, subtract } from '../measure.js';
import { instantOf } from '../time.js';
import type { Mismatch } from '../types.js';
import { eventTime, type ThreadView } from '../view.js';
import { valueOf } from './common.js';
import { mismatch, type Rule } from './rule.js';

function orderIsDue(view: ThreadView): boolean {
  if (view.invoices.length > 0) return true;
  const order = view.referenceOrder?.document;
  if (!order) return false;
  const closing = [eventTime(order, 'cancel-after', 'end'), eventTime(order, 'requested-delivery', 'end')].filter((time) => !Number.isNaN(time));
  return closing.length > 0 && view.now > Math.min(...closing);
}

/** Quantities the latest ack rejected, and backordered for a date still ahead, per order line. */
type Shortfall = { rejected: string; backordered: string };
const NOTHING_ACKED: Readonly<Shortfall> = Object.freeze({ rejected: '0', backordered: '0' });
const NO_SHORTFALLS: ReadonlyMap<string, Shortfall> = new Map();

/** Only lines with something rejected or backordered get an entry: a missing one counts as NOTHING_ACKED, '0' and '0'. */
function ackedShortfalls(view: ThreadView): ReadonlyMap<string, Shortfall> {
  let result: Map<string, Shortfall> | undefined;
  const ack = view.acks.at(-1);
  for (const line of ack?.document.lines ?? []) {
    const matched = view.matcher.match(line);
    if (!matched.orderLine) continue;
    for (const status of line.statuses) {
      const amount = status.quantity;
      if (!amount || (status.status !== 'rejected' && status.status !== 'backordered')) continue;
      const converted = inUnitOfProduct(view.items, view.partnerId, matched.orderLine.productKey, amount.value, amount.uom, matched.orderLine.uom);
      if (converted === undefined) continue;
      const promisedAhead = status.status === 'backordered' && (!status.date || instantOf(status.date, 'end') >= view.now);
      if (status.status === 'rejected' || promisedAhead) {
        result ??= new Map();
        let entry = result.get(matched.key);
        if (!entry) {
          entry = { rejected: '0', backordered: '0' };
          result.set(matched.key, entry);
        }
        if (status.status === 'rejected') entry.rejected = addDecimals(entry.rejected, converted);
        else entry.backordered = addDecimals(entry.backordered, converted);
      }
    }
  }
  return result ?? NO_SHORTFALLS;
}

export const underShipment: Rule = {
  type: 'under-shipment',
  scope: 'order',
  evaluate(view) {
    const order = view.referenceOrder;
    if (!order || (view.asns.length + view.warehouseShipments.length) === 0 || !orderIsDue(view)) return [];
    const shipped = view.shippedTotals;
    const acked = ackedShortfalls(view);
    const found: Mismatch[] = [];
    for (const line of view.matcher.lines) {
      const total = shipped.get(line.key);
      if (total && !total.comparable) continue;
      const ack = acked.get(line.key) ?? NOTHING_ACKED;
      const expected = subtract(line.quantity, ack.rejected);
      const actual = total?.quantity ?? '0';
      const covered = add(actual, ack.backordered);
      if (compare(covered, expected) >= 0 || quantityWithin(expected, covered, view.settings)) continue;
      found.push(
        mismatch(view.thread, {
          type: 'under-shipment',
          lineKey: line.key,
          severity: 'medium',
          owner: 'warehouse',
          chargebackRisk: true,
          summary: `${line.key}: shipped ${actual} of ${expected} ${line.uom}`,
          expected: quantityValue(expected, line.uom),
          actual: quantityValue(actual, line.uom),
          evidence: evidenceList([order, ...(total?.sources ?? []), ...view.acks.slice(-1)]),
          moneyAtRisk: valueOf(line, subtractDecimals(expected, actual)),
          currency: view.currency,
        }),
      );
    }
    return found;
  },
};
