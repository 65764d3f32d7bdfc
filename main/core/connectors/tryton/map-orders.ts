/**
 * sale.sale → Order (the ERP's view of the customer's PO: `reference` is the PO number, `number` our order number)
 * and stock.shipment.out → Shipment (role 'warehouse-advice': what Tryton's stock module says left the warehouse).
 * Order lines are numbered by position (1, 2, …) like the partner's PO lines; shipments and invoices do not quote
 * order line numbers (Tryton's are record ids, which would match the wrong PO line) and match by SKU instead.
 */
import type { Order, OrderLine, Shipment, ShipmentLine, ShipmentOrder } from '../../canonical/index.js';
import type { MappedRecord, RecordWarning } from '../types.js';
import type { TrytonRecord } from './client.js';
import { customerOf, dayOf, decimal, isNegative, missing, nested, nestedList, productOf, quantityOf, text, type TrytonMapOptions } from './map-common.js';

export function saleToOrder(sale: TrytonRecord, recordId: string, options: TrytonMapOptions): MappedRecord {
  const state = text(sale.state) ?? 'unknown';
  if (state === 'draft') return { status: 'ignored', reason: 'a draft sale (not quoted yet) is not an order' };
  const warnings: RecordWarning[] = [];
  const currency = text(nested(sale, 'currency')?.code);
  const items = nestedList(sale, 'lines').filter((line) => (text(line.type) ?? 'line') === 'line');
  const quantities = items.map((line) => decimal(line.quantity));
  if (items.length > 0 && quantities.every((quantity) => quantity === undefined || isNegative(quantity))) {
    return { status: 'ignored', reason: 'a return sale (negative quantities): its goods arrive as a customer return (returns-credits stream) and its credit note in invoices' };
  }
  const lines: OrderLine[] = [];
  items.forEach((line, index) => {
    const quantity = quantities[index];
    if (quantity === undefined) {
      warnings.push(missing(`lines[${index}].quantity`, 'a sale line quantity'));
      return;
    }
    const product = productOf(nested(line, 'product'), text(line.description));
    if (!product?.sku) warnings.push(missing(`lines[${index}].product.code`, 'the product code (SKU)'));
    const unitPrice = decimal(line.unit_price);
    const amount = decimal(line.amount);
    lines.push({
      lineNumber: String(lines.length + 1),
      ...(product ? { product } : {}),
      quantity: quantityOf(quantity, text(nested(line, 'unit')?.symbol), options),
      ...(unitPrice !== undefined ? { unitPrice: { amount: unitPrice, ...(currency ? { currency } : {}) } } : {}),
      ...(amount !== undefined ? { amount: { amount, ...(currency ? { currency } : {}) } } : {}),
      references: [{ qualifier: 'tryton-sale-line', value: String(line.id) }],
    });
  });
  if (lines.length === 0) return { status: 'failed', reason: 'the sale has no product lines with a quantity', warnings };
  const number = text(sale.number);
  let poNumber = text(sale.reference);
  if (!poNumber) {
    warnings.push(missing('reference', "the customer's reference (PO number)"));
    poNumber = number ?? `tryton-sale-${recordId}`;
  }
  const customer = customerOf(nested(sale, 'party'), 'buyer', options);
  const saleDate = dayOf(sale.sale_date);
  const total = decimal(sale.total_amount) ?? decimal(sale.total_amount_cache);
  const order: Order = {
    kind: 'order',
    source: { kind: 'connector', connector: options.connector, stream: 'sales-orders', recordId },
    ...(customer.partner ? { partner: customer.partner } : {}),
    channel: options.channel,
    role: 'purchase-order',
    purpose: state === 'cancelled' ? 'cancel' : 'original',
    purposeCode: state,
    poNumber,
    ...(number ? { orderNumber: number } : {}),
    ...(saleDate ? { documentDate: saleDate, dates: [{ qualifier: 'order', date: saleDate }] } : {}),
    ...(customer.party ? { parties: [customer.party] } : {}),
    ...(currency ? { currency } : {}),
    references: statusReferences(sale, ['state', 'shipment_state', 'invoice_state']),
    ...(text(nested(sale, 'payment_term')?.name) ? { terms: { description: text(nested(sale, 'payment_term')?.name) } } : {}),
    lines,
    ...(total !== undefined ? { totalAmount: { amount: total, ...(currency ? { currency } : {}) } } : {}),
  };
  const warehouse = text(nested(sale, 'warehouse')?.code);
  if (warehouse) order.references!.push({ qualifier: 'warehouse', value: warehouse });
  if (text(sale.description)) order.notes = [text(sale.description)!];
  return { status: 'document', document: order, warnings };
}

