/** Shared by the connector tests and the sync benchmark: an ERP-like order feed, its map, a REST connector config. */
import type { ServedRecord } from '../../../test/helpers/fault-server.js';
import type { JsonValue } from './types.js';

export const ORDER_MAP = {
  format: 'crossdock-map/1',
  kind: 'order',
  source: { standard: 'json' },
  name: 'test ERP orders',
  rules: [
    { id: 'role', target: 'role', value: 'purchase-order' },
    { id: 'po', target: 'poNumber', from: '$.po', required: true },
    { id: 'order-number', target: 'orderNumber', from: '$.id' },
    { id: 'currency', target: 'currency', from: '$.currency' },
    {
      id: 'lines', target: 'lines[]', each: '$.lines[*]', required: true, rules: [
        { id: 'line-number', target: 'lineNumber', from: '$.n' },
        { id: 'sku', target: 'product.sku', from: '$.sku' },
        { id: 'qty', target: 'quantity.value', from: '$.qty', transform: [{ op: 'decimal' }], required: true },
        { id: 'uom', target: 'quantity.uom', value: 'EA' },
        { id: 'price', target: 'unitPrice.amount', from: '$.price', transform: [{ op: 'decimal' }] },
      ],
    },
  ],
} as const;

export function orderRecord(index: number, updatedAt: string, lines = 3, quantity = 10): ServedRecord {
  const id = `SO-${String(index).padStart(6, '0')}`;
  return {
    id,
    updated_at: updatedAt,
    po: `PO-${String(index).padStart(6, '0')}`,
    currency: 'USD',
    lines: Array.from({ length: lines }, (_, line) => ({ n: String(line + 1), sku: `SKU-${(index * 7 + line) % 500}`, qty: quantity + line, price: '12.50' })),
  };
}

/** n orders, updated one second apart from 2026-01-01, some sharing an instant (the id breaks the tie). */
export function orderFeed(count: number, lines = 3): ServedRecord[] {
  const start = Date.parse('2026-01-01T00:00:00Z');
  return Array.from({ length: count }, (_, index) => orderRecord(index + 1, new Date(start + Math.floor(index / 2) * 1000).toISOString(), lines));
}

export function restOrdersConfig(baseUrl: string, pagination: JsonValue = { type: 'keyset', size: 10 }, extra: Record<string, JsonValue> = {}): JsonValue {
  return {
    baseUrl,
    auth: { type: 'bearer' },
    streams: {
      'sales-orders': {
        path: '/orders',
        records: 'data',
        id: 'id',
        updatedAt: 'updated_at',
        updatedSince: { param: 'updated_since' },
        pagination,
        map: ORDER_MAP as unknown as JsonValue,
        fields: ['id', 'updated_at', 'po', 'currency', 'lines'],
      },
    },
    ...extra,
  };
}
