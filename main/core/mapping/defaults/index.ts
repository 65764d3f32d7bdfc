/**
 * The built-in default maps, keyed by standard and document type ('x12' + '850', 'edifact' + 'ORDERS', 'csv' +
 * 'orders'). A partner's map starts as a copy of one of these. To add a default: write defaults/<standard>-<type>.ts
 * exporting a MapDefinition and add it to `definitions` below (the registry test compiles every entry).
 */
import type { MapDefinition } from '../format.js';
import { csvOrdersMap } from './csv-orders.js';
import { edifactOrdersMap } from './edifact-orders.js';
import { jsonOrdersMap } from './json-orders.js';
import { x12PurchaseOrderMap } from './x12-850.js';

const definitions: { type: string; map: MapDefinition }[] = [
  { type: '850', map: x12PurchaseOrderMap },
  { type: 'ORDERS', map: edifactOrdersMap },
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