const UNSHIPPED = new Set(['draft', 'waiting', 'assigned', 'picked', 'packed', 'cancelled']);

export function shipmentToShipment(shipment: TrytonRecord, recordId: string, options: TrytonMapOptions): MappedRecord {
  const state = text(shipment.state) ?? 'unknown';
  // the warehouse's word is what left; a shipment still being picked or cancelled has shipped nothing yet
  if (UNSHIPPED.has(state)) return { status: 'ignored', reason: `a customer shipment in state ${state} has not shipped` };
  const warnings: RecordWarning[] = [];
  const orders = new Map<string, ShipmentOrder>();
  const lines: ShipmentLine[] = [];
  nestedList(shipment, 'outgoing_moves').forEach((move, index) => {
    const quantity = decimal(move.quantity);
    if (quantity === undefined) {
      warnings.push(missing(`outgoing_moves[${index}].quantity`, 'a move quantity'));
      return;
    }
    const sale = nested(nested(move, 'origin'), 'sale');
    const poNumber = text(sale?.reference);
    const orderNumber = text(sale?.number);
    if (poNumber && !orders.has(poNumber)) orders.set(poNumber, { poNumber, ...(orderNumber ? { orderNumber } : {}) });
    if (!poNumber) warnings.push(missing(`outgoing_moves[${index}].origin.sale.reference`, 'the PO number of the sale this move ships'));
    const product = productOf(nested(move, 'product'), undefined);
    if (!product?.sku) warnings.push(missing(`outgoing_moves[${index}].product.code`, 'the product code (SKU)'));
    lines.push({
      lineNumber: String(lines.length + 1),
      ...(poNumber ? { poNumber } : {}),
      ...(product ? { product } : {}),
      quantity: quantityOf(quantity, text(nested(move, 'uom')?.symbol), options),
      ...(text(move.state) ? { status: text(move.state) } : {}),
      references: [{ qualifier: 'tryton-move', value: String(move.id) }],
    });
  });
  if (lines.length === 0) return { status: 'failed', reason: 'the shipment has no outgoing moves with a quantity', warnings };
  const number = text(shipment.number) ?? `tryton-shipment-${recordId}`;
  const shipped = dayOf(shipment.effective_date);
  const planned = dayOf(shipment.planned_date);
  const customer = customerOf(nested(shipment, 'customer'), 'ship-to', options);
  const warehouse = text(nested(shipment, 'warehouse')?.code);
  const document: Shipment = {
    kind: 'shipment',
    source: { kind: 'connector', connector: options.connector, stream: 'shipments', recordId },
    ...(customer.partner ? { partner: customer.partner } : {}),
    channel: options.channel,
    role: 'warehouse-advice',
    purposeCode: state,
    shipmentNumber: number,
    ...(shipped ? { documentDate: shipped } : {}),
    dates: [...(shipped ? [{ qualifier: 'ship' as const, date: shipped }] : []), ...(planned ? [{ qualifier: 'promised-ship' as const, date: planned }] : [])],
    parties: [...(customer.party ? [customer.party] : []), ...(warehouse ? [{ role: 'ship-from' as const, name: warehouse }] : [])],
    ...(text(shipment.reference) ? { references: [{ qualifier: 'reference', value: text(shipment.reference)! }] } : {}),
    ...(orders.size > 0 ? { orders: [...orders.values()] } : {}),
    lines,
  };
  return { status: 'document', document, warnings };
}

function statusReferences(record: TrytonRecord, fields: string[]): { qualifier: string; value: string }[] {
  return fields.flatMap((field) => {
    const value = text(record[field]);
    return value ? [{ qualifier: `tryton-${field.replace(/_/g, '-')}`, value }] : [];
  });
}
