/**
 * The reconciliation benchmark's world: order `i` has the partner's 850, the ERP sales order, our 855, the WMS
 * shipment, our 856 (cartons with SSCCs) and our 810, all consistent; every 20th clean order also has a return with
 * its credit. Every `defectEvery`-th order carries one planted defect, cycling through all 23 mismatch types (the
 * stock and ledger/ack types plant their own SKU or fact beside a clean order). `expected` lists exactly the
 * mismatches each plant must produce (type, thread, line), the manifest precision and recall are measured against.
 */
import type { CanonicalDocument, Invoice, InventoryPosition, Order, OrderAck, Return, Credit, Shipment, Source } from '../../main/core/canonical/index.js';
import { MISMATCH_TYPES, type AckFact, type ControlNumberFact, type MismatchType } from '../../main/core/reconcile/index.js';

export const BENCH_NOW = '2026-12-20T00:00:00Z';
export const SKU_COUNT = 997;
const DAY = 86_400_000;
const START = Date.parse('2026-02-01T00:00:00Z');

export interface Expected {
  type: MismatchType;
  threadKey: string;
  lineKey: string | null;
}

/** An EDI document: where it sits in its file (the generator writes one file per partner and block of 100 orders). */
export interface EdiPlacement {
  fileId: number;
  partnerId: number;
  ordinal: number;
  type: string;
  direction: 'inbound' | 'outbound';
  byteStart: number;
  byteEnd: number;
  controlNumber: string;
}

export interface GeneratedDocument {
  document: CanonicalDocument;
  receivedAt: string;
  /** EDI documents: their place in a file; records from other systems: undefined */
  edi?: EdiPlacement;
}

export interface OrderCase {
  documents: GeneratedDocument[];
  facts: (AckFact | ControlNumberFact)[];
  expected: Expected[];
}

const pad = (value: number, width: number) => String(value).padStart(width, '0');

/** The defect planted in order `index` (one in `every`), cycling through every mismatch type. */
export function defectOf(index: number, every: number): MismatchType | undefined {
  return every > 0 && index % every === 0 ? MISMATCH_TYPES[(index / every) % MISMATCH_TYPES.length] : undefined;
}

export const BLOCK = 100;
/** EDI slots per order inside its file: 850, 855, 856, 810, 180, 846, and a resent 850. */
const SLOTS = { '850': 0, '855': 1, '856': 2, '810': 3, '180': 4, '846': 5, '850-again': 6 } as const;

export function fileIdOf(index: number): number {
  return Math.floor(index / BLOCK) * 3 + (index % 3) + 1;
}

function placement(index: number, slot: keyof typeof SLOTS, partnerId: number): EdiPlacement {
  const ordinal = Math.floor((index % BLOCK) / 3) * 8 + SLOTS[slot];
  const type = slot === '850-again' ? '850' : slot;
  return { fileId: fileIdOf(index), partnerId, ordinal, type, direction: type === '850' || type === '180' ? 'inbound' : 'outbound', byteStart: ordinal * 1000, byteEnd: ordinal * 1000 + 900, controlNumber: pad(index * 8 + SLOTS[slot], 9) };
}

const ediSource = (place: EdiPlacement): Source => ({ kind: 'edi', fileId: place.fileId, byteStart: place.byteStart, byteEnd: place.byteEnd, standard: 'x12', type: place.type, controlNumber: place.controlNumber });
const connector = (name: string, stream: string, recordId: string): Source => ({ kind: 'connector', connector: name, stream, recordId });

