/**
 * What each stream reads from Tryton 6.0: the model, the base domain and the fields (dotted fields are read in the
 * same call; Tryton nests them under "name."). Reference fields are followed too: a move's or an invoice line's
 * `origin` ("sale.line,4") is read through to its sale's reference (the PO number) and number in one request.
 */
import type { JsonValue, StreamName } from '../types.js';
import type { TrytonDomain } from './client.js';

export interface TrytonStreamQuery {
  model: string;
  domain: TrytonDomain;
  fields: readonly string[];
}

const SALE_LINE_FIELDS = ['type', 'sequence', 'product.code', 'product.name', 'description', 'quantity', 'unit.symbol', 'unit_price', 'amount'];
const MOVE_FIELDS = ['product.code', 'product.name', 'quantity', 'uom.symbol', 'state', 'unit_price', 'origin', 'origin.sale.reference', 'origin.sale.number', 'origin.sale.description'];
const INVOICE_LINE_FIELDS = ['type', 'product.code', 'product.name', 'description', 'quantity', 'unit.symbol', 'unit_price', 'amount', 'origin', 'origin.sale.reference', 'origin.sale.number'];
const STAMPS = ['create_date', 'write_date'];

export const STREAM_QUERIES: Partial<Record<StreamName, TrytonStreamQuery>> = {
  'sales-orders': {
    model: 'sale.sale',
    domain: [],
    // the stored *_cache totals (set once a sale is confirmed), not the computed totals: computing them for 200
    // quotations costs Tryton ~1.4 s a page; a quotation's lines carry their amounts anyway
    fields: ['number', 'reference', 'description', 'state', 'sale_date', 'currency.code', 'party.name', 'party.code', 'warehouse.code', 'payment_term.name', 'untaxed_amount_cache', 'tax_amount_cache', 'total_amount_cache', 'shipment_state', 'invoice_state', ...STAMPS, ...SALE_LINE_FIELDS.map((field) => `lines.${field}`)],
  },
  shipments: {
    model: 'stock.shipment.out',
    domain: [],
    fields: ['number', 'reference', 'state', 'planned_date', 'effective_date', 'customer.name', 'customer.code', 'warehouse.code', ...STAMPS, ...MOVE_FIELDS.map((field) => `outgoing_moves.${field}`)],
  },
  invoices: {
    model: 'account.invoice',
    domain: [['type', '=', 'out']],
    fields: ['number', 'reference', 'state', 'invoice_date', 'currency.code', 'party.name', 'party.code', 'payment_term.name', 'untaxed_amount', 'tax_amount', 'total_amount', ...STAMPS, ...INVOICE_LINE_FIELDS.map((field) => `lines.${field}`)],
  },
  'returns-credits': {
    model: 'stock.shipment.out.return',
    domain: [],
    fields: ['number', 'reference', 'state', 'planned_date', 'effective_date', 'customer.name', 'customer.code', 'warehouse.code', ...STAMPS, ...MOVE_FIELDS.map((field) => `incoming_moves.${field}`)],
  },
  // the item catalog: SKU (code), name, unit and identifiers (EAN/UPC), for the reconciliation's GTIN look-ups
  products: {
    model: 'product.product',
    domain: [['type', '=', 'goods']],
    fields: ['code', 'name', 'default_uom.symbol', 'identifiers.type', 'identifiers.code', ...STAMPS],
  },
};

export const STOCK_PRODUCT_FIELDS = ['code', 'name', 'quantity', 'forecast_quantity', 'default_uom.symbol'] as const;

/**
 * Records changed after the watermark (updatedAt, id), where updatedAt is write_date, or create_date on a record never
 * written (write_date is NULL then): strictly newer instants, or the same instant with a larger id.
 */
export function changedSince(since: { updatedAt: JsonValue; id: number } | null): TrytonDomain {
  if (!since) return [];
  const { updatedAt: at, id } = since;
  return [
    [
      'OR',
      ['write_date', '>', at],
      [['write_date', '=', null], ['create_date', '>', at]],
      [['write_date', '=', at], ['id', '>', id]],
      [['write_date', '=', null], ['create_date', '=', at], ['id', '>', id]],
    ],
  ];
}
