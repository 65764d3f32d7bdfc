/**
 * What the ASNs told the partner vs what the warehouse says it shipped, exactly: per SSCC when both sides name cartons
 * (a carton on one side only, or different contents), and per order line (in the order line's unit) for the rest.
 */
import { evidenceList } from '../evidence.js';
import type { LineTotal } from '../lines.js';
import { difference, noValue, quantityValue, quantityWithin, textValue } from '../measure.js';
import type { Mismatch } from '../types.js';
import type { ShipmentLineOf, ThreadView } from '../view.js';
import { valueOf } from './common.js';
import { mismatch, type Rule } from './rule.js';

/** ASN and warehouse must agree exactly: the partner receives against the ASN. */
export const ASN_VS_WMS_TOLERANCE = { quantityUnits: '0', quantityPercent: '0' } as const;

export const asnQtyVsWms: Rule = {
  type: 'asn-qty-vs-wms',
  scope: 'order',
  evaluate(view) {
    if (view.asns.length === 0 || view.warehouseShipments.length === 0) return [];
    return [...lineDifferences(view), ...cartonDifferences(view)];
  },
};

/** Per order line; when both sides name cartons, only the goods outside cartons (the cartons are compared one by one). */
function lineDifferences(view: ThreadView): Mismatch[] {
  const asnLines = view.asnLines;
  const wmsLines = view.warehouseLines;
  const byCarton = asnLines.some((line) => line.sscc) && wmsLines.some((line) => line.sscc);
  const asn = byCarton ? looseTotals(view, asnLines) : view.asnTotals;
  const wms = byCarton ? looseTotals(view, wmsLines) : view.warehouseTotals;
  const found: Mismatch[] = [];
  if (asn.size === 0 && wms.size === 0) return found;
  for (const key of [...new Set([...asn.keys(), ...wms.keys()])].sort()) {
    const told = asn.get(key);
    const shipped = wms.get(key);
    if ((told && !told.comparable) || (shipped && !shipped.comparable)) continue;
    const uom = view.matcher.orderLine(key)?.uom ?? told?.uom ?? shipped?.uom ?? '';
    if (told && shipped && told.uom !== shipped.uom) continue;
    const expected = shipped?.quantity ?? '0';
    const actual = told?.quantity ?? '0';
    if (quantityWithin(expected, actual, ASN_VS_WMS_TOLERANCE)) continue;
    found.push(
      mismatch(view.thread, {
        type: 'asn-qty-vs-wms',
        lineKey: key,
        severity: 'high',
        owner: 'edi',
        chargebackRisk: true,
        summary: `${key}: the ASNs say ${actual} ${uom}, the warehouse shipped ${expected} ${uom}`,
        expected: quantityValue(expected, uom),
        actual: quantityValue(actual, uom),
        evidence: evidenceList([...(told?.sources ?? []), ...(shipped?.sources ?? [])]),
        moneyAtRisk: valueOf(view.matcher.orderLine(key), difference(expected, actual)),
        currency: view.currency,
      }),
    );
  }
  return found;
}

const NO_TOTALS: ReadonlyMap<string, LineTotal> = new Map();

/** Totals of the goods outside cartons (a shared empty map when every line is in a carton). */
function looseTotals(view: ThreadView, lines: ShipmentLineOf[]): ReadonlyMap<string, LineTotal> {
  let totals: Map<string, LineTotal> | undefined;
  for (const { line, entry, sscc } of lines) if (!sscc) view.matcher.addTo((totals ??= new Map()), line, entry);
  return totals ?? NO_TOTALS;
}

/** Each carton's lines, cartons in the order they first appear. */
function cartons(view: ThreadView, side: 'asn' | 'wms'): Map<string, ShipmentLineOf[]> {
  const bySscc = new Map<string, ShipmentLineOf[]>();
  for (const line of side === 'asn' ? view.asnLines : view.warehouseLines) {
    if (!line.sscc) continue;
    const inCarton = bySscc.get(line.sscc);
    if (inCarton) inCarton.push(line);
    else bySscc.set(line.sscc, [line]);
  }
  return bySscc;
}

function contents(view: ThreadView, lines: ShipmentLineOf[]): Map<string, LineTotal> {
  const totals = new Map<string, LineTotal>();
  for (const { line, entry } of lines) view.matcher.addTo(totals, line, entry);
  return totals;
}

/**
 * The same goods, counted as contents() would: the same order lines with the same quantities, the ASN's convertible.
 * A carton of one line on each side (nearly all) is compared without building its totals.
 */
function sameContents(view: ThreadView, told: ShipmentLineOf[], packed: ShipmentLineOf[]): boolean {
  const one = told.length === 1 && packed.length === 1 ? told[0]!.line : undefined;
  const other = packed[0]!.line;
  if (one?.quantity && other.quantity) {
    const quantity = view.matcher.quantityAlone(one, one.quantity);
    return quantity !== undefined && view.matcher.match(one).key === view.matcher.match(other).key && (view.matcher.quantityAlone(other, other.quantity) ?? '0') === quantity;
  }
  const toldTotals = contents(view, told);
  const packedTotals = contents(view, packed);
  if (toldTotals.size !== packedTotals.size) return false;
  for (const [key, total] of toldTotals) if (packedTotals.get(key)?.quantity !== total.quantity || !total.comparable) return false;
  return true;
}

function contentText(totals: Map<string, LineTotal>): string {
  return [...totals.values()].sort((a, b) => (a.key < b.key ? -1 : 1)).map((total) => `${total.key} ${total.quantity} ${total.uom}`).join(', ');
}

function cartonDifferences(view: ThreadView): Mismatch[] {
  const asn = cartons(view, 'asn');
  const wms = cartons(view, 'wms');
  if (asn.size === 0 || wms.size === 0) return [];
  const found: Mismatch[] = [];
  // every carton on either side; the findings are sorted by id later, so the order of this walk does not matter
  asn.forEach((told, sscc) => {
    const packed = wms.get(sscc);
    if (!packed || !sameContents(view, told, packed)) found.push(cartonDifference(view, sscc, contents(view, told), packed && contents(view, packed)));
  });
  wms.forEach((packed, sscc) => {
    if (!asn.has(sscc)) found.push(cartonDifference(view, sscc, undefined, contents(view, packed)));
  });
  return found;
}

function cartonDifference(view: ThreadView, sscc: string, told: Map<string, LineTotal> | undefined, packed: Map<string, LineTotal> | undefined): Mismatch {
  const sources = [...(told?.values() ?? []), ...(packed?.values() ?? [])].flatMap((total) => total.sources);
  return mismatch(view.thread, {
    type: 'asn-qty-vs-wms',
    lineKey: `sscc:${sscc}`,
    severity: 'high',
    owner: 'edi',
    chargebackRisk: true,
    summary: !told ? `Carton ${sscc} left the warehouse but is not on any ASN` : !packed ? `Carton ${sscc} is on the ASN but the warehouse did not ship it` : `Carton ${sscc} holds different goods on the ASN and in the warehouse`,
    expected: packed ? textValue(contentText(packed)) : noValue('carton not shipped'),
    actual: told ? textValue(contentText(told)) : noValue('carton not on the ASN'),
    evidence: evidenceList(sources),
  });
}
