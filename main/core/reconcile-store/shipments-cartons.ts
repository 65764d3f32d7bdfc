/**
 * The carton-by-carton comparison of the shipment check: what the warehouse packed in each SSCC against what the ASN
 * told the partner. Pure: items in, one row per SSCC out. Quantities are compared per line key (the order line the
 * engine matched them to) and unit, exactly, as the asn-qty-vs-wms rule does.
 */
import { addDecimals, compareDecimals } from '../canonical/decimal.js';
import type { CartonComparison } from './types.js';

/** One line inside one carton, as one side states it. */
export interface CartonItem {
  sscc: string;
  /** the order line it matched ('line:1') or its product key: what the two sides are compared on */
  key: string;
  /** what the screen shows (SKU, buyer part, description) */
  product: string;
  quantity: string;
  uom: string;
}

type Contents = Map<string, { product: string; quantity: string; uom: string }>;

function byCarton(items: readonly CartonItem[]): Map<string, Contents> {
  const cartons = new Map<string, Contents>();
  for (const item of items) {
    let contents = cartons.get(item.sscc);
    if (!contents) cartons.set(item.sscc, (contents = new Map()));
    const slot = `${item.key}\u0000${item.uom}`;
    const known = contents.get(slot);
    contents.set(slot, known ? { ...known, quantity: addDecimals(known.quantity, item.quantity) } : { product: item.product, quantity: item.quantity, uom: item.uom });
  }
  return cartons;
}

function sameContents(a: Contents, b: Contents): boolean {
  if (a.size !== b.size) return false;
  for (const [slot, line] of a) {
    const other = b.get(slot);
    if (!other || compareDecimals(line.quantity, other.quantity) !== 0) return false;
  }
  return true;
}

const listed = (contents: Contents | undefined) =>
  contents ? [...contents.values()].sort((x, y) => (x.product < y.product ? -1 : x.product > y.product ? 1 : 0)) : null;

/** Every SSCC either side names, in SSCC order. */
export function compareCartons(asnItems: readonly CartonItem[], wmsItems: readonly CartonItem[]): CartonComparison[] {
  const asn = byCarton(asnItems);
  const wms = byCarton(wmsItems);
  return [...new Set([...asn.keys(), ...wms.keys()])].sort().map((sscc) => {
    const told = asn.get(sscc);
    const packed = wms.get(sscc);
    const match: CartonComparison['match'] = !told ? 'only-wms' : !packed ? 'only-asn' : sameContents(told, packed) ? 'matched' : 'differs';
    return { sscc, wms: listed(packed), asn: listed(told), match };
  });
}
