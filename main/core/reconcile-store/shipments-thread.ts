/**
 * What the shipment check shows about one order thread, computed from the thread itself with the engine's own line
 * matching (ThreadView): the ASNs and the warehouse's shipments, their cartons by SSCC (each carton's lines summed per
 * order line in the order line's unit, as asn-qty-vs-wms compares them), and the line comparison order ↔ WMS ↔ ASN.
 */
import type { ProductIds, Shipment } from '../canonical/index.js';
import { compare } from '../reconcile/measure.js';
import { instantOf } from '../reconcile/time.js';
import type { ReconcileContext, Thread, ThreadDocument } from '../reconcile/types.js';
import { ThreadView, type Entry, type ShipmentLineOf } from '../reconcile/view.js';
import { compareCartons, type CartonItem } from './shipments-cartons.js';
import type { CartonComparison, ComparisonCell, ComparisonRow } from './types.js';

export interface ThreadShipments {
  asns: Entry<Shipment>[];
  warehouse: Entry<Shipment>[];
  asnNumber: string | null;
  shipmentNumber: string | null;
  billOfLading: string | null;
  /** the earliest ship time any of them states (ISO), else when the first arrived */
  shippedAt: string | null;
  cartons: CartonComparison[];
  lines: ComparisonRow[];
}

export function productLabel(product: ProductIds | undefined): string | null {
  if (!product) return null;
  return product.sku ?? product.buyerPart ?? product.vendorPart ?? product.gtin ?? product.upc ?? product.ean ?? product.description ?? null;
}

/**
 * When a shipment left: its ship date, else its own date, else its arrival. An ISO instant, or the day as written
 * ('2026-11-28') when the source gives no time (a day is not an instant: midnight UTC would show as the day before).
 */
export function shippedAtOf(entry: ThreadDocument): string | null {
  const document = entry.document;
  const date = document.dates?.find((each) => each.qualifier === 'ship')?.date ?? document.documentDate;
  if (date && (date.precision === 'day' || date.precision === 'month' || date.precision === 'year')) return date.value;
  const at = date ? instantOf(date, 'start') : Number.NaN;
  if (!Number.isNaN(at)) return new Date(at).toISOString();
  return entry.receivedAt ?? null;
}

/** The calendar day a shipment left, as its source wrote it (a warehouse's day is local: no zone arithmetic). */
export function shippedDayOf(entry: { document: Shipment; receivedAt?: string | undefined }): string | null {
  const document = entry.document;
  const date = document.dates?.find((each) => each.qualifier === 'ship')?.date ?? document.documentDate;
  const value = date?.value ?? entry.receivedAt;
  return value === undefined ? null : localDayOf(value);
}

const WITH_ZONE = /T.*(?:Z|[+-]\d\d:?\d\d)$/i;
const pad = (value: number) => String(value).padStart(2, '0');

/**
 * The calendar day of a date as the dock sees it (this machine's zone, as "today" is): an EDI date or local time
 * is that day already; an instant with a zone (a receipt time, a WMS timestamp in UTC) is converted first, so a
 * truck leaving at 23:30 in California is not tomorrow's shipment.
 */
export function localDayOf(value: string): string {
  if (!WITH_ZONE.test(value)) return value.slice(0, 10);
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime())) return value.slice(0, 10);
  return `${instant.getFullYear()}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}`;
}

function cartonItems(view: ThreadView, lines: ShipmentLineOf[], labelOf: (key: string) => string): CartonItem[] {
  const bySscc = new Map<string, ShipmentLineOf[]>();
  for (const line of lines) if (line.sscc) bySscc.set(line.sscc, [...(bySscc.get(line.sscc) ?? []), line]);
  const items: CartonItem[] = [];
  for (const [sscc, inCarton] of bySscc) {
    for (const total of view.matcher.totals(inCarton).values()) items.push({ sscc, key: total.key, product: labelOf(total.key), quantity: total.quantity, uom: total.uom });
  }
  return items;
}

