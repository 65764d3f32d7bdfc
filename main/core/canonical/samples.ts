/**
 * One realistic document of every kind, all about the same order thread (PO 4500012345 from Northwind Retail to
 * Crossdock Supply), so reconciliation tests can match them to each other. Tests and the mapping editor reuse them;
 * each validates (samples.test.ts).
 */
import type { Party, ProductIds, Source } from './common.js';
import type { Credit, Invoice } from './invoice.js';
import type { CanonicalDocument, CanonicalKind } from './model.js';
import type { Order, OrderAck, OrderChange } from './orders.js';
import type { Shipment } from './shipment.js';
import type { InventoryPosition, Return } from './stock.js';

const ediSource = (type: string, controlNumber: string, byteStart: number, byteEnd: number): Source => ({
  kind: 'edi',
  fileId: 17,
  sha256: 'b5bb9d8014a0f9b1d61e21e796d78dccdf1352f23cd32812f4850b878ae4944c',
  documentId: 42,
  byteStart,
  byteEnd,
  standard: 'x12',
  type,
  version: '004010',
  controlNumber,
});

const partner = { id: 3, name: 'Northwind Retail' };
const buyer: Party = { role: 'buyer', roleCode: 'BY', ids: [{ scheme: 'duns', value: '123456789', qualifier: '1' }], name: 'Northwind Retail Inc' };
const shipTo: Party = {
  role: 'ship-to',
  roleCode: 'ST',
  ids: [{ scheme: 'gln', value: '0614141000012', qualifier: 'UL' }, { scheme: 'buyer-assigned', value: 'DC07', qualifier: '92' }],
  name: 'Northwind DC 07',
  address: { lines: ['1200 Logistics Pkwy'], city: 'Columbus', region: 'OH', postalCode: '43217', country: 'US' },
};
const widget: ProductIds = { buyerPart: 'NW-88812', vendorPart: 'CD-WID-10', sku: 'WID-10', gtin: '00614141123452', description: 'Widget, blue, 10 pack' };
const gadget: ProductIds = { buyerPart: 'NW-88813', vendorPart: 'CD-GAD-02', sku: 'GAD-02', upc: '614141123469' };
const day = (value: string) => ({ value, precision: 'day' as const });

export const sampleOrder: Order = {
  kind: 'order',
  role: 'purchase-order',
  source: ediSource('850', '0001', 106, 912),
  partner,
  channel: 'edi',
  purpose: 'original',
  purposeCode: '00',
  orderType: 'SA',
  poNumber: '4500012345',
  documentDate: day('2026-11-20'),
  dates: [{ qualifier: 'requested-delivery', code: '002', date: day('2026-12-01') }],
  parties: [buyer, shipTo],
  currency: 'USD',
  references: [{ qualifier: 'IA', value: 'V-99812' }, { qualifier: 'DP', value: '042' }],
  terms: { code: '01', description: '2% 10 Net 30', discountPercent: '2', discountDays: 10, netDays: 30 },
  carrier: { scac: 'UPSN', mode: 'M', serviceLevel: 'Ground' },
  lines: [
    { lineNumber: '1', product: widget, quantity: { value: '10', uom: 'CA' }, unitPrice: { amount: '12.50', currency: 'USD' }, priceBasis: 'PE' },
    { lineNumber: '2', product: gadget, quantity: { value: '24', uom: 'EA' }, unitPrice: { amount: '3.75', currency: 'USD' }, dates: [{ qualifier: 'requested-ship', code: '010', date: day('2026-11-28') }] },
  ],
  declaredLineCount: 2,
};

export const sampleWarehouseOrder: Order = {
  kind: 'order',
  role: 'warehouse-order',
  source: ediSource('940', '0007', 0, 640),
  partner: { id: 9, name: 'Lakeside 3PL' },
  channel: 'edi',
  poNumber: '4500012345',
  orderNumber: 'SO-778812',
  parties: [shipTo, { role: 'depositor', roleCode: 'DE', ids: [{ scheme: 'mutually-defined', value: 'CROSSDOCK', qualifier: 'ZZ' }] }],
  lines: [
    { lineNumber: '1', product: { sku: 'WID-10', gtin: '00614141123452' }, quantity: { value: '10', uom: 'CA' } },
    { lineNumber: '2', product: { sku: 'GAD-02' }, quantity: { value: '24', uom: 'EA' } },
  ],
};

export const sampleOrderChange: OrderChange = {
  kind: 'order-change',
  source: ediSource('860', '0002', 0, 512),
  partner,
  channel: 'edi',
  purpose: 'change',
  purposeCode: '04',
  poNumber: '4500012345',
  changeNumber: '1',
  documentDate: day('2026-11-21'),
  lines: [{ lineNumber: '2', change: 'quantity', changeCode: 'QD', product: gadget, previousQuantity: { value: '24', uom: 'EA' }, quantity: { value: '20', uom: 'EA' } }],
};

