/**
 * Business keys: how a document names the order it belongs to (PO + partner, our order number), the keys other
 * documents may reference it by (ASN, invoice, return numbers), and a stable key for the document itself.
 */
import type { CanonicalDocument, ProductIds, Shipment, Source } from '../canonical/index.js';
import type { ItemResolver, ReconcileInput, Side } from './types.js';

/** One order a document refers to; partnerId undefined when the document's partner is not the customer (a 3PL's 945). */
export interface OrderRef {
  partnerId: number | undefined;
  poNumber: string | undefined;
  orderNumber: string | undefined;
}

export function sideOf(document: CanonicalDocument): Side {
  if (document.kind === 'order' && document.role === 'warehouse-order') return 'wms';
  if (document.kind === 'shipment' && document.role === 'warehouse-advice') return 'wms';
  if (document.source.kind === 'connector') return /^wms/i.test(document.source.connector) ? 'wms' : 'erp';
  return 'partner';
}

export function sourceKey(source: Source): string {
  switch (source.kind) {
    case 'edi':
      return `edi:${source.fileId ?? source.sha256 ?? '-'}:${source.byteStart}-${source.byteEnd}:${source.controlNumber}`;
    case 'connector':
      return `connector:${source.connector}:${source.stream}:${source.recordId}`;
    case 'file':
      return `file:${source.name}:${source.row ?? ''}`;
    case 'manual':
      return `manual:${source.by}`;
  }
}

function businessNumber(document: CanonicalDocument): string {
  switch (document.kind) {
    case 'order':
    case 'order-change':
    case 'order-ack':
      return document.poNumber;
    case 'shipment':
      return document.asnNumber ?? document.shipmentNumber ?? document.receiptNumber ?? '';
    case 'invoice':
      return document.invoiceNumber;
    case 'credit':
      return document.creditNumber;
    case 'return':
      return document.returnNumber;
    case 'inventory':
      return document.reportNumber ?? '';
  }
}

/** Identifies a document across runs: the same record delivered twice has the same key and counts once. */
export function documentKey(document: CanonicalDocument): string {
  const role = 'role' in document ? `/${document.role}` : '';
  return `${document.kind}${role}|${businessNumber(document)}|${sourceKey(document.source)}`;
}

export function inputKey(input: ReconcileInput): string {
  if (input.kind === 'document') return documentKey(input.document);
  if (input.kind === 'ack-fact') return `ack|${input.partnerId}|${input.groupId}`;
  const where = input.finding === 'gap' ? `${input.range?.from ?? ''}-${input.range?.to ?? ''}` : (input.controlNumber ?? '');
  return `control|${input.partnerId}|${input.direction}|${input.level}|${input.finding}|${where}`;
}

export function poKey(partnerId: number | undefined, poNumber: string): string {
  return `po:${partnerId ?? '?'}:${poNumber.trim()}`;
}

/** Links every thread with this PO number, whatever the partner: a PO named without its partner may join any of them. */
export function anyPartnerPoKey(poNumber: string): string {
  return `po:*:${poNumber.trim()}`;
}

export function orderNumberKey(orderNumber: string): string {
  return `so:${orderNumber.trim()}`;
}

/** The orders a document names itself (a multi-order ASN names several); empty when it names them only indirectly. */
export function orderRefsOf(document: CanonicalDocument): OrderRef[] {
  return orderRefsWithSide(document, sideOf(document));
}

/** orderRefsOf for a document whose side is known (buildThreads has it on the entry). */
export function orderRefsWithSide(document: CanonicalDocument, side: Side): OrderRef[] {
  const partnerId = side === 'wms' ? undefined : document.partner?.id;
  switch (document.kind) {
    case 'order':
    case 'order-change':
    case 'order-ack':
      return [{ partnerId, poNumber: document.poNumber, orderNumber: document.orderNumber }];
    case 'shipment':
      return shipmentRefs(document, partnerId);
    case 'invoice':
    case 'return':
      return document.poNumber || document.orderNumber ? [{ partnerId, poNumber: document.poNumber, orderNumber: document.orderNumber }] : [];
    case 'credit':
      return document.poNumber ? [{ partnerId, poNumber: document.poNumber, orderNumber: undefined }] : [];
    case 'inventory':
      return [];
  }
}

/** The shipment's orders, then POs its lines name: loose lines, then packs taken last-first from a stack. */
function shipmentRefs(document: Shipment, partnerId: number | undefined): OrderRef[] {
  const refs = new Map<string, OrderRef>();
  for (const order of document.orders ?? []) refs.set(order.poNumber, { partnerId, poNumber: order.poNumber, orderNumber: order.orderNumber });
  addLineRefs(refs, document.lines, partnerId);
  if (document.packs && document.packs.length > 0) {
    const packs = [...document.packs];
    while (packs.length > 0) {
      const pack = packs.pop()!;
      addLineRefs(refs, pack.lines, partnerId);
      if (pack.packs) for (const inner of pack.packs) packs.push(inner);
    }
  }
  return [...refs.values()];
}

