/**
 * Synthetic order threads for the determinism tests and the engine's speed check: each order has the partner's PO,
 * the ERP order, our ack, the warehouse shipment, the ASN (cartons with SSCCs) and the invoice, all consistent;
 * `defectEvery` plants one defect in every n-th order, cycling through a fixed list of defect kinds.
 */
import type { CanonicalDocument, Invoice, Order, OrderAck, Shipment } from '../canonical/index.js';
import { DEFAULT_SETTINGS } from './settings.js';
import type { DocumentInput, ItemResolver, MismatchType, ReconcileContext } from './types.js';

export const SYNTHETIC_NOW = '2026-12-20T00:00:00Z';

/** Defects the generator plants, with the mismatch type each must produce. */
export const SYNTHETIC_DEFECTS: { name: string; type: MismatchType }[] = [
  { name: 'erp-quantity', type: 'qty-mismatch' },
  { name: 'erp-price', type: 'price-mismatch' },
  { name: 'no-erp-order', type: 'order-missing-in-erp' },
  { name: 'no-ack', type: 'ack-missing' },
  { name: 'no-asn', type: 'asn-missing' },
  { name: 'asn-quantity', type: 'asn-qty-vs-wms' },
  { name: 'invoice-price', type: 'invoice-price-vs-po' },
  { name: 'invoice-total', type: 'invoice-total-mismatch' },
  { name: 'late-asn', type: 'asn-late' },
  { name: 'rejected-line', type: 'ack-line-rejected' },
];

/** SKUs as written, CA = 12 EA for every item. */
export const syntheticItems: ItemResolver = {
  skuOf: (_partnerId, product) => product.sku,
  convert(_partnerId, _sku, quantity, from, to) {
    const a = from.toUpperCase();
    const b = to.toUpperCase();
    if (a === b) return quantity;
    if (a === 'CA' && b === 'EA') return String(Number(quantity) * 12);
    return undefined;
  },
};

export function syntheticContext(now = SYNTHETIC_NOW): ReconcileContext {
  return { now, items: syntheticItems, settingsFor: () => DEFAULT_SETTINGS };
}

const pad = (value: number, width: number) => String(value).padStart(width, '0');
const at = (day: number, hour: number) => `2026-12-${pad(day, 2)}T${pad(hour, 2)}:00:00.000Z`;

