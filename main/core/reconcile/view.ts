/**
 * What the rules ask of one order thread, computed once per thread and shared: documents by role and side, the order's
 * lines after changes, and quantities per order line from ASNs, warehouse shipments and invoices.
 */
import { shipmentLines, type CanonicalDocument, type Credit, type Invoice, type Order, type OrderAck, type OrderChange, type Return, type Shipment } from '../canonical/index.js';
import { LineMatcher, orderLinesAfterChanges, type LineTotal, type MatchableLine } from './lines.js';
import { instantOf, parseInstant } from './time.js';
import type { ItemResolver, PartnerSettings, ReconcileContext, Thread, ThreadDocument } from './types.js';

export type Entry<T extends CanonicalDocument> = ThreadDocument & { document: T };

/** A shipment line with its document and the SSCC of the innermost carton around it. */
export interface ShipmentLineOf {
  line: MatchableLine;
  entry: ThreadDocument;
  sscc: string | null;
}

export interface CartonLine {
  sscc: string;
  line: MatchableLine;
  entry: ThreadDocument;
}

const is =
  <T extends CanonicalDocument>(test: (document: CanonicalDocument) => boolean) =>
  (entry: ThreadDocument): entry is Entry<T> =>
    test(entry.document);

/** When the document arrived (or, failing that, its own date); `bound` chooses the start or end of a time-less date. */
export function timeOf(entry: ThreadDocument, bound: 'start' | 'end'): number {
  if (entry.receivedAt) return parseInstant(entry.receivedAt);
  return entry.document.documentDate ? instantOf(entry.document.documentDate, bound) : Number.NaN;
}

/** The first dated event of a qualifier, as an instant. */
export function eventTime(document: CanonicalDocument, qualifier: string, bound: 'start' | 'end'): number {
  const event = document.dates?.find((candidate) => candidate.qualifier === qualifier);
  return event ? instantOf(event.date, bound) : Number.NaN;
}