function firstOf(entries: Entry<Shipment>[], pick: (shipment: Shipment) => string | undefined): string | null {
  for (const entry of entries) {
    const value = pick(entry.document);
    if (value) return value;
  }
  return null;
}

export function threadShipments(thread: Thread, context: ReconcileContext): ThreadShipments {
  const view = new ThreadView(thread, context);
  const memberIndex = new Map(thread.documents.map((entry, index) => [entry, index]));
  const labelOf = (key: string): string => productLabel(view.matcher.orderLine(key)?.product) ?? key.replace(/^item:(sku|gtin|bp|vp):/, '');
  const all = [...view.warehouseShipments, ...view.asns];
  // an instant says more than a day: the earliest instant, else the earliest day
  const times = all
    .map(shippedAtOf)
    .filter((at): at is string => at !== null)
    .sort((a, b) => Number(b.includes('T')) - Number(a.includes('T')) || a.localeCompare(b));
  return {
    asns: view.asns,
    warehouse: view.warehouseShipments,
    asnNumber: firstOf(view.asns, (shipment) => shipment.asnNumber ?? shipment.shipmentNumber),
    shipmentNumber: firstOf(view.warehouseShipments, (shipment) => shipment.shipmentNumber ?? shipment.asnNumber),
    billOfLading: firstOf(all, (shipment) => shipment.billOfLading),
    shippedAt: times[0] ?? null,
    cartons: compareCartons(cartonItems(view, view.asnLines, labelOf), cartonItems(view, view.warehouseLines, labelOf)),
    lines: lineComparison(view, memberIndex, labelOf),
  };
}

function lineComparison(view: ThreadView, memberIndex: Map<ThreadDocument, number>, labelOf: (key: string) => string): ComparisonRow[] {
  const perDocument = (entries: Entry<Shipment>[]) => entries.map((entry) => ({ entry, totals: view.matcher.totals(view.shipmentLinesOf([entry])) }));
  const wms = perDocument(view.warehouseShipments);
  const asn = perDocument(view.asns);
  const reference = view.referenceOrder;
  const keys = new Set<string>([...view.matcher.lines.map((line) => line.key), ...view.warehouseTotals.keys(), ...view.asnTotals.keys()]);
  const rows: ComparisonRow[] = [];
  for (const key of keys) {
    const orderLine = view.matcher.orderLine(key);
    const cells: Record<string, ComparisonCell[]> = {};
    if (orderLine && reference) cells.order = [{ quantity: orderLine.quantity, uom: orderLine.uom, price: orderLine.unitPrice ?? null, member: memberIndex.get(reference) ?? -1 }];
    const column = (name: string, documents: typeof wms) => {
      const found = documents.flatMap(({ entry, totals }) => {
        const total = totals.get(key);
        return total ? [{ quantity: total.quantity, uom: total.uom, price: null, member: memberIndex.get(entry) ?? -1 }] : [];
      });
      if (found.length > 0) cells[name] = found;
    };
    column('wms-shipment', wms);
    column('asn', asn);
    const wmsTotal = view.warehouseTotals.get(key);
    const asnTotal = view.asnTotals.get(key);
    const differs: string[] = [];
    // the ASN must say what the warehouse shipped; what was shipped must not exceed the order
    if (view.warehouseShipments.length > 0 && view.asns.length > 0 && compare(asnTotal?.quantity ?? '0', wmsTotal?.quantity ?? '0') !== 0) differs.push('asn');
    const shipped = view.warehouseShipments.length > 0 ? { column: 'wms-shipment', total: wmsTotal } : { column: 'asn', total: asnTotal };
    // without an order line (no order in the thread yet) there is nothing to ship too much against
    if (orderLine && shipped.total && compare(shipped.total.quantity, orderLine.quantity) > 0 && !differs.includes(shipped.column)) differs.push(shipped.column);
    rows.push({ lineKey: key, product: labelOf(key), cells, differs, mismatchIds: [] });
  }
  return rows.sort((a, b) => (a.lineKey < b.lineKey ? -1 : a.lineKey > b.lineKey ? 1 : 0));
}
