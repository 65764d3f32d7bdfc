/**
 * The side-by-side line comparison of an order thread (pure): one row per order line (after its changes), one column
 * per source: the order, the ERP order, our ack, the warehouse's shipments, the ASNs, the invoice and the ERP's
 * invoice. Lines are matched and quantities converted into the order line's unit by the engine's own line matching
 * (reconcile/lines.ts through ThreadView), so the grid agrees with what the rules judged. `differs` names the columns
 * whose values disagree: ERP order and ack against the order line; warehouse shipments summed against the order; ASNs
 * summed against the warehouse (else the order); invoices summed against what shipped (else the order), and any
 * stated price against the order's.
 */
import type { Invoice, Order, OrderAck } from '../canonical/index.js';
import type { LineTotal, MatchableLine, OrderLineState } from '../reconcile/lines.js';
import { add, compare } from '../reconcile/measure.js';
import type { ReconcileContext, Thread, ThreadDocument } from '../reconcile/types.js';
import { ThreadView, type Entry } from '../reconcile/view.js';
import type { MismatchLike } from './timeline.js';
import { stepOf } from './timeline.js';
import type { ComparisonCell, ComparisonRow } from './types.js';

export const COMPARISON_COLUMNS = ['order', 'erp-order', 'ack', 'wms-shipment', 'asn', 'invoice', 'erp-invoice'] as const;
type Column = (typeof COMPARISON_COLUMNS)[number];

export interface LineComparison {
  columns: Column[];
  rows: ComparisonRow[];
}

const NOT_SHIPPED = new Set(['rejected']);

/** The quantity our ack commits to for a line: every status part but rejections; the ordered quantity otherwise. */
function ackLines(entry: Entry<OrderAck>): MatchableLine[] {
  return (entry.document.lines ?? []).map((line) => {
    const parts = line.statuses.filter((status) => !NOT_SHIPPED.has(status.status) && status.quantity);
    const rejectedOnly = line.statuses.every((status) => NOT_SHIPPED.has(status.status));
    const quantity = parts.length
      ? { value: parts.reduce((sum, part) => add(sum, part.quantity!.value), '0'), uom: parts[0]!.quantity!.uom }
      : rejectedOnly
        ? { value: '0', uom: line.orderedQuantity?.uom ?? 'EA' }
        : line.orderedQuantity;
    return { lineNumber: line.lineNumber, poLineNumber: line.lineNumber, product: line.product, quantity, unitPrice: line.unitPrice };
  });
}

function productLabel(line: OrderLineState | undefined, key: string): string {
  const product = line?.product;
  return product?.sku ?? product?.buyerPart ?? product?.vendorPart ?? product?.gtin ?? product?.upc ?? product?.ean ?? line?.productKey ?? key.replace(/^item:/, '');
}

