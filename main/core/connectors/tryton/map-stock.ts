/**
 * product.product read with a warehouse's locations in the context → one InventoryPosition per (warehouse, product):
 * on-hand is Tryton's `quantity`, available its `forecast_quantity` (on hand minus what is promised, plus what is
 * expected). One record per position keeps versions small: a sync stores a new version only where stock moved.
 */
import type { InventoryPosition } from '../../canonical/index.js';
import type { MappedRecord } from '../types.js';
import type { TrytonRecord } from './client.js';
import { decimal, nested, productOf, quantityOf, text, type TrytonMapOptions } from './map-common.js';

/** The raw record the inventory stream stores: the warehouse it was read for and the product row. */
export interface StockRecord {
  warehouse: { id: number; code: string; name?: string };
  product: TrytonRecord;
}

export function stockRecordId(warehouseId: number, productId: number): string {
  return `${warehouseId}/${productId}`;
}

export function stockToInventory(record: StockRecord, recordId: string, options: TrytonMapOptions): MappedRecord {
  const product = productOf(record.product, undefined);
  if (!product?.sku) return { status: 'ignored', reason: 'a product without a code has no SKU to reconcile' };
  const symbol = text(nested(record.product, 'default_uom')?.symbol);
  const onHand = decimal(record.product.quantity);
  const forecast = decimal(record.product.forecast_quantity);
  const quantities: InventoryPosition['lines'][number]['quantities'] = [];
  if (onHand !== undefined) quantities.push({ type: 'on-hand', code: 'quantity', quantity: quantityOf(onHand, symbol, options) });
  if (forecast !== undefined) quantities.push({ type: 'available', code: 'forecast_quantity', quantity: quantityOf(forecast, symbol, options) });
  if (quantities.length === 0) return { status: 'failed', reason: 'the product row has neither quantity nor forecast_quantity', warnings: [] };
  const document: InventoryPosition = {
    kind: 'inventory',
    source: { kind: 'connector', connector: options.connector, stream: 'inventory', recordId },
    channel: options.channel,
    reportNumber: `${record.warehouse.code}/${product.sku}`,
    parties: [{ role: 'warehouse', name: record.warehouse.name ?? record.warehouse.code, ids: [{ scheme: 'seller-assigned', value: record.warehouse.code }] }],
    lines: [{ lineNumber: '1', product, location: record.warehouse.code, quantities }],
  };
  return { status: 'document', document, warnings: [] };
}