export function orderCase(index: number, defect: MismatchType | undefined): OrderCase {
  const partnerId = 1 + (index % 3);
  const partner = { id: partnerId, name: `Partner ${partnerId}` };
  const po = `PO${pad(index, 8)}`;
  const so = `SO${pad(index, 8)}`;
  const base = START + (index % 300) * DAY;
  const at = (day: number, hour: number) => new Date(base + day * DAY + hour * 3_600_000).toISOString();
  const threadKey = `order:${partnerId}:${po}`;
  const expected: Expected[] = [];
  const expect = (type: MismatchType, lineKey: string | null, key = threadKey) => expected.push({ type, threadKey: key, lineKey });
  const d = (type: MismatchType) => defect === type;

  const lineCount = 1 + (index % 3);
  const lines = Array.from({ length: lineCount }, (_, k) => ({
    lineNumber: String(k + 1),
    product: { sku: `SKU-${(index * 7 + k) % SKU_COUNT}` },
    quantity: { value: String(((index + k) % 9) + 1 + (d('under-shipment') && k === 0 ? 2 : 0)), uom: k % 2 === 0 ? 'CA' : 'EA' },
    unitPrice: { amount: `${(index % 40) + 2}.${pad((k * 17) % 100, 2)}`, currency: 'USD' },
  }));
  // what leaves the warehouse (under-shipment: the order asked for 2 more of line 1 than this)
  const shippedQuantity = (k: number) => String(((index + k) % 9) + 1 + (d('over-shipment') && k === 0 ? 2 : 0));
  const documents: GeneratedDocument[] = [];
  const edi = (slot: keyof typeof SLOTS, document: CanonicalDocument, receivedAt: string, place = placement(index, slot, partnerId)) => {
    documents.push({ document: { ...document, source: ediSource(place) } as CanonicalDocument, receivedAt, edi: place });
  };
  const record = (document: CanonicalDocument, receivedAt: string) => documents.push({ document, receivedAt });
  const none = { kind: 'manual', by: 'bench' } as const;

  const order: Order = { kind: 'order', role: 'purchase-order', source: none, partner, channel: 'edi', poNumber: po, currency: 'USD', lines };
  if (!d('erp-order-without-edi')) edi('850', order, at(0, 8));
  else expect('erp-order-without-edi', null);
  if (d('duplicate-po')) {
    edi('850-again', order, at(0, 20));
    expect('duplicate-po', 'partner');
  }
  if (!d('order-missing-in-erp')) {
    const erpLines = lines.map((line, k) => ({
      ...line,
      quantity: d('qty-mismatch') && k === 0 ? { ...line.quantity, value: String(Number(line.quantity.value) + 3) } : line.quantity,
      unitPrice: d('price-mismatch') && k === 0 ? { amount: '999.00', currency: 'USD' } : line.unitPrice,
    }));
    record({ kind: 'order', role: 'purchase-order', source: connector('erp', 'sales-orders', so), partner, channel: 'edi', poNumber: po, orderNumber: so, currency: 'USD', lines: erpLines }, at(0, 9));
  } else expect('order-missing-in-erp', null);
  if (d('qty-mismatch')) expect('qty-mismatch', 'line:1');
  if (d('price-mismatch')) expect('price-mismatch', 'line:1');

  if (!d('ack-missing')) {
    const ack: OrderAck = {
      kind: 'order-ack', source: none, partner, channel: 'edi', poNumber: po, orderNumber: so, status: 'accepted',
      lines: lines.map((line, k) => ({ lineNumber: line.lineNumber, statuses: [{ status: d('ack-line-rejected') && k === 0 ? ('rejected' as const) : ('accepted' as const), quantity: line.quantity }] })),
    };
    edi('855', ack, at(0, 12));
  } else expect('ack-missing', null);
  if (d('ack-line-rejected')) expect('ack-line-rejected', 'line:1');

  const sscc = (k: number) => `00${pad(index, 12)}${pad(k, 4)}`;
  const packs = (forAsn: boolean) =>
    lines.map((line, k) => ({
      sscc: sscc(k),
      lines: [{ poNumber: po, poLineNumber: line.lineNumber, product: line.product, quantity: { value: forAsn && d('asn-qty-vs-wms') && k === 0 ? String(Number(shippedQuantity(k)) + 1) : shippedQuantity(k), uom: line.quantity.uom } }],
    }));
  const bol = `BOL${pad(index, 9)}`;
  const shipped = at(1, 10);
  const shipsAtAll = !d('invoice-without-shipment');
  if (shipsAtAll) {
    const wms: Shipment = { kind: 'shipment', role: 'warehouse-advice', source: connector('wms', 'shipments', `W${index}`), channel: 'edi', shipmentNumber: `W${index}`, billOfLading: bol, orders: [{ poNumber: po, orderNumber: so }], dates: [{ qualifier: 'ship', date: { value: shipped.slice(0, 16), precision: 'minute' } }], packs: packs(false) };
    record(wms, at(1, 11));
    if (!d('asn-missing')) {
      const asn: Shipment = { kind: 'shipment', role: 'asn', source: none, partner, channel: 'edi', asnNumber: `A${index}`, billOfLading: bol, orders: [{ poNumber: po }], packs: packs(true) };
      edi('856', asn, d('asn-late') ? at(4, 10) : at(1, 14));
    } else expect('asn-missing', `shipment:W${index}`);
  } else expect('invoice-without-shipment', `invoice:I${index}`);
  if (d('asn-late')) expect('asn-late', `asn:A${index}`);
  if (d('asn-qty-vs-wms')) expect('asn-qty-vs-wms', `sscc:${sscc(0)}`);
  if (d('over-shipment')) expect('over-shipment', 'line:1');
  if (d('under-shipment')) expect('under-shipment', 'line:1');

  const invoiceLines = lines.map((line, k) => ({
    lineNumber: line.lineNumber,
    product: line.product,
    quantity: { value: String(Number(shippedQuantity(k)) + (d('invoice-qty-vs-shipped') && k === 0 ? 1 : 0)), uom: line.quantity.uom },
    unitPrice: { amount: d('invoice-price-vs-po') && k === 0 ? '1.00' : line.unitPrice.amount },
  }));
  const cents = invoiceLines.reduce((sum, line) => sum + Math.round(Number(line.quantity.value) * Number(line.unitPrice.amount) * 100), 0) + (d('invoice-total-mismatch') ? 100 : 0);
  const invoice: Invoice = { kind: 'invoice', source: none, partner, channel: 'edi', invoiceNumber: `I${index}`, poNumber: po, currency: 'USD', lines: invoiceLines, totals: { total: { amount: (cents / 100).toFixed(2), currency: 'USD' } } };
  edi('810', invoice, at(2, 9));
  if (d('invoice-qty-vs-shipped')) expect('invoice-qty-vs-shipped', 'line:1');
  if (d('invoice-price-vs-po')) expect('invoice-price-vs-po', `I${index}/line:1`);
  if (d('invoice-total-mismatch')) expect('invoice-total-mismatch', `invoice:I${index}`);

  const returns = d('return-without-credit') || d('credit-amount-mismatch') || (defect === undefined && index % 20 === 7);
  if (returns) {
    const line = lines[0]!;
    const returned: Return = { kind: 'return', source: none, partner, channel: 'edi', status: 'received', returnNumber: `R${index}`, poNumber: po, invoiceNumber: `I${index}`, lines: [{ lineNumber: '1', poLineNumber: '1', product: line.product, quantity: { value: '1', uom: line.quantity.uom }, unitPrice: { amount: line.unitPrice.amount, currency: 'USD' } }] };
    edi('180', returned, at(10, 9));
    if (!d('return-without-credit')) {
      const amount = d('credit-amount-mismatch') ? (Number(line.unitPrice.amount) + 5).toFixed(2) : line.unitPrice.amount;
      const credit: Credit = { kind: 'credit', source: connector('erp', 'credits', `C${index}`), partner, channel: 'edi', adjustment: 'credit', creditNumber: `C${index}`, poNumber: po, returnNumber: `R${index}`, invoiceNumber: `I${index}`, currency: 'USD', totals: { total: { amount, currency: 'USD' } } };
      record(credit, at(11, 9));
    }
  }
  if (d('return-without-credit')) expect('return-without-credit', `return:R${index}`);
  if (d('credit-amount-mismatch')) expect('credit-amount-mismatch', `return:R${index}`);

  const facts: (AckFact | ControlNumberFact)[] = [];
  if (d('oversell-risk')) {
    const sku = `OVS-${index}`;
    record({ kind: 'inventory', source: connector('erp', 'inventory', `STOCK-${sku}`), channel: 'edi', reportNumber: `STOCK-${sku}`, asOf: { value: at(5, 0).slice(0, 16), precision: 'minute' }, lines: [{ product: { sku }, location: 'WH1', quantities: [{ type: 'on-hand', quantity: { value: '10', uom: 'EA' } }] }] } satisfies InventoryPosition, at(5, 1));
    edi('846', { kind: 'inventory', source: none, partner, channel: 'edi', reportNumber: `846-${sku}`, lines: [{ product: { sku }, location: 'WH1', quantities: [{ type: 'available', quantity: { value: '25', uom: 'EA' } }], unitPrice: { amount: '4.00', currency: 'USD' } }] } satisfies InventoryPosition, at(5, 2));
    expect('oversell-risk', `partner:${partnerId}@WH1`, `stock:${sku}`);
  }
  const groupId = 50_000_000 + index;
  const ackFact = (status: AckFact['status'], dueHours: number): AckFact => ({ kind: 'ack-fact', partnerId, partnerName: partner.name, groupId, fileId: fileIdOf(index), functionalId: 'SH', groupControl: String(index), interchangeControl: pad(index, 9), status, sentAt: at(1, 14), dueAt: at(1, 14 + dueHours) });
  if (d('ack-rejected')) {
    facts.push(ackFact('rejected', 24));
    expect('ack-rejected', 'group', `ack:${partnerId}:${pad(index, 9)}:${index}:${groupId}`);
  } else if (d('ack-overdue')) {
    facts.push(ackFact('pending', 24));
    expect('ack-overdue', null, `ack:${partnerId}:${pad(index, 9)}:${index}:${groupId}`);
  } else if (index % 100 === 1) facts.push(ackFact('accepted', 24));
  if (d('control-number-duplicate')) {
    facts.push({ kind: 'control-number-fact', finding: 'duplicate', partnerId, partnerName: partner.name, direction: 'inbound', level: 'interchange', controlNumber: pad(index, 9), fileIds: [fileIdOf(index), fileIdOf(index) + 3], documentIds: [], occurrenceCount: 2 });
    expect('control-number-duplicate', null, `control:${partnerId}:inbound:interchange:duplicate:${pad(index, 9)}`);
  }
  if (d('control-number-gap')) {
    facts.push({ kind: 'control-number-fact', finding: 'gap', partnerId, partnerName: partner.name, direction: 'outbound', level: 'group', range: { from: index + 1, to: index + 2 }, fileIds: [fileIdOf(index)], documentIds: [] });
    expect('control-number-gap', null, `control:${partnerId}:outbound:group:gap:${index + 1}-${index + 2}`);
  }
  return { documents, facts, expected };
}