function addLineRefs(refs: Map<string, OrderRef>, lines: readonly { poNumber?: string | undefined }[] | undefined, partnerId: number | undefined): void {
  if (!lines) return;
  for (const line of lines) if (line.poNumber && !refs.has(line.poNumber)) refs.set(line.poNumber, { partnerId, poNumber: line.poNumber, orderNumber: undefined });
}

/** Keys other documents reference this one by (an invoice quoting the ASN number, a credit quoting the return). */
export function providedKeysOf(document: CanonicalDocument): string[] {
  return providedKeysWithSide(document, sideOf(document));
}

export function providedKeysWithSide(document: CanonicalDocument, side: Side): string[] {
  const partner = (side === 'wms' ? undefined : document.partner?.id) ?? '?';
  switch (document.kind) {
    case 'shipment': {
      const asn = document.asnNumber ? `asn:${partner}:${document.asnNumber}` : undefined;
      const shipment = document.shipmentNumber ? `shipment:${document.shipmentNumber}` : undefined;
      return asn ? (shipment ? [asn, shipment] : [asn]) : shipment ? [shipment] : [];
    }
    case 'invoice':
      return [`invoice:${partner}:${document.invoiceNumber}`];
    case 'return':
      return [`return:${partner}:${document.returnNumber}`];
    default:
      return [];
  }
}

/** Keys this document may be reached through when it names no order itself, in order of preference. */
export function indirectKeysOf(document: CanonicalDocument): string[] {
  return indirectKeysWithSide(document, sideOf(document));
}

const NO_KEYS: readonly string[] = Object.freeze([]);

export function indirectKeysWithSide(document: CanonicalDocument, side: Side): string[] {
  const partner = (side === 'wms' ? undefined : document.partner?.id) ?? '?';
  switch (document.kind) {
    case 'shipment':
      return document.role === 'receipt' && document.asnNumber ? [`asn:${partner}:${document.asnNumber}`] : [];
    case 'invoice':
      if (!document.asnNumber && !document.shipmentNumber) return NO_KEYS as string[];
      return [...(document.asnNumber ? [`asn:${partner}:${document.asnNumber}`] : []), ...(document.shipmentNumber ? [`shipment:${document.shipmentNumber}`] : [])];
    case 'return':
      return document.invoiceNumber ? [`invoice:${partner}:${document.invoiceNumber}`] : [];
    case 'credit':
      return [...(document.returnNumber ? [`return:${partner}:${document.returnNumber}`] : []), ...(document.invoiceNumber ? [`invoice:${partner}:${document.invoiceNumber}`] : [])];
    default:
      return NO_KEYS as string[];
  }
}

/** 'sku:WID-10' through the cross-references, else the best id the line has ('gtin:…', 'bp:…', 'vp:…'). */
export function productKey(items: ItemResolver, partnerId: number | undefined, product: ProductIds | undefined): string | undefined {
  if (!product) return undefined;
  const sku = items.skuOf(partnerId, product) ?? product.sku;
  if (sku) return `sku:${sku.trim().toUpperCase()}`;
  const gtin = product.gtin ?? product.upc ?? product.ean;
  if (gtin) return `gtin:${gtin.padStart(14, '0')}`;
  if (product.buyerPart) return `bp:${product.buyerPart.trim().toUpperCase()}`;
  if (product.vendorPart) return `vp:${product.vendorPart.trim().toUpperCase()}`;
  return undefined;
}

/** The SKU part of a product key, for cross-reference look-ups. */
export function skuOfKey(key: string | undefined): string | undefined {
  return key?.startsWith('sku:') ? key.slice(4) : undefined;
}

/**
 * Which thread link keys an input touches: look these up in the thread index, load those threads' inputs with the new
 * one and run buildThreads over them, then reconcileThread each result.
 */
export function threadKeysFor(input: ReconcileInput, items: ItemResolver): string[] {
  if (input.kind !== 'document') return [factThreadKey(input)];
  const document = input.document;
  if (document.kind === 'inventory') {
    const skus = new Set<string>();
    for (const line of document.lines) {
      const key = productKey(items, document.partner?.id, line.product);
      if (key) skus.add(stockThreadKey(key));
    }
    return [...skus].sort();
  }
  const keys = new Set<string>();
  for (const ref of orderRefsOf(document)) {
    if (ref.poNumber) keys.add(poKey(ref.partnerId, ref.poNumber)).add(anyPartnerPoKey(ref.poNumber));
    if (ref.orderNumber) keys.add(orderNumberKey(ref.orderNumber));
  }
  for (const key of [...providedKeysOf(document), ...indirectKeysOf(document)]) keys.add(key);
  return [...keys].sort();
}

export function stockThreadKey(productKey: string): string {
  return `stock:${productKey.startsWith('sku:') ? productKey.slice(4) : productKey}`;
}

export function factThreadKey(input: Exclude<ReconcileInput, { kind: 'document' }>): string {
  if (input.kind === 'ack-fact') return `ack:${input.partnerId}:${input.interchangeControl}:${input.groupControl}:${input.groupId}`;
  const where = input.finding === 'gap' ? `gap:${input.range?.from ?? ''}-${input.range?.to ?? ''}` : `duplicate:${input.controlNumber ?? ''}`;
  return `control:${input.partnerId}:${input.direction}:${input.level}:${where}`;
}