export const sampleOrderAck: OrderAck = {
  kind: 'order-ack',
  source: ediSource('855', '0101', 0, 700),
  partner,
  channel: 'edi',
  purpose: 'original',
  status: 'accepted-with-changes',
  statusCode: 'AC',
  poNumber: '4500012345',
  orderNumber: 'SO-778812',
  documentDate: day('2026-11-21'),
  lines: [
    { lineNumber: '1', product: widget, orderedQuantity: { value: '10', uom: 'CA' }, unitPrice: { amount: '12.50' }, statuses: [{ status: 'accepted', code: 'IA', quantity: { value: '10', uom: 'CA' } }] },
    {
      lineNumber: '2',
      product: gadget,
      orderedQuantity: { value: '20', uom: 'EA' },
      statuses: [
        { status: 'accepted', code: 'IA', quantity: { value: '12', uom: 'EA' } },
        { status: 'backordered', code: 'IB', quantity: { value: '8', uom: 'EA' }, date: day('2026-12-10') },
      ],
    },
  ],
};

export const sampleAsn: Shipment = {
  kind: 'shipment',
  role: 'asn',
  source: ediSource('856', '0102', 0, 1480),
  partner,
  channel: 'edi',
  purpose: 'original',
  asnNumber: 'ASN-2026-0042',
  shipmentNumber: 'SHP-55120',
  billOfLading: '91234567890',
  carrier: { scac: 'UPSN', mode: 'M', trackingNumber: '1Z999AA10123456784' },
  documentDate: { value: '2026-11-27T16:05', precision: 'minute', timeZone: 'America/New_York' },
  dates: [{ qualifier: 'ship', code: '011', date: day('2026-11-27') }],
  parties: [shipTo, { role: 'ship-from', roleCode: 'SF', name: 'Crossdock Supply East' }],
  orders: [{ poNumber: '4500012345', orderDate: day('2026-11-20') }],
  totalWeight: { value: '212.5', uom: 'LB' },
  declaredPackageCount: 3,
  packs: [
    {
      level: 'tare',
      sscc: '006141411234567890',
      packType: 'PLT',
      packs: [
        { level: 'pack', sscc: '006141411234567906', packType: 'CTN', lines: [{ lineNumber: '1', poNumber: '4500012345', poLineNumber: '1', product: widget, quantity: { value: '10', uom: 'CA' }, orderedQuantity: { value: '10', uom: 'CA' }, status: 'CC' }] },
        { level: 'pack', sscc: '006141411234567913', packType: 'CTN', lines: [{ lineNumber: '2', poNumber: '4500012345', poLineNumber: '2', product: gadget, quantity: { value: '12', uom: 'EA' }, orderedQuantity: { value: '20', uom: 'EA' }, status: 'PR', lot: 'L2611' }] },
      ],
    },
  ],
};

export const sampleWarehouseAdvice: Shipment = {
  kind: 'shipment',
  role: 'warehouse-advice',
  source: ediSource('945', '0311', 0, 820),
  partner: { id: 9, name: 'Lakeside 3PL' },
  channel: 'edi',
  shipmentNumber: 'W-88120',
  billOfLading: '91234567890',
  orders: [{ poNumber: '4500012345', orderNumber: 'SO-778812' }],
  dates: [{ qualifier: 'ship', date: day('2026-11-27') }],
  lines: [
    { lineNumber: '1', poNumber: '4500012345', product: { sku: 'WID-10' }, quantity: { value: '10', uom: 'CA' }, orderedQuantity: { value: '10', uom: 'CA' }, status: 'CC' },
    { lineNumber: '2', poNumber: '4500012345', product: { sku: 'GAD-02' }, quantity: { value: '12', uom: 'EA' }, orderedQuantity: { value: '20', uom: 'EA' }, status: 'PR' },
  ],
};

export const sampleReceipt: Shipment = {
  kind: 'shipment',
  role: 'receipt',
  source: { kind: 'edi', byteStart: 0, byteEnd: 690, standard: 'edifact', type: 'RECADV', version: 'D96A', controlNumber: 'M0007' },
  partner,
  channel: 'edi',
  receiptNumber: 'RCV-771',
  asnNumber: 'ASN-2026-0042',
  dates: [{ qualifier: 'receipt', code: '50', date: { value: '2026-11-30T09:12:00+01:00', precision: 'second' } }],
  packs: [{ sscc: '006141411234567906', lines: [{ lineNumber: '1', poNumber: '4500012345', product: { gtin: '00614141123452' }, quantity: { value: '9', uom: 'CA' }, rejectedQuantity: { value: '1', uom: 'CA' } }] }],
};

