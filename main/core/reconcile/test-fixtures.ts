/**
 * Shared by the tests (never imported by the engine): the canonical sample thread plus the ERP sales order it implies
 * (the samples' ack quotes SO-778812 but no ERP record is among them), Northwind's cross-references (buyer part ↔ SKU,
 * CA = 12 EA), a context at a fixed `now`, and small builders for documents and facts.
 */
import type { CanonicalDocument, Invoice, Order, OrderAck, Shipment, Source } from '../canonical/index.js';
import { allCanonicalSamples } from '../canonical/samples.js';
import { crossReferencesOf } from '../partners/cross-references.js';
import { DEFAULT_PROFILE_FIELDS, type PartnerProfileFields } from '../partners/profile-schema.js';
import { reconcileAll } from './reconcile.js';
import { itemResolverFrom } from './resolver.js';
import { DEFAULT_SETTINGS } from './settings.js';
import type { AckFact, ControlNumberFact, DocumentInput, ItemResolver, Mismatch, MismatchType, PartnerSettings, ReconcileContext, ReconcileInput } from './types.js';

export const NORTHWIND = 3;
export const NOW = '2026-12-10T12:00:00Z';

const northwindProfile: PartnerProfileFields = {
  ...DEFAULT_PROFILE_FIELDS,
  items: [
    { buyerPart: 'NW-88812', sku: 'WID-10', gtin: '00614141123452', description: 'Widget, blue, 10 pack' },
    { buyerPart: 'NW-88813', sku: 'GAD-02', gtin: '00614141123469' },
    { buyerPart: 'NW-99999', sku: 'BOLT-7' },
  ],
  uomConversions: [{ from: 'CA', to: 'EA', factor: '12' }],
  locations: [{ code: 'EAST', warehouse: 'EAST' }, { gln: '0614141000012', code: 'DC07', warehouse: 'EAST' }],
};
const ownProfile: PartnerProfileFields = { ...DEFAULT_PROFILE_FIELDS, uomConversions: [{ from: 'CA', to: 'EA', factor: '12' }] };

export const items: ItemResolver = itemResolverFrom((id) => (id === NORTHWIND ? crossReferencesOf(NORTHWIND, northwindProfile) : undefined), crossReferencesOf(0, ownProfile));

export function context(settings: Partial<PartnerSettings> = {}, now = NOW): ReconcileContext {
  const merged = { ...DEFAULT_SETTINGS, ...settings };
  return { now, items, settingsFor: () => merged };
}

export const sampleErpOrder: Order = {
  kind: 'order',
  role: 'purchase-order',
  source: { kind: 'connector', connector: 'erp', stream: 'sales-orders', recordId: 'SO-778812' },
  partner: { id: NORTHWIND, name: 'Northwind Retail' },
  channel: 'edi',
  poNumber: '4500012345',
  orderNumber: 'SO-778812',
  documentDate: { value: '2026-11-20', precision: 'day' },
  currency: 'USD',
  lines: [
    { lineNumber: '1', product: { sku: 'WID-10' }, quantity: { value: '10', uom: 'CA' }, unitPrice: { amount: '12.50', currency: 'USD' } },
    { lineNumber: '2', product: { sku: 'GAD-02' }, quantity: { value: '20', uom: 'EA' }, unitPrice: { amount: '3.75', currency: 'USD' } },
  ],
};

export function input(document: CanonicalDocument, receivedAt?: string): DocumentInput {
  return receivedAt ? { kind: 'document', document, receivedAt } : { kind: 'document', document };
}

/** The whole consistent thread, as fresh copies a test may change. */
export function sampleDocuments(): CanonicalDocument[] {
  return structuredClone([...allCanonicalSamples, sampleErpOrder]);
}

export function sampleInputs(): DocumentInput[] {
  return sampleDocuments().map((document) => input(document));
}

/** The sample document of a kind (and role), from a list a test is changing. */
export function pick<K extends CanonicalDocument['kind']>(documents: CanonicalDocument[], kind: K, test: (document: Extract<CanonicalDocument, { kind: K }>) => boolean = () => true): Extract<CanonicalDocument, { kind: K }> {
  const found = documents.find((document): document is Extract<CanonicalDocument, { kind: K }> => document.kind === kind && test(document as Extract<CanonicalDocument, { kind: K }>));
  if (!found) throw new Error(`no ${kind} among the documents`);
  return found;
}

export function run(inputs: readonly ReconcileInput[], settings: Partial<PartnerSettings> = {}, now = NOW): Mismatch[] {
  return reconcileAll(inputs, context(settings, now)).mismatches;
}

export function typesOf(mismatches: Mismatch[]): string[] {
  return mismatches.map((found) => found.type).sort();
}

export function ackFact(patch: Partial<AckFact> = {}): AckFact {
  return {
    kind: 'ack-fact',
    partnerId: NORTHWIND,
    partnerName: 'Northwind Retail',
    groupId: 51,
    fileId: 90,
    functionalId: 'SH',
    groupControl: '1201',
    interchangeControl: '000001201',
    status: 'accepted',
    sentAt: '2026-12-04T10:00:00.000Z',
    dueAt: '2026-12-05T10:00:00.000Z',
    ...patch,
  };
}