export function lineComparison(thread: Thread, mismatches: readonly MismatchLike[], context: ReconcileContext): LineComparison {
  if (thread.kind !== 'order') return { columns: [], rows: [] };
  const view = new ThreadView(thread, context);
  const matcher = view.matcher;
  const memberIndex = new Map<ThreadDocument, number>(thread.documents.map((entry, index) => [entry, index]));
  const cells = new Map<string, Map<Column, ComparisonCell[]>>();
  const comparable = new Map<string, Set<Column>>();
  const put = (key: string, column: Column, cell: ComparisonCell, total?: LineTotal) => {
    const row = cells.get(key) ?? new Map<Column, ComparisonCell[]>();
    cells.set(key, row);
    row.set(column, [...(row.get(column) ?? []), cell]);
    if (total && !total.comparable) comparable.set(key, (comparable.get(key) ?? new Set()).add(column));
  };

  const reference = view.referenceOrder;
  if (reference) for (const line of matcher.lines) put(line.key, 'order', { quantity: line.quantity, uom: line.uom, price: line.unitPrice ?? null, member: memberIndex.get(reference) ?? -1 });

  const columnOf = (entry: ThreadDocument): Column | null => {
    if (entry === reference) return null;
    const step = stepOf(entry);
    return step && (COMPARISON_COLUMNS as readonly string[]).includes(step) && step !== 'order' ? (step as Column) : null;
  };
  const linesOf = (entry: ThreadDocument): MatchableLine[] => {
    const document = entry.document;
    if (document.kind === 'order') return (document as Order).lines;
    if (document.kind === 'order-ack') return ackLines(entry as Entry<OrderAck>);
    if (document.kind === 'invoice') return (document as Invoice).lines ?? [];
    if (document.kind === 'shipment') return view.shipmentLinesOf([entry as Entry<never>]).map((shipped) => shipped.line);
    return [];
  };
  const present = new Set<Column>(reference ? ['order'] : []);
  for (const entry of thread.documents) {
    const column = columnOf(entry);
    if (!column) continue;
    present.add(column);
    const totals = matcher.totals(linesOf(entry).map((line) => ({ line, entry })));
    for (const total of totals.values()) {
      put(total.key, column, { quantity: total.quantity, uom: total.uom, price: total.unitPrices[0]?.price ?? null, member: memberIndex.get(entry) ?? -1 }, total);
    }
  }

  const orderKeys = matcher.lines.map((line) => line.key);
  const keys = [...orderKeys, ...[...cells.keys()].filter((key) => !orderKeys.includes(key)).sort()];
  const columns = COMPARISON_COLUMNS.filter((column) => present.has(column));
  const rows = keys.map((key): ComparisonRow => {
    const row = cells.get(key) ?? new Map<Column, ComparisonCell[]>();
    return {
      lineKey: key,
      product: productLabel(matcher.orderLine(key), key),
      cells: Object.fromEntries(columns.filter((column) => row.has(column)).map((column) => [column, row.get(column)!])),
      differs: differingColumns(row, columns, thread, comparable.get(key)),
      mismatchIds: mismatches.filter((mismatch) => onLine(mismatch.lineKey, key)).map((mismatch) => mismatch.id),
    };
  });
  return { columns, rows };
}

/** A finding on this line: 'line:1', or a document's line such as 'I-1/line:1' (an invoice's price on line 1). */
function onLine(lineKey: string | null, key: string): boolean {
  return lineKey !== null && (lineKey === key || lineKey.endsWith(`/${key}`));
}

function sum(cells: ComparisonCell[] | undefined): string | null {
  if (!cells?.length) return null;
  return cells.reduce((total, cell) => (cell.quantity === null ? total : add(total, cell.quantity)), '0');
}

function differingColumns(row: Map<Column, ComparisonCell[]>, columns: Column[], thread: Thread, incomparable: Set<Column> | undefined): string[] {
  const order = row.get('order')?.[0];
  if (!order) return columns.filter((column) => column !== 'order' && row.has(column));
  const differs = new Set<Column>(incomparable ?? []);
  const quantityDiffers = (a: string | null, b: string | null) => a !== null && b !== null && compare(a, b) !== 0;
  const priceDiffers = (cell: ComparisonCell) => cell.price !== null && order.price !== null && compare(cell.price, order.price) !== 0;
  for (const column of ['erp-order', 'ack'] as const) {
    const stated = row.get(column);
    if (!stated) {
      // an ERP order without the line, or an ack that lists lines but not this one
      if (columns.includes(column) && (column === 'erp-order' || ackListsLines(thread))) differs.add(column);
      continue;
    }
    if (stated.some((cell) => quantityDiffers(cell.quantity, order.quantity) || priceDiffers(cell))) differs.add(column);
  }
  const wms = sum(row.get('wms-shipment'));
  const asn = sum(row.get('asn'));
  if (quantityDiffers(wms, order.quantity)) differs.add('wms-shipment');
  if (quantityDiffers(asn, wms ?? order.quantity)) differs.add('asn');
  const shipped = wms ?? asn ?? order.quantity;
  for (const column of ['invoice', 'erp-invoice'] as const) {
    const stated = row.get(column);
    if (stated && (quantityDiffers(sum(stated), shipped) || stated.some(priceDiffers))) differs.add(column);
  }
  return columns.filter((column) => differs.has(column));
}

function ackListsLines(thread: Thread): boolean {
  return thread.documents.some((entry) => entry.document.kind === 'order-ack' && (entry.document.lines?.length ?? 0) > 0);
}
