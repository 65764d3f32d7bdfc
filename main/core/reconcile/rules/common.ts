/** Helpers the order rules share: values of lines and orders, prices in the order line's unit, SLA deadlines. */
import { addDecimals, multiplyDecimals } from '../decimal.js';
import type { OrderLineState } from '../lines.js';
import { extend, inUnitOfProduct } from '../measure.js';
import { formatInstant, HOUR_MS } from '../time.js';
import type { ThreadView } from '../view.js';

/** quantity (in the order line's unit) × the order line's price; null without a price. */
export function valueOf(line: OrderLineState | undefined, quantity: string): string | null {
  return line?.unitPrice !== undefined ? extend(quantity, line.unitPrice) : null;
}

/** The order's value after changes, or null when no line has a price. */
export function orderValue(view: ThreadView): string | null {
  let total: string | null = null;
  for (const line of view.matcher.lines) {
    const value = valueOf(line, line.quantity);
    if (value !== null) total = total === null ? value : addDecimals(total, value);
  }
  return total;
}

/**
 * A price quoted per `uom` expressed per the order line's unit: an ERP price per EA against a PO line in CA is
 * multiplied by 12. undefined when no conversion links the units.
 */
export function pricePerOrderUnit(view: ThreadView, line: OrderLineState, price: string, uom: string): string | undefined {
  const perOrderUnit = inUnitOfProduct(view.items, view.partnerId, line.productKey, '1', line.uom, uom);
  if (perOrderUnit === undefined) return undefined;
  return perOrderUnit === '1' ? price : multiplyDecimals(price, perOrderUnit);
}

export function deadline(startMs: number, hours: number): number {
  return startMs + hours * HOUR_MS;
}

export function at(ms: number): string {
  return formatInstant(ms);
}