export function controlFact(patch: Partial<ControlNumberFact> = {}): ControlNumberFact {
  return { kind: 'control-number-fact', finding: 'duplicate', partnerId: NORTHWIND, direction: 'inbound', level: 'interchange', controlNumber: '000000042', fileIds: [11, 12], documentIds: [101, 102], occurrenceCount: 2, ...patch };
}

/** Only one rule's findings. */
export function only(type: MismatchType, inputs: readonly ReconcileInput[], settings: Partial<PartnerSettings> = {}, now = NOW): Mismatch[] {
  return reconcileAll(inputs, { ...context(settings, now), rules: [type] }).mismatches;
}

/** [line number, SKU, quantity, unit, unit price?] */
export type LineSpec = [string, string, string, string, string?];

const partner = { id: NORTHWIND, name: 'Northwind Retail' };
let byteCounter = 0;
export const ediSource = (type: string, controlNumber: string): Source => {
  byteCounter += 200;
  return { kind: 'edi', fileId: 500, byteStart: byteCounter, byteEnd: byteCounter + 150, standard: 'x12', type, controlNumber };
};
const day = (value: string) => ({ value, precision: 'day' as const });
const orderLines = (lines: LineSpec[]) =>
  lines.map(([lineNumber, sku, value, uom, price]) => ({ lineNumber, product: { sku }, quantity: { value, uom }, ...(price ? { unitPrice: { amount: price, currency: 'USD' } } : {}) }));

export function purchaseOrder(lines: LineSpec[], patch: Partial<Order> = {}): Order {
  return { kind: 'order', role: 'purchase-order', source: ediSource('850', '1001'), partner, channel: 'edi', poNumber: 'PO-1', documentDate: day('2026-12-01'), currency: 'USD', lines: orderLines(lines), ...patch };
}

export function erpOrder(lines: LineSpec[], patch: Partial<Order> = {}): Order {
  return { kind: 'order', role: 'purchase-order', source: { kind: 'connector', connector: 'erp', stream: 'sales-orders', recordId: patch.orderNumber ?? 'SO-1' }, partner, channel: 'edi', poNumber: 'PO-1', orderNumber: 'SO-1', documentDate: day('2026-12-01'), currency: 'USD', lines: orderLines(lines), ...patch };
}

export function orderAck(lines: OrderAck['lines'], patch: Partial<OrderAck> = {}): OrderAck {
  return { kind: 'order-ack', source: ediSource('855', '2001'), partner, channel: 'edi', poNumber: 'PO-1', orderNumber: 'SO-1', documentDate: day('2026-12-01'), status: 'accepted', ...(lines ? { lines } : {}), ...patch };
}

/** [PO line number, SKU, quantity, unit, SSCC?] */
export type ShipSpec = [string, string, string, string, string?];

function shipmentBody(lines: ShipSpec[]): Pick<Shipment, 'lines' | 'packs'> {
  const loose = lines.filter((line) => !line[4]);
  const packed = lines.filter((line) => line[4]);
  const toLine = ([poLineNumber, sku, value, uom]: ShipSpec) => ({ poNumber: 'PO-1', poLineNumber, product: { sku }, quantity: { value, uom } });
  return {
    ...(loose.length ? { lines: loose.map(toLine) } : {}),
    ...(packed.length ? { packs: [...new Set(packed.map((line) => line[4]!))].map((sscc) => ({ sscc, lines: packed.filter((line) => line[4] === sscc).map(toLine) })) } : {}),
  };
}

export function asn(asnNumber: string, lines: ShipSpec[], patch: Partial<Shipment> = {}): Shipment {
  return { kind: 'shipment', role: 'asn', source: ediSource('856', asnNumber), partner, channel: 'edi', asnNumber, documentDate: { value: '2026-12-02T15:00Z', precision: 'minute' }, dates: [{ qualifier: 'ship', date: day('2026-12-02') }], orders: [{ poNumber: 'PO-1' }], ...shipmentBody(lines), ...patch };
}

export function wmsShipment(shipmentNumber: string, lines: ShipSpec[], patch: Partial<Shipment> = {}): Shipment {
  return {
    kind: 'shipment',
    role: 'warehouse-advice',
    source: { kind: 'connector', connector: 'wms', stream: 'shipments', recordId: shipmentNumber },
    channel: 'edi',
    shipmentNumber,
    dates: [{ qualifier: 'ship', date: { value: '2026-12-02T10:00Z', precision: 'minute' } }],
    orders: [{ poNumber: 'PO-1', orderNumber: 'SO-1' }],
    ...shipmentBody(lines),
    ...patch,
  };
}

/** [line number, SKU, quantity, unit, unit price] */
export function invoice(invoiceNumber: string, lines: [string, string, string, string, string][], patch: Partial<Invoice> = {}): Invoice {
  return {
    kind: 'invoice',
    source: ediSource('810', invoiceNumber),
    partner,
    channel: 'edi',
    invoiceNumber,
    poNumber: 'PO-1',
    currency: 'USD',
    documentDate: day('2026-12-03'),
    lines: lines.map(([lineNumber, sku, value, uom, price]) => ({ lineNumber, product: { sku }, quantity: { value, uom }, unitPrice: { amount: price } })),
    ...patch,
  };
}

export function inputs(...documents: CanonicalDocument[]): DocumentInput[] {
  return documents.map((document) => input(document));
}
