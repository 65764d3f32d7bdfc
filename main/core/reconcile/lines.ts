/**
 * The order's lines as they stand (the reference order with its changes applied) and line-level matching of any
 * other document's line to them: by the order line number it quotes, else by product (through the cross-references),
 * else by its own line number when the products do not contradict. Quantities are summed per order line in the order
 * line's unit, so split lines, partial shipments and several ASNs add up.
 */
import type { Money, Order, OrderChange, ProductIds, Quantity } from '../canonical/index.js';
import { add, inUnitOfProduct } from './measure.js';
import { productKey } from './keys.js';
import type { ItemResolver, ThreadDocument } from './types.js';

export interface OrderLineState {
  key: string;
  lineNumber: string | undefined;
  productKey: string | undefined;
  quantity: string;
  uom: string;
  unitPrice: string | undefined;
  currency: string | null;
  product: ProductIds | undefined;
}

export interface LineTotal {
  key: string;
  /** in `uom`: the order line's unit when the line matched one */
  quantity: string;
  uom: string;
  /** false when some quantity could not be converted into `uom` (no cross-reference links the units) */
  comparable: boolean;
  sources: ThreadDocument[];
  /** quantity × price where the lines gave a price */
  unitPrices: { price: string; entry: ThreadDocument }[];
}

export interface MatchableLine {
  lineNumber?: string | undefined;
  poLineNumber?: string | undefined;
  product?: ProductIds | undefined;
  quantity?: Quantity | undefined;
  unitPrice?: Money | undefined;
}

export interface LineMatch {
  key: string;
  orderLine: OrderLineState | undefined;
  productKey: string | undefined;
}

export class LineMatcher {
  private readonly byNumber = new Map<string, OrderLineState>();
  /** a line is matched by several rules (totals, prices, cartons): once is enough */
  private readonly matches = new Map<MatchableLine, LineMatch>();
  private readonly byProduct = new Map<string, OrderLineState[]>();

  constructor(
    readonly lines: OrderLineState[],
    private readonly items: ItemResolver,
    private readonly partnerId: number | undefined,
  ) {
    for (const line of lines) {
      if (line.lineNumber !== undefined && !this.byNumber.has(line.lineNumber)) this.byNumber.set(line.lineNumber, line);
      if (!line.productKey) continue;
      const sameProduct = this.byProduct.get(line.productKey);
      if (sameProduct) sameProduct.push(line);
      else this.byProduct.set(line.productKey, [line]);
    }
  }

  orderLine(key: string): OrderLineState | undefined {
    return this.lines.find((line) => line.key === key);
  }

  /** The order line this line belongs to, or undefined with the key it is filed under. */
  match(line: MatchableLine): LineMatch {
    let found = this.matches.get(line);
    if (!found) {
      found = this.matchOnce(line);
      this.matches.set(line, found);
    }
    return found;
  }

  private matchOnce(line: MatchableLine): LineMatch {
    const product = productKey(this.items, this.partnerId, line.product);
    const quoted = line.poLineNumber !== undefined ? this.byNumber.get(line.poLineNumber) : undefined;
    if (quoted) return { key: quoted.key, orderLine: quoted, productKey: product };
    if (product) {
      const candidates = this.byProduct.get(product);
      if (candidates?.length) {
        const chosen = candidates.find((candidate) => candidate.lineNumber === line.lineNumber) ?? candidates[0]!;
        return { key: chosen.key, orderLine: chosen, productKey: product };
      }
    }
    const numbered = line.lineNumber !== undefined ? this.byNumber.get(line.lineNumber) : undefined;
    if (numbered && (!product || !numbered.productKey || numbered.productKey === product)) return { key: numbered.key, orderLine: numbered, productKey: product };
    return { key: product ? `item:${product}` : `line:${line.poLineNumber ?? line.lineNumber ?? '?'}`, orderLine: undefined, productKey: product };
  }

  /** Sums quantities per order line, converting each into the order line's unit (the first unit seen for unmatched lines). */
  totals(lines: Iterable<{ line: MatchableLine; entry: ThreadDocument }>): Map<string, LineTotal> {
    const totals = new Map<string, LineTotal>();
    for (const { line, entry } of lines) this.addTo(totals, line, entry);
    return totals;
  }

