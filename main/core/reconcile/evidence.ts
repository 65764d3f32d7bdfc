/** Evidence: each source record behind a mismatch, with a label a reviewer recognises ('850 PO 4500012345'). */
import type { CanonicalDocument } from '../canonical/index.js';
import type { Evidence, ThreadDocument } from './types.js';

const SIDE_LABEL = { partner: '', erp: 'ERP ', wms: 'WMS ' } as const;

export function describeDocument(entry: ThreadDocument): string {
  const document: CanonicalDocument = entry.document;
  const type = document.source.kind === 'edi' ? `${document.source.type} ` : SIDE_LABEL[entry.side];
  switch (document.kind) {
    case 'order':
      return document.role === 'warehouse-order' ? `${type}warehouse order ${document.orderNumber ?? document.poNumber}` : `${type}order ${entry.side === 'erp' ? (document.orderNumber ?? document.poNumber) : `PO ${document.poNumber}`}`;
    case 'order-change':
      return `${type}order change PO ${document.poNumber}${document.changeNumber ? ` #${document.changeNumber}` : ''}`;
    case 'order-ack':
      return `${type}order ack PO ${document.poNumber}`;
    case 'shipment':
      if (document.role === 'asn') return `${type}ASN ${document.asnNumber ?? document.shipmentNumber ?? ''}`;
      if (document.role === 'receipt') return `${type}receipt ${document.receiptNumber ?? ''}`;
      return `${type}shipment ${document.shipmentNumber ?? document.asnNumber ?? ''}`;
    case 'invoice':
      return `${type}invoice ${document.invoiceNumber}`;
    case 'credit':
      return `${type}credit ${document.creditNumber}`;
    case 'return':
      return `${type}return ${document.returnNumber}`;
    case 'inventory':
      return `${type}inventory ${document.reportNumber ?? ''}`.trim();
  }
}

export function evidenceOf(entry: ThreadDocument, label?: string): Evidence {
  return { label: label ?? describeDocument(entry), source: entry.document.source };
}

/** One evidence per document, in document-key order, without repeats. */
export function evidenceList(entries: Iterable<ThreadDocument>): Evidence[] {
  const unique = new Map<string, ThreadDocument>();
  for (const entry of entries) unique.set(entry.key, entry);
  return [...unique.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)).map((entry) => evidenceOf(entry));
}
