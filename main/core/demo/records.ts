/**
 * What our ERP and warehouse say about the scenario, as canonical JSON records (`crossdock schema`) wrapped for
 * records.import: ERP sales orders (in eaches), invoices, stock on hand, return authorizations and credits; WMS
 * shipments with their cartons (SSCC) and stock allocations.
 */
import type { CanonicalDocument, Credit, Invoice, InventoryPosition, Order, Return, Shipment } from '../canonical/index.js';
import type { PartnerKey } from './cast.js';
import { money, type DemoOrder, type DemoReturn, type DemoScenario } from './model.js';

export interface DemoRecord {
  recordId: string;
  stream: string;
  document: CanonicalDocument;
  /** when the other system had it (the ERP entry, the shipment, the snapshot) */
  at: Date;
}

export type PartnerRefs = Record<PartnerKey, { id: number; name: string }>;

const connector = (system: 'erp' | 'wms', stream: string, recordId: string) => ({ kind: 'connector' as const, connector: system, stream, recordId });
const day = (at: Date) => ({ value: at.toISOString().slice(0, 10), precision: 'day' as const });
const minute = (at: Date) => ({ value: at.toISOString().slice(0, 16), precision: 'minute' as const });

function salesOrders(order: DemoOrder, partner: { id: number; name: string }): DemoRecord[] {
  return order.erp.map((entry) => {
    const document: Order = {
      kind: 'order',
      role: 'purchase-order',
      source: connector('erp', 'sales-orders', entry.so),
      partner,
      channel: 'edi',
      poNumber: order.po,
      orderNumber: entry.so,
      documentDate: day(entry.at),
      dates: [{ qualifier: 'requested-delivery', date: day(order.deliveryBy) }],
      currency: order.partner.currency,
      lines: order.lines.map((line) => ({
        lineNumber: String(line.lineNumber),
        product: { sku: line.sku, gtin: line.gtin, description: line.description },
        quantity: { value: String(entry.quantities.get(line.lineNumber)), uom: 'EA' },
        unitPrice: { amount: entry.eachPrices.get(line.lineNumber)!, currency: order.partner.currency },
      })),
    };
    return { recordId: entry.so, stream: 'sales-orders', document, at: entry.at };
  });
}

function erpInvoice(order: DemoOrder, partner: { id: number; name: string }): DemoRecord[] {
  const invoice = order.invoice;
  if (!invoice || order.erp.length === 0) return [];
  let total = 0;
  const lines = [...invoice.quantities].map(([lineNumber, quantity]) => {
    const line = order.lines.find((candidate) => candidate.lineNumber === lineNumber)!;
    const price = invoice.prices.get(lineNumber)!;
    const amount = Math.round(quantity * Number(price) * 100);
    total += amount;
    return { lineNumber: String(lineNumber), product: { sku: line.sku }, quantity: { value: String(quantity), uom: line.uom }, unitPrice: { amount: price }, amount: { amount: money(amount / 100) } };
  });
  const document: Invoice = {
    kind: 'invoice',
    source: connector('erp', 'invoices', invoice.number),
    partner,
    channel: 'edi',
    invoiceNumber: invoice.number,
    poNumber: order.po,
    orderNumber: order.so,
    documentDate: day(invoice.at),
    currency: order.partner.currency,
    lines,
    totals: { total: { amount: money(total / 100), currency: order.partner.currency } },
  };
  return [{ recordId: invoice.number, stream: 'invoices', document, at: invoice.at }];
}

function warehouseShipment(order: DemoOrder): DemoRecord[] {
  const shipment = order.shipment;
  if (!shipment) return [];
  // the warehouse counts Summit's goods in cases, the others' in eaches
  const uom = order.partner.orderUom === 'CA' ? 'CA' : 'EA';
  const document: Shipment = {
    kind: 'shipment',
    role: 'warehouse-advice',
    source: connector('wms', 'shipments', shipment.number),
    channel: 'edi',
    shipmentNumber: shipment.number,
    billOfLading: shipment.bol,
    orders: [{ poNumber: order.po, orderNumber: order.so }],
    dates: [{ qualifier: 'ship', date: minute(shipment.at) }],
    parties: [{ role: 'ship-to', ids: [{ scheme: 'gln', value: order.shipTo.gln }], name: order.shipTo.name }],
    packs: shipment.cartons.map((carton) => ({
      level: 'pack' as const,
      sscc: carton.sscc,
      packType: 'CTN',
      lines: carton.lines.map((content) => {
        const line = order.lines.find((candidate) => candidate.lineNumber === content.lineNumber)!;
        return { poNumber: order.po, poLineNumber: String(line.lineNumber), product: { sku: line.sku }, quantity: { value: String(content.quantity), uom } };
      }),
    })),
  };
  return [{ recordId: shipment.number, stream: 'shipments', document, at: shipment.at }];
}