  /** What addTo() counts for this line in a total of its own: its quantity in the order line's unit; undefined when not convertible. */
  quantityAlone(line: MatchableLine, quantity: Quantity): string | undefined {
    const matched = this.match(line);
    return inUnitOfProduct(this.items, this.partnerId, matched.productKey ?? matched.orderLine?.productKey, quantity.value, quantity.uom, matched.orderLine?.uom ?? quantity.uom);
  }

  /** One line of `entry` into running totals (what totals() does for each line). */
  addTo(totals: Map<string, LineTotal>, line: MatchableLine, entry: ThreadDocument): void {
    if (!line.quantity) return;
    const matched = this.match(line);
    let total = totals.get(matched.key);
    const fresh = !total;
    if (!total) {
      // arrays made with their first element: an empty array grows to 16 slots on its first push
      total = { key: matched.key, quantity: '0', uom: matched.orderLine?.uom ?? line.quantity.uom, comparable: true, sources: [entry], unitPrices: line.unitPrice ? [{ price: line.unitPrice.amount, entry }] : [] };
      totals.set(matched.key, total);
    }
    const converted = inUnitOfProduct(this.items, this.partnerId, matched.productKey ?? matched.orderLine?.productKey, line.quantity.value, line.quantity.uom, total.uom);
    if (converted === undefined) total.comparable = false;
    else total.quantity = add(total.quantity, converted);
    if (fresh) return;
    if (!total.sources.includes(entry)) total.sources.push(entry);
    if (line.unitPrice) total.unitPrices.push({ price: line.unitPrice.amount, entry });
  }
}

function lineKeyOf(lineNumber: string | undefined, product: string | undefined, index: number): string {
  if (lineNumber !== undefined) return `line:${lineNumber}`;
  return product ? `item:${product}` : `line#${index + 1}`;
}

/** The order's lines after its changes (860 / ORDCHG in change-number order); a cancel without lines zeroes every line. */
export function orderLinesAfterChanges(order: Order, changes: OrderChange[], items: ItemResolver, partnerId: number | undefined): OrderLineState[] {
  const currency = order.currency ?? null;
  const lines: OrderLineState[] = order.lines.map((line, index) => {
    const product = productKey(items, partnerId, line.product);
    return {
      key: lineKeyOf(line.lineNumber, product, index),
      lineNumber: line.lineNumber,
      productKey: product,
      quantity: line.quantity.value,
      uom: line.quantity.uom,
      unitPrice: line.unitPrice?.amount,
      currency: line.unitPrice?.currency ?? currency,
      product: line.product,
    };
  });
  for (const change of changes) {
    if (change.purpose === 'cancel' && !change.lines?.length) {
      for (const line of lines) line.quantity = '0';
      continue;
    }
    for (const changeLine of change.lines ?? []) {
      const product = productKey(items, partnerId, changeLine.product);
      const target = lines.find((line) => changeLine.lineNumber !== undefined && line.lineNumber === changeLine.lineNumber) ?? (product ? lines.find((line) => line.productKey === product) : undefined);
      if (changeLine.change === 'add' && !target && changeLine.quantity) {
        lines.push({ key: lineKeyOf(changeLine.lineNumber, product, lines.length), lineNumber: changeLine.lineNumber, productKey: product, quantity: changeLine.quantity.value, uom: changeLine.quantity.uom, unitPrice: changeLine.unitPrice?.amount, currency: changeLine.unitPrice?.currency ?? currency, product: changeLine.product });
        continue;
      }
      if (!target) continue;
      if (changeLine.change === 'delete') target.quantity = '0';
      else if (changeLine.quantity) {
        const converted = inUnitOfProduct(items, partnerId, target.productKey, changeLine.quantity.value, changeLine.quantity.uom, target.uom);
        if (converted !== undefined) target.quantity = converted;
      }
      if (changeLine.unitPrice) target.unitPrice = changeLine.unitPrice.amount;
    }
  }
  return lines;
}
