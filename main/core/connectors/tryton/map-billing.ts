/**
 * account.invoice (type out) → Invoice, or Credit when its total is negative (Tryton 6.0 keeps credit notes as
 * customer invoices with negative lines); stock.shipment.out.return → Return. A return and its credit note share a
 * return number: the return sale's number (both point back to its lines), so the engine pairs them.
 */
import type { Credit, CreditLine, Invoice, InvoiceLine, Return, ReturnLine } from '../../canonical/index.js';
import type { MappedRecord, RecordWarning } from '../types.js';
import type { TrytonRecord } from './client.js';
import { absolute, customerOf, dayOf, decimal, isNegative, missing, nested, nestedList, productOf, quantityOf, text, type TrytonMapOptions } from './map-common.js';

interface BilledLine {
  product: ReturnType<typeof productOf>;
  quantity: string;
  uom: string | undefined;
  unitPrice: string | undefined;
  amount: string | undefined;
  poNumber: string | undefined;
  saleNumber: string | undefined;
  id: string;
}

export function invoiceToDocument(invoice: TrytonRecord, recordId: string, options: TrytonMapOptions): MappedRecord {
  const state = text(invoice.state) ?? 'unknown';
  const number = text(invoice.number);
  if (state === 'draft' || !number) return { status: 'ignored', reason: `a ${state} invoice without a number is not issued yet` };
  const warnings: RecordWarning[] = [];
  const currency = text(nested(invoice, 'currency')?.code);
  const money = (amount: string) => ({ amount, ...(currency ? { currency } : {}) });
  const billed = billedLines(invoice, warnings);
  const poNumbers = [...new Set(billed.map((line) => line.poNumber).filter((po): po is string => po !== undefined))];
  const saleNumbers = [...new Set(billed.map((line) => line.saleNumber).filter((so): so is string => so !== undefined))];
  if (poNumbers.length > 1) warnings.push({ code: 'mapping', message: `lines bill several POs (${poNumbers.join(', ')}); the invoice is filed under the first`, path: 'lines' });
  const customer = customerOf(nested(invoice, 'party'), 'bill-to', options);
  const invoiceDate = dayOf(invoice.invoice_date);
  const total = decimal(invoice.total_amount);
  const untaxed = decimal(invoice.untaxed_amount);
  const tax = decimal(invoice.tax_amount);
  const header = {
    source: { kind: 'connector' as const, connector: options.connector, stream: 'invoices', recordId },
    ...(customer.partner ? { partner: customer.partner } : {}),
    channel: options.channel,
    ...(invoiceDate ? { documentDate: invoiceDate, dates: [{ qualifier: 'invoice' as const, date: invoiceDate }] } : {}),
    ...(customer.party ? { parties: [customer.party] } : {}),
    ...(currency ? { currency } : {}),
    references: [{ qualifier: 'tryton-state', value: state }, ...(text(invoice.reference) ? [{ qualifier: 'reference', value: text(invoice.reference)! }] : [])],
  };
  if (isNegative(total)) {
    const lines: CreditLine[] = billed.map((line, index) => ({
      lineNumber: String(index + 1),
      ...(line.product ? { product: line.product } : {}),
      quantity: quantityOf(absolute(line.quantity), line.uom, options),
      ...(line.unitPrice !== undefined ? { unitPrice: money(line.unitPrice) } : {}),
      ...(line.amount !== undefined ? { amount: money(absolute(line.amount)) } : {}),
      references: [{ qualifier: 'tryton-invoice-line', value: line.id }],
    }));
    const credit: Credit = {
      kind: 'credit',
      ...header,
      adjustment: 'credit',
      creditNumber: number,
      ...(poNumbers[0] ? { poNumber: poNumbers[0] } : {}),
      // credit lines from a return sale: that sale's number is the return number its return shipment carries too
      ...(saleNumbers[0] ? { returnNumber: saleNumbers[0] } : {}),
      ...(lines.length > 0 ? { lines } : {}),
      totals: totals(untaxed, tax, total, money, true),
    };
    return { status: 'document', document: credit, warnings };
  }
  const lines: InvoiceLine[] = billed.map((line, index) => ({
    lineNumber: String(index + 1),
    ...(line.product ? { product: line.product } : {}),
    quantity: quantityOf(line.quantity, line.uom, options),
    ...(line.unitPrice !== undefined ? { unitPrice: money(line.unitPrice) } : {}),
    ...(line.amount !== undefined ? { amount: money(line.amount) } : {}),
    references: [{ qualifier: 'tryton-invoice-line', value: line.id }],
  }));
  if (lines.length === 0 && total === undefined) return { status: 'failed', reason: 'the invoice has neither product lines nor a total', warnings };
  const document: Invoice = {
    kind: 'invoice',
    ...header,
    purpose: state === 'cancelled' ? 'cancel' : 'original',
    purposeCode: state,
    invoiceNumber: number,
    ...(poNumbers[0] ? { poNumber: poNumbers[0] } : {}),
    ...(saleNumbers[0] ? { orderNumber: saleNumbers[0] } : {}),
    ...(text(nested(invoice, 'payment_term')?.name) ? { terms: { description: text(nested(invoice, 'payment_term')?.name) } } : {}),
    ...(lines.length > 0 ? { lines } : {}),
    totals: totals(untaxed, tax, total, money, false),
  };
  return { status: 'document', document, warnings };
}

