/**
 * The built-in default maps, keyed by standard and document type ('x12' + '850', 'edifact' + 'ORDERS', 'csv' +
 * 'orders'). A partner's map starts as a copy of one of these. To add a default: write defaults/<standard>-<type>.ts
 * exporting a MapDefinition and add it to `definitions` below (the registry test compiles every entry).
 */
import type { MapDefinition } from '../format.js';
import { csvOrdersMap } from './csv-orders.js';
import { edifactDesadvMap } from './edifact-desadv.js';
import { edifactInvoicMap } from './edifact-invoic.js';
import { edifactInvrptMap } from './edifact-invrpt.js';
import { edifactOrdersMap } from './edifact-orders.js';
import { edifactOrdrspMap } from './edifact-ordrsp.js';
import { edifactRecadvMap } from './edifact-recadv.js';
import { jsonOrdersMap } from './json-orders.js';
import { x12PurchaseOrderMap } from './x12-850.js';
import { x12ReturnMap } from './x12-180.js';
import { x12InvoiceMap } from './x12-810.js';
import { x12InventoryAdviceMap } from './x12-846.js';
import { x12OrderAckMap } from './x12-855.js';
import { x12ShipNoticeMap } from './x12-856.js';
import { x12OrderChangeMap } from './x12-860.js';
import { x12WarehouseOrderMap } from './x12-940.js';
import { x12WarehouseAdviceMap } from './x12-945.js';

const definitions: { type: string; map: MapDefinition }[] = [
  { type: '850', map: x12PurchaseOrderMap },
  { type: '180', map: x12ReturnMap },
  { type: '810', map: x12InvoiceMap },
  { type: '846', map: x12InventoryAdviceMap },
  { type: '855', map: x12OrderAckMap },
  { type: '856', map: x12ShipNoticeMap },
  { type: '860', map: x12OrderChangeMap },
  { type: '940', map: x12WarehouseOrderMap },
  { type: '945', map: x12WarehouseAdviceMap },
  { type: 'ORDERS', map: edifactOrdersMap },
  { type: 'ORDRSP', map: edifactOrdrspMap },
  { type: 'DESADV', map: edifactDesadvMap },
  { type: 'INVOIC', map: edifactInvoicMap },
  { type: 'INVRPT', map: edifactInvrptMap },
  { type: 'RECADV', map: edifactRecadvMap },
  { type: 'orders', map: csvOrdersMap },
  { type: 'orders', map: jsonOrdersMap },
];

const key = (standard: string, type: string): string => `${standard}\u0000${type}`;

function build(): Map<string, MapDefinition> {
  const byKey = new Map<string, MapDefinition>();
  for (const { type, map } of definitions) {
    const entryKey = key(map.source.standard, type);
    if (byKey.has(entryKey)) throw new Error(`two default maps for ${map.source.standard} ${type}`);
    byKey.set(entryKey, map);
  }
  return byKey;
}

const registry = build();

export const defaultMaps = {
  /** every default map, in registration order */
  list(): MapDefinition[] {
    return [...registry.values()];
  },
  /** the default map for a standard ('x12', 'edifact', 'csv', 'json') and type ('850', 'ORDERS', 'orders') */
  get(standard: string, type: string): MapDefinition | undefined {
    return registry.get(key(standard, type));
  },
  /** [standard, type] of every default map */
  keys(): { standard: string; type: string }[] {
    return definitions.map(({ type, map }) => ({ standard: map.source.standard, type }));
  },
};

export function defaultMapFor(standard: string, type: string): MapDefinition | undefined {
  return defaultMaps.get(standard, type);
}