function returnRecords(ret: DemoReturn, partner: { id: number; name: string }): DemoRecord[] {
  const order = ret.order;
  const line = order.lines.find((candidate) => candidate.lineNumber === ret.lineNumber)!;
  const authorization: Return = {
    kind: 'return',
    source: connector('erp', 'return-authorizations', ret.number),
    partner,
    channel: 'edi',
    status: 'received',
    returnNumber: ret.number,
    poNumber: order.po,
    orderNumber: order.so,
    invoiceNumber: order.invoice!.number,
    dates: [{ qualifier: 'receipt', date: minute(ret.receivedAt) }],
    lines: [{ lineNumber: '1', poLineNumber: String(line.lineNumber), product: { sku: line.sku }, quantity: { value: String(ret.quantity), uom: line.uom }, unitPrice: { amount: line.price }, reasonCode: 'DMG', reason: 'Damaged in transit', condition: 'damaged', disposition: 'scrap' }],
  };
  const records: DemoRecord[] = [{ recordId: ret.number, stream: 'return-authorizations', document: authorization, at: ret.receivedAt }];
  if (ret.credit) {
    const credit: Credit = {
      kind: 'credit',
      source: connector('erp', 'credits', ret.credit.number),
      partner,
      channel: 'edi',
      adjustment: 'credit',
      creditNumber: ret.credit.number,
      invoiceNumber: order.invoice!.number,
      poNumber: order.po,
      returnNumber: ret.number,
      documentDate: day(ret.credit.at),
      currency: order.partner.currency,
      reason: 'Damaged in transit',
      lines: [{ lineNumber: '1', invoiceLineNumber: String(line.lineNumber), product: { sku: line.sku }, quantity: { value: String(ret.quantity), uom: line.uom }, amount: { amount: ret.credit.amount } }],
      totals: { total: { amount: ret.credit.amount, currency: order.partner.currency } },
    };
    records.push({ recordId: ret.credit.number, stream: 'credits', document: credit, at: ret.credit.at });
  }
  return records;
}

function stockRecords(scenario: DemoScenario): { erp: DemoRecord; wms: DemoRecord } {
  const asOf = new Date(scenario.now.getTime() - 2 * 3_600_000);
  const stamp = asOf.toISOString().slice(0, 13).replace(/[-T]/g, '');
  const onHand: InventoryPosition = {
    kind: 'inventory',
    source: connector('erp', 'stock', `STOCK-${stamp}`),
    channel: 'edi',
    reportNumber: `STOCK-${stamp}`,
    asOf: minute(asOf),
    lines: scenario.stock.map((position) => ({ product: { sku: position.sku }, location: position.warehouse, quantities: [{ type: 'on-hand' as const, quantity: { value: String(position.onHand), uom: 'EA' } }] })),
  };
  const allocated: InventoryPosition = {
    kind: 'inventory',
    source: connector('wms', 'allocations', `ALLOC-${stamp}`),
    channel: 'edi',
    reportNumber: `ALLOC-${stamp}`,
    asOf: minute(asOf),
    lines: scenario.stock.map((position) => ({ product: { sku: position.sku }, location: position.warehouse, quantities: [{ type: 'allocated' as const, quantity: { value: String(position.allocated), uom: 'EA' } }] })),
  };
  return { erp: { recordId: `STOCK-${stamp}`, stream: 'stock', document: onHand, at: asOf }, wms: { recordId: `ALLOC-${stamp}`, stream: 'allocations', document: allocated, at: asOf } };
}

/** Every ERP and WMS record of the scenario, in a stable order. */
export function recordsOf(scenario: DemoScenario, partners: PartnerRefs): { erp: DemoRecord[]; wms: DemoRecord[] } {
  const erp: DemoRecord[] = [];
  const wms: DemoRecord[] = [];
  for (const order of scenario.orders) {
    const partner = partners[order.partner.key];
    erp.push(...salesOrders(order, partner), ...erpInvoice(order, partner));
    wms.push(...warehouseShipment(order));
  }
  for (const ret of scenario.returns) erp.push(...returnRecords(ret, partners[ret.order.partner.key]));
  const stock = stockRecords(scenario);
  erp.push(stock.erp);
  wms.push(stock.wms);
  return { erp, wms };
}