/** Stock positions of the ordinary SKUs: ERP on-hand and WMS allocated in records of 50 SKUs, each partner's 846 with every SKU; nobody oversells. */
export function stockDocuments(): GeneratedDocument[] {
  const documents: GeneratedDocument[] = [];
  const asOf = { value: '2026-12-01T00:00', precision: 'minute' as const };
  for (let first = 0; first < SKU_COUNT; first += 50) {
    const skus = Array.from({ length: Math.min(50, SKU_COUNT - first) }, (_, k) => `SKU-${first + k}`);
    const line = (sku: string, type: 'on-hand' | 'allocated', value: string) => ({ product: { sku }, location: 'WH1', quantities: [{ type, quantity: { value, uom: 'EA' } }] });
    documents.push({ document: { kind: 'inventory', source: connector('erp', 'inventory', `STOCK-${first}`), channel: 'edi', reportNumber: `STOCK-${first}`, asOf, lines: skus.map((sku) => line(sku, 'on-hand', '100000')) }, receivedAt: '2026-12-01T01:00:00.000Z' });
    documents.push({ document: { kind: 'inventory', source: connector('wms', 'inventory', `ALLOC-${first}`), channel: 'edi', reportNumber: `ALLOC-${first}`, asOf, lines: skus.map((sku) => line(sku, 'allocated', '10')) }, receivedAt: '2026-12-01T01:00:00.000Z' });
  }
  return documents;
}

/** Each partner's 846 for every ordinary SKU (placed in its own file after the orders' files). */
export function partnerStockReports(orders: number): GeneratedDocument[] {
  return [1, 2, 3].map((partnerId) => {
    const place: EdiPlacement = { fileId: fileIdOf(Math.ceil(orders / BLOCK) * BLOCK) + partnerId + 2, partnerId, ordinal: 0, type: '846', direction: 'outbound', byteStart: 0, byteEnd: 90_000, controlNumber: pad(partnerId, 9) };
    const lines = Array.from({ length: SKU_COUNT }, (_, k) => ({ product: { sku: `SKU-${k}` }, location: 'WH1', quantities: [{ type: 'available' as const, quantity: { value: '50', uom: 'EA' } }] }));
    return { document: { kind: 'inventory', source: ediSource(place), partner: { id: partnerId, name: `Partner ${partnerId}` }, channel: 'edi', reportNumber: `846-${partnerId}`, lines }, receivedAt: '2026-12-01T02:00:00.000Z', edi: place };
  });
}
