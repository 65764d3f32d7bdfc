/**
 * product.product → the item facts the workspace keeps per connector (connector_products): its code as the SKU, its
 * name, its unit, and its identifiers; the first EAN/UPC/GTIN of 8, 12, 13 or 14 digits is its GTIN, which the
 * reconciliation uses to name a partner line that carries only a barcode number.
 */
import type { MappedRecord, ProductFacts } from '../types.js';
import type { TrytonRecord } from './client.js';
import { nested, nestedList, text, type TrytonMapOptions } from './map-common.js';

const BARCODE_TYPES = new Set(['ean', 'upc', 'gtin']);

export function productToFacts(raw: TrytonRecord, options: TrytonMapOptions): MappedRecord {
  const sku = text(raw.code);
  if (!sku) return { status: 'ignored', reason: 'a product without a code has no SKU to reconcile' };
  const identifiers = nestedList(raw, 'identifiers').flatMap((identifier) => {
    const scheme = text(identifier.type);
    const value = text(identifier.code);
    return scheme && value ? [{ scheme, value }] : [];
  });
  const gtin = identifiers.find((identifier) => BARCODE_TYPES.has(identifier.scheme.toLowerCase()) && /^(\d{8}|\d{12,14})$/.test(identifier.value.replace(/[\s-]/g, '')))?.value.replace(/[\s-]/g, '');
  const description = text(raw.name);
  const symbol = text(nested(raw, 'default_uom')?.symbol);
  const product: ProductFacts = {
    sku,
    ...(description ? { description } : {}),
    ...(gtin ? { gtin } : {}),
    ...(identifiers.length > 0 ? { identifiers } : {}),
    ...(symbol ? { uom: options.uoms[symbol] ?? symbol } : {}),
  };
  return { status: 'product', product, warnings: [] };
}