function billedLines(invoice: TrytonRecord, warnings: RecordWarning[]): BilledLine[] {
  const billed: BilledLine[] = [];
  nestedList(invoice, 'lines').forEach((line, index) => {
    if ((text(line.type) ?? 'line') !== 'line') return;
    const quantity = decimal(line.quantity);
    if (quantity === undefined) {
      warnings.push(missing(`lines[${index}].quantity`, 'an invoice line quantity'));
      return;
    }
    const product = productOf(nested(line, 'product'), text(line.description));
    if (!product?.sku) warnings.push(missing(`lines[${index}].product.code`, 'the product code (SKU)'));
    const sale = nested(nested(line, 'origin'), 'sale');
    billed.push({
      product,
      quantity,
      uom: text(nested(line, 'unit')?.symbol),
      unitPrice: decimal(line.unit_price),
      amount: decimal(line.amount),
      poNumber: text(sale?.reference),
      saleNumber: text(sale?.number),
      id: String(line.id),
    });
  });
  return billed;
}

function totals(untaxed: string | undefined, tax: string | undefined, total: string | undefined, money: (amount: string) => { amount: string; currency?: string }, credit: boolean) {
  const sign = (value: string) => (credit ? absolute(value) : value);
  return {
    ...(untaxed !== undefined ? { lineTotal: money(sign(untaxed)) } : {}),
    ...(tax !== undefined ? { taxTotal: money(sign(tax)) } : {}),
    ...(total !== undefined ? { total: money(sign(total)) } : {}),
  };
}

const RETURN_STATUS: Record<string, Return['status']> = { draft: 'authorized', received: 'received', done: 'received', cancelled: 'rejected' };

export function returnShipmentToReturn(shipment: TrytonRecord, recordId: string, options: TrytonMapOptions): MappedRecord {
  const state = text(shipment.state) ?? 'unknown';
  const warnings: RecordWarning[] = [];
  const lines: ReturnLine[] = [];
  let poNumber: string | undefined;
  let returnSale: string | undefined;
  let rma: string | undefined;
  nestedList(shipment, 'incoming_moves').forEach((move, index) => {
    const quantity = decimal(move.quantity);
    if (quantity === undefined) {
      warnings.push(missing(`incoming_moves[${index}].quantity`, 'a move quantity'));
      return;
    }
    const sale = nested(nested(move, 'origin'), 'sale');
    poNumber ??= text(sale?.reference);
    returnSale ??= text(sale?.number);
    rma ??= text(sale?.description);
    const product = productOf(nested(move, 'product'), undefined);
    if (!product?.sku) warnings.push(missing(`incoming_moves[${index}].product.code`, 'the product code (SKU)'));
    const unitPrice = decimal(move.unit_price);
    lines.push({
      lineNumber: String(lines.length + 1),
      ...(product ? { product } : {}),
      quantity: quantityOf(absolute(quantity), text(nested(move, 'uom')?.symbol), options),
      ...(unitPrice !== undefined ? { unitPrice: { amount: unitPrice } } : {}),
      references: [{ qualifier: 'tryton-move', value: String(move.id) }],
    });
  });
  if (lines.length === 0) return { status: 'failed', reason: 'the return has no incoming moves with a quantity', warnings };
  const number = text(shipment.number) ?? `tryton-return-${recordId}`;
  const customer = customerOf(nested(shipment, 'customer'), 'buyer', options);
  const received = dayOf(shipment.effective_date);
  const document: Return = {
    kind: 'return',
    source: { kind: 'connector', connector: options.connector, stream: 'returns-credits', recordId },
    ...(customer.partner ? { partner: customer.partner } : {}),
    channel: options.channel,
    ...(RETURN_STATUS[state] ? { status: RETURN_STATUS[state] } : {}),
    purposeCode: state,
    returnNumber: returnSale ?? number,
    ...(poNumber ? { poNumber } : {}),
    ...(received ? { documentDate: received, dates: [{ qualifier: 'receipt', date: received }] } : {}),
    ...(customer.party ? { parties: [customer.party] } : {}),
    references: [{ qualifier: 'tryton-return-shipment', value: number }, ...(rma ? [{ qualifier: 'RMA', value: rma }] : [])],
    lines,
  };
  return { status: 'document', document, warnings };
}