function byTime(a: ThreadDocument, b: ThreadDocument): number {
  if (a === b) return 0;
  const difference = (timeOf(a, 'start') || 0) - (timeOf(b, 'start') || 0);
  return difference !== 0 ? difference : a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/** One invoice (credit, return) per number: the copy the partner received wins over the ERP's. */
function onePerNumber<T extends CanonicalDocument>(entries: Entry<T>[], numberOf: (document: T) => string): Entry<T>[] {
  const chosen = new Map<string, Entry<T>>();
  for (const entry of entries) {
    const number = numberOf(entry.document);
    const known = chosen.get(number);
    if (!known || (known.side !== 'partner' && entry.side === 'partner')) chosen.set(number, entry);
  }
  return [...chosen.values()];
}

export class ThreadView {
  readonly partnerId: number | undefined;
  readonly settings: PartnerSettings;
  readonly now: number;
  readonly items: ItemResolver;
  readonly purchaseOrders: Entry<Order>[];
  readonly erpOrders: Entry<Order>[];
  readonly changes: Entry<OrderChange>[];
  readonly acks: Entry<OrderAck>[];
  readonly asns: Entry<Shipment>[];
  readonly warehouseShipments: Entry<Shipment>[];
  readonly invoices: Entry<Invoice>[];
  readonly returns: Entry<Return>[];
  readonly credits: Entry<Credit>[];
  private matcherCache: LineMatcher | undefined;
  private readonly linesCache = new Map<string, ShipmentLineOf[]>();
  private pairsCache: unknown;
  private readonly totalsCache = new Map<string, Map<string, LineTotal>>();

  constructor(
    readonly thread: Thread,
    context: ReconcileContext,
  ) {
    this.partnerId = thread.partner?.id;
    this.settings = context.settingsFor(this.partnerId);
    this.now = parseInstant(context.now);
    this.items = context.items;
    const entries = thread.documents;
    this.purchaseOrders = entries.filter(is<Order>((d) => d.kind === 'order' && d.role === 'purchase-order')).filter((e) => e.side === 'partner').sort(byTime);
    this.erpOrders = entries.filter(is<Order>((d) => d.kind === 'order' && d.role === 'purchase-order')).filter((e) => e.side === 'erp').sort(byTime);
    this.changes = entries.filter(is<OrderChange>((d) => d.kind === 'order-change')).sort((a, b) => changeOrder(a.document, b.document) || byTime(a, b));
    this.acks = entries.filter(is<OrderAck>((d) => d.kind === 'order-ack')).sort(byTime);
    this.asns = entries.filter(is<Shipment>((d) => d.kind === 'shipment' && d.role === 'asn')).filter((e) => e.side !== 'wms');
    // a WMS connector's shipment counts as the warehouse's word whatever role its map gave it
    this.warehouseShipments = entries.filter((x): x is Entry<Shipment> => x.document.kind === 'shipment' && (x.document.role === 'warehouse-advice' || (x.document.role === 'asn' && x.side === 'wms')));
    this.invoices = onePerNumber(entries.filter(is<Invoice>((d) => d.kind === 'invoice')), (d) => d.invoiceNumber);
    this.returns = onePerNumber(entries.filter(is<Return>((d) => d.kind === 'return')), (d) => d.returnNumber);
    this.credits = onePerNumber(entries.filter(is<Credit>((d) => d.kind === 'credit' && d.adjustment === 'credit')), (d) => d.creditNumber);
  }

  /** The order the thread is measured against: the partner's latest PO, else the ERP order. */
  get referenceOrder(): Entry<Order> | undefined {
    return this.purchaseOrders.at(-1) ?? this.erpOrders.at(-1);
  }

  get currency(): string | null {
    const order = this.referenceOrder?.document;
    return order?.currency ?? order?.lines.find((line) => line.unitPrice?.currency)?.unitPrice?.currency ?? this.invoices[0]?.document.currency ?? null;
  }

  get matcher(): LineMatcher {
    if (!this.matcherCache) {
      const reference = this.referenceOrder;
      const changes = reference && reference.side === 'partner' ? this.changes.map((entry) => entry.document) : [];
      const lines = reference ? orderLinesAfterChanges(reference.document, changes, this.items, this.partnerId) : [];
      this.matcherCache = new LineMatcher(lines, this.items, this.partnerId);
    }
    return this.matcherCache;
  }

  /** Lines of shipments that belong to this thread's orders (a multi-order ASN contributes only this order's lines). */
  shipmentLinesOf(entries: Entry<Shipment>[]): ShipmentLineOf[] {
    const found: ShipmentLineOf[] = [];
    for (const entry of entries) {
      let lines = this.linesCache.get(entry.key);
      if (!lines) {
        lines = [];
        for (const { line, packPath } of shipmentLines(entry.document)) {
          if (line.poNumber && this.thread.poNumbers.length > 0 && !this.thread.poNumbers.includes(line.poNumber)) continue;
          let sscc: string | null = null;
          for (let index = packPath.length - 1; index >= 0 && sscc === null; index--) sscc = packPath[index] ?? null;
          lines.push({ line, entry, sscc });
        }
        this.linesCache.set(entry.key, lines);
      }
      for (const line of lines) found.push(line);
    }
    return found;
  }

  get asnLines(): ShipmentLineOf[] {
    return this.shipmentLinesOf(this.asns);
  }

  get warehouseLines(): ShipmentLineOf[] {
    return this.shipmentLinesOf(this.warehouseShipments);
  }

  private cached(name: string, compute: () => Map<string, LineTotal>): Map<string, LineTotal> {
    let totals = this.totalsCache.get(name);
    if (!totals) {
      totals = compute();
      this.totalsCache.set(name, totals);
    }
    return totals;
  }

  get asnTotals(): Map<string, LineTotal> {
    return this.cached('asn', () => this.matcher.totals(this.asnLines));
  }

  get warehouseTotals(): Map<string, LineTotal> {
    return this.cached('wms', () => this.matcher.totals(this.warehouseLines));
  }

  /**
   * What physically left: the warehouse's shipments when there are any, else the ASNs. An ASN that disagrees with the
   * warehouse is asn-qty-vs-wms, not also an over-shipment or an invoice difference.
   */
  get shippedTotals(): Map<string, LineTotal> {
    return this.warehouseShipments.length > 0 ? this.warehouseTotals : this.asnTotals;
  }

  get invoicedTotals(): Map<string, LineTotal> {
    return this.cached('invoice', () => this.matcher.totals(this.invoices.flatMap((entry) => (entry.document.lines ?? []).map((line) => ({ line, entry })))));
  }

  /** Computed once per thread: asn-missing and asn-late both ask it. */
  cachedPairs<T>(compute: () => T): T {
    this.pairsCache ??= compute();
    return this.pairsCache as T;
  }

  get shipments(): Entry<Shipment>[] {
    return [...this.asns, ...this.warehouseShipments];
  }
}

function changeOrder(a: OrderChange, b: OrderChange): number {
  const x = Number(a.changeNumber ?? Number.NaN);
  const y = Number(b.changeNumber ?? Number.NaN);
  if (Number.isNaN(x) || Number.isNaN(y) || x === y) return 0;
  return x - y;
}