export const sampleInvoice: Invoice = {
  kind: 'invoice',
  source: ediSource('810', '0103', 0, 1010),
  partner,
  channel: 'edi',
  purpose: 'original',
  invoiceNumber: 'INV-90017',
  poNumber: '4500012345',
  asnNumber: 'ASN-2026-0042',
  documentDate: day('2026-11-27'),
  currency: 'USD',
  parties: [buyer, { role: 'remit-to', roleCode: 'RI', name: 'Crossdock Supply LLC', address: { lines: ['PO Box 4410'], city: 'Dayton', region: 'OH', postalCode: '45401', country: 'US' } }],
  terms: { code: '01', discountPercent: '2', discountDays: 10, netDays: 30, dueDate: day('2026-12-27') },
  lines: [
    { lineNumber: '1', product: widget, quantity: { value: '10', uom: 'CA' }, unitPrice: { amount: '12.50' }, amount: { amount: '125.00' } },
    { lineNumber: '2', product: gadget, quantity: { value: '12', uom: 'EA' }, unitPrice: { amount: '3.75' }, amount: { amount: '45.00' } },
  ],
  allowancesCharges: [{ type: 'charge', code: 'D240', description: 'Freight', amount: { amount: '15.00' } }, { type: 'allowance', code: 'C310', description: 'Promotional discount', percent: '5', basis: { amount: '170.00' }, amount: { amount: '8.50' } }],
  taxes: [{ type: 'sales', category: 'ST', percent: '7.25', taxableAmount: { amount: '176.50' }, amount: { amount: '12.80' }, jurisdiction: 'OH' }],
  totals: { lineTotal: { amount: '170.00' }, chargeTotal: { amount: '15.00' }, allowanceTotal: { amount: '8.50' }, taxTotal: { amount: '12.80' }, total: { amount: '189.30', currency: 'USD' }, declaredLineCount: 2 },
};

export const sampleInventory: InventoryPosition = {
  kind: 'inventory',
  source: ediSource('846', '0104', 0, 600),
  partner,
  channel: 'edi',
  reportNumber: 'INV-ADV-20261127',
  asOf: { value: '2026-11-27T06:00', precision: 'minute', timeZone: 'America/New_York' },
  lines: [
    { lineNumber: '1', product: widget, location: 'EAST', quantities: [{ type: 'available', code: '33', quantity: { value: '140', uom: 'CA' } }, { type: 'on-order', code: '02', quantity: { value: '300', uom: 'CA' }, date: day('2026-12-05') }] },
    { lineNumber: '2', product: gadget, location: 'EAST', quantities: [{ type: 'available', code: '33', quantity: { value: '0', uom: 'EA' } }] },
  ],
};

export const sampleReturn: Return = {
  kind: 'return',
  source: { kind: 'connector', connector: 'erp', stream: 'return-authorizations', recordId: 'RMA-3318' },
  partner,
  channel: 'edi',
  status: 'received',
  returnNumber: 'RMA-3318',
  poNumber: '4500012345',
  invoiceNumber: 'INV-90017',
  dates: [{ qualifier: 'receipt', date: day('2026-12-04') }],
  lines: [{ lineNumber: '1', poLineNumber: '1', product: widget, quantity: { value: '1', uom: 'CA' }, unitPrice: { amount: '12.50' }, reasonCode: 'DMG', reason: 'Damaged in transit', condition: 'damaged', disposition: 'scrap' }],
};

export const sampleCredit: Credit = {
  kind: 'credit',
  source: { kind: 'manual', by: 'jdoe' },
  partner,
  channel: 'edi',
  adjustment: 'credit',
  creditNumber: 'CM-1207',
  invoiceNumber: 'INV-90017',
  poNumber: '4500012345',
  returnNumber: 'RMA-3318',
  currency: 'USD',
  reason: 'Damaged in transit',
  lines: [{ lineNumber: '1', invoiceLineNumber: '1', product: widget, quantity: { value: '1', uom: 'CA' }, unitPrice: { amount: '12.50' }, amount: { amount: '12.50' }, reasonCode: '01' }],
  totals: { total: { amount: '12.50', currency: 'USD' } },
};

/** One sample per kind (the purchase-order role for orders, the ASN role for shipments). */
export const canonicalSamples: { [K in CanonicalKind]: Extract<CanonicalDocument, { kind: K }> } = {
  order: sampleOrder,
  'order-change': sampleOrderChange,
  'order-ack': sampleOrderAck,
  shipment: sampleAsn,
  invoice: sampleInvoice,
  inventory: sampleInventory,
  return: sampleReturn,
  credit: sampleCredit,
};

/** Every sample, including the other roles (warehouse order, warehouse advice, receipt). */
export const allCanonicalSamples: CanonicalDocument[] = [...Object.values(canonicalSamples), sampleWarehouseOrder, sampleWarehouseAdvice, sampleReceipt];