/** The documents of order `index`, with the defect `defect` (a SYNTHETIC_DEFECTS name) planted when given. */
export function syntheticOrder(index: number, defect?: string): DocumentInput[] {
  const partner = { id: 1 + (index % 3), name: `Partner ${1 + (index % 3)}` };
  const po = `PO${pad(index, 7)}`;
  const so = `SO${pad(index, 7)}`;
  const lineCount = 1 + (index % 3);
  const lines = Array.from({ length: lineCount }, (_, k) => ({
    lineNumber: String(k + 1),
    product: { sku: `SKU-${(index * 7 + k) % 997}` },
    quantity: { value: String(((index + k) % 9) + 1), uom: k % 2 === 0 ? 'CA' : 'EA' },
    unitPrice: { amount: `${(index % 40) + 2}.${pad((k * 17) % 100, 2)}`, currency: 'USD' },
  }));
  const edi = (type: string, offset: number) => ({ kind: 'edi' as const, fileId: 1 + Math.floor(index / 100), byteStart: (index % 100) * 10_000 + offset, byteEnd: (index % 100) * 10_000 + offset + 900, standard: 'x12' as const, type, controlNumber: pad(index, 9) });
  const order: Order = { kind: 'order', role: 'purchase-order', source: edi('850', 0), partner, channel: 'edi', poNumber: po, currency: 'USD', lines };
  const erpLines = lines.map((line, k) => ({
    ...line,
    quantity: defect === 'erp-quantity' && k === 0 ? { ...line.quantity, value: String(Number(line.quantity.value) + 3) } : line.quantity,
    unitPrice: defect === 'erp-price' && k === 0 ? { amount: '999.00', currency: 'USD' } : line.unitPrice,
  }));
  const erp: Order = { kind: 'order', role: 'purchase-order', source: { kind: 'connector', connector: 'erp', stream: 'sales-orders', recordId: so }, partner, channel: 'edi', poNumber: po, orderNumber: so, currency: 'USD', lines: erpLines };
  const ack: OrderAck = {
    kind: 'order-ack',
    source: edi('855', 1000),
    partner,
    channel: 'edi',
    poNumber: po,
    orderNumber: so,
    status: 'accepted',
    lines: lines.map((line, k) => ({ lineNumber: line.lineNumber, statuses: [{ status: defect === 'rejected-line' && k === 0 ? ('rejected' as const) : ('accepted' as const), quantity: line.quantity }] })),
  };
  const shipLines = (forAsn: boolean) =>
    lines.map((line, k) => ({ poNumber: po, poLineNumber: line.lineNumber, product: line.product, quantity: forAsn && defect === 'asn-quantity' && k === 0 ? { ...line.quantity, value: String(Number(line.quantity.value) + 1) } : line.quantity }));
  const cartons = (forAsn: boolean) => shipLines(forAsn).map((line, k) => ({ sscc: `00${pad(index, 12)}${pad(k, 4)}`, lines: [line] }));
  const bol = `BOL${pad(index, 8)}`;
  const shipped = at(2, 10);
  const wms: Shipment = { kind: 'shipment', role: 'warehouse-advice', source: { kind: 'connector', connector: 'wms', stream: 'shipments', recordId: `W${index}` }, channel: 'edi', shipmentNumber: `W${index}`, billOfLading: bol, orders: [{ poNumber: po, orderNumber: so }], dates: [{ qualifier: 'ship', date: { value: shipped.slice(0, 16), precision: 'minute' } }], packs: cartons(false) };
  const asn: Shipment = { kind: 'shipment', role: 'asn', source: edi('856', 2000), partner, channel: 'edi', asnNumber: `A${index}`, billOfLading: bol, orders: [{ poNumber: po }], packs: cartons(true) };
  const invoiceLines = lines.map((line, k) => ({ ...line, unitPrice: defect === 'invoice-price' && k === 0 ? { amount: '1.00' } : { amount: line.unitPrice.amount } }));
  const lineTotal = invoiceLines.reduce((total, line) => total + Math.round(Number(line.quantity.value) * Number(line.unitPrice.amount) * 100), 0);
  const total = (lineTotal + (defect === 'invoice-total' ? 100 : 0)) / 100;
  const invoice: Invoice = { kind: 'invoice', source: edi('810', 3000), partner, channel: 'edi', invoiceNumber: `I${index}`, poNumber: po, currency: 'USD', lines: invoiceLines, totals: { total: { amount: total.toFixed(2), currency: 'USD' } } };
  const documents: [CanonicalDocument, string][] = [
    [order, at(1, 8)],
    ...(defect === 'no-erp-order' ? [] : ([[erp, at(1, 9)]] as [CanonicalDocument, string][])),
    ...(defect === 'no-ack' ? [] : ([[ack, at(1, 12)]] as [CanonicalDocument, string][])),
    [wms, at(2, 11)],
    ...(defect === 'no-asn' ? [] : ([[asn, defect === 'late-asn' ? at(5, 10) : at(2, 14)]] as [CanonicalDocument, string][])),
    [invoice, at(3, 9)],
  ];
  return documents.map(([document, receivedAt]) => ({ kind: 'document', document, receivedAt }));
}

/** `count` orders; with `defectEvery` n, orders 0, n, 2n… carry one defect each, cycling through SYNTHETIC_DEFECTS. */
export function syntheticInputs(count: number, defectEvery = 0): DocumentInput[] {
  const inputs: DocumentInput[] = [];
  for (let index = 0; index < count; index++) {
    const defect = defectEvery > 0 && index % defectEvery === 0 ? SYNTHETIC_DEFECTS[(index / defectEvery) % SYNTHETIC_DEFECTS.length]?.name : undefined;
    inputs.push(...syntheticOrder(index, defect));
  }
  return inputs;
}

/** The defect planted in order `index`, if any. */
export function plantedDefect(index: number, defectEvery: number): { name: string; type: MismatchType } | undefined {
  return defectEvery > 0 && index % defectEvery === 0 ? SYNTHETIC_DEFECTS[(index / defectEvery) % SYNTHETIC_DEFECTS.length] : undefined;
}
