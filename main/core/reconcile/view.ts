/**
 * What the rules ask of one order thread, computed once per thread and shared: documents by role and side, the order's
 * lines after changes, and quantities per order line from ASNs, warehouse shipments and invoices.
 */
import type { CanonicalDocument, Credit, Invoice, Order, OrderAck, OrderChange, Return, Shipment, ShipmentPack } from '../canonical/index.js';
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
  if (entries.length < 2) return entries;
  const chosen = new Map<string, Entry<T>>();
  for (const entry of entries) {
    const number = numberOf(entry.document);
    const known = chosen.get(number);
    if (!known || (known.side !== 'partner' && entry.side === 'partner')) chosen.set(number, entry);
  }
  return [...chosen.values()];
}

/** Shared by the lists a thread has nothing for; frozen, so a write anywhere fails loudly (append() replaces it). */
const NONE = Object.freeze([]) as unknown as never[];

/** `list` with `item` added; a new list holds exactly one element (an empty array grows to 16 slots on its first push). */
function append<T>(list: T[], item: T): T[] {
  if (list === NONE) return [item];
  list.push(item);
  return list;
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
  private asnTotalsCache: Map<string, LineTotal> | undefined;
  private warehouseTotalsCache: Map<string, LineTotal> | undefined;
  private invoicedTotalsCache: Map<string, LineTotal> | undefined;

  constructor(
    readonly thread: Thread,
    context: ReconcileContext,
  ) {
    this.partnerId = thread.partner?.id;
    this.settings = context.settingsFor(this.partnerId);
    this.now = parseInstant(context.now);
    this.items = context.items;
    // one pass over the documents, in key order (the lists keep it where they are not sorted by time)
    let purchaseOrders: Entry<Order>[] = NONE;
    let erpOrders: Entry<Order>[] = NONE;
    let changes: Entry<OrderChange>[] = NONE;
    let acks: Entry<OrderAck>[] = NONE;
    let asns: Entry<Shipment>[] = NONE;
    let warehouseShipments: Entry<Shipment>[] = NONE;
    let invoices: Entry<Invoice>[] = NONE;
    let returns: Entry<Return>[] = NONE;
    let credits: Entry<Credit>[] = NONE;
    for (const entry of thread.documents) {
      const document = entry.document;
      switch (document.kind) {
        case 'order':
          if (document.role !== 'purchase-order') break;
          if (entry.side === 'partner') purchaseOrders = append(purchaseOrders, entry as Entry<Order>);
          else if (entry.side === 'erp') erpOrders = append(erpOrders, entry as Entry<Order>);
          break;
        case 'order-change':
          changes = append(changes, entry as Entry<OrderChange>);
          break;
        case 'order-ack':
          acks = append(acks, entry as Entry<OrderAck>);
          break;
        case 'shipment':
          // a WMS connector's shipment counts as the warehouse's word whatever role its map gave it
          if (document.role === 'asn' && entry.side !== 'wms') asns = append(asns, entry as Entry<Shipment>);
          else if (document.role === 'warehouse-advice' || document.role === 'asn') warehouseShipments = append(warehouseShipments, entry as Entry<Shipment>);
          break;
        case 'invoice':
          invoices = append(invoices, entry as Entry<Invoice>);
          break;
        case 'return':
          returns = append(returns, entry as Entry<Return>);
          break;
        case 'credit':
          if (document.adjustment === 'credit') credits = append(credits, entry as Entry<Credit>);
          break;
        default:
          break;
      }
    }
    this.purchaseOrders = purchaseOrders.length > 1 ? purchaseOrders.sort(byTime) : purchaseOrders;
    this.erpOrders = erpOrders.length > 1 ? erpOrders.sort(byTime) : erpOrders;
    this.changes = changes.length > 1 ? changes.sort((a, b) => changeOrder(a.document, b.document) || byTime(a, b)) : changes;
    this.acks = acks.length > 1 ? acks.sort(byTime) : acks;
    this.asns = asns;
    this.warehouseShipments = warehouseShipments;
    this.invoices = onePerNumber(invoices, (d) => d.invoiceNumber);
    this.returns = onePerNumber(returns, (d) => d.returnNumber);
    this.credits = onePerNumber(credits, (d) => d.creditNumber);
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
    if (entries.length === 1) return this.linesOfShipment(entries[0]!);
    const found: ShipmentLineOf[] = [];
    for (const entry of entries) for (const line of this.linesOfShipment(entry)) found.push(line);
    return found;
  }

  private linesOfShipment(entry: Entry<Shipment>): ShipmentLineOf[] {
    let lines = this.linesCache.get(entry.key);
    if (!lines) {
      lines = NONE;
      // canonical shipmentLines order: loose lines, then packs depth first (a pack's lines before its inner packs)
      for (const line of entry.document.lines ?? []) lines = this.keepLine(lines, line, entry, null);
      if (entry.document.packs) lines = this.visitPacks(lines, entry.document.packs, entry, null);
      if (lines === NONE) lines = [];
      this.linesCache.set(entry.key, lines);
    }
    return lines;
  }

  /** `sscc`: the innermost carton with an SSCC around these packs. */
  private visitPacks(into: ShipmentLineOf[], packs: ShipmentPack[], entry: ThreadDocument, sscc: string | null): ShipmentLineOf[] {
    for (const pack of packs) {
      const here = pack.sscc ?? sscc;
      if (pack.lines) for (const line of pack.lines) into = this.keepLine(into, line, entry, here);
      if (pack.packs) into = this.visitPacks(into, pack.packs, entry, here);
    }
    return into;
  }

  private keepLine(into: ShipmentLineOf[], line: MatchableLine & { poNumber?: string | undefined }, entry: ThreadDocument, sscc: string | null): ShipmentLineOf[] {
    if (line.poNumber && this.thread.poNumbers.length > 0 && !this.thread.poNumbers.includes(line.poNumber)) return into;
    return append(into, { line, entry, sscc });
  }

  get asnLines(): ShipmentLineOf[] {
    return this.shipmentLinesOf(this.asns);
  }

  get warehouseLines(): ShipmentLineOf[] {
    return this.shipmentLinesOf(this.warehouseShipments);
  }

  get asnTotals(): Map<string, LineTotal> {
    return (this.asnTotalsCache ??= this.matcher.totals(this.asnLines));
  }

  get warehouseTotals(): Map<string, LineTotal> {
    return (this.warehouseTotalsCache ??= this.matcher.totals(this.warehouseLines));
  }

  /**
   * What physically left: the warehouse's shipments when there are any, else the ASNs. An ASN that disagrees with the
   * warehouse is asn-qty-vs-wms, not also an over-shipment or an invoice difference.
   */
  get shippedTotals(): Map<string, LineTotal> {
    return this.warehouseShipments.length > 0 ? this.warehouseTotals : this.asnTotals;
  }

  get invoicedTotals(): Map<string, LineTotal> {
    if (!this.invoicedTotalsCache) {
      const totals = new Map<string, LineTotal>();
      for (const entry of this.invoices) for (const line of entry.document.lines ?? []) this.matcher.addTo(totals, line, entry);
      this.invoicedTotalsCache = totals;
    }
    return this.invoicedTotalsCache;
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
