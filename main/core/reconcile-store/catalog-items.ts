/**
 * The ERP's item catalog (the products stream of its connectors, table connector_products) as the workspace's own
 * item look-up: a partner line named only by GTIN/UPC/EAN finds the SKU the ERP and the WMS use when the partner's
 * profile has no cross-reference for it, so the line meets its ERP and warehouse lines instead of standing apart as
 * 'gtin:…'. Looked up one key at a time through the gtin index and remembered for the environment's life (one
 * evaluation or one rebuild batch); a workspace whose connectors brought no products asks once and never again.
 */
import type Database from 'better-sqlite3';
import type { ItemKey, PartnerCrossReferences } from '../partners/cross-references.js';
import type { ItemCrossReference } from '../partners/profile-schema.js';

export type CatalogItems = Pick<PartnerCrossReferences, 'itemBy' | 'convertUom' | 'locationBy'>;

/** The ways one GTIN is written: GTIN-14, -13, -12 (UPC-A) and -8, as far as its leading zeros allow. */
function spellings(gtin: string): string[] {
  const digits = gtin.trim();
  if (!/^\d{8,14}$/.test(digits)) return [];
  const full = digits.padStart(14, '0');
  return [14, 13, 12, 8].filter((length) => /^0*$/.test(full.slice(0, 14 - length))).map((length) => full.slice(14 - length));
}

export function catalogItemsOf(db: Database.Database): CatalogItems {
  let hasGtins: boolean | undefined;
  const found = new Map<string, ItemCrossReference | undefined>();
  // prepared on first use: an environment is built for every evaluation, and most never ask the catalog
  let byGtin: Database.Statement | undefined;
  return {
    itemBy(key: ItemKey) {
      if (!key.gtin) return undefined;
      const written = spellings(key.gtin);
      if (written.length === 0) return undefined;
      hasGtins ??= db.prepare('SELECT EXISTS (SELECT 1 FROM connector_products WHERE gtin IS NOT NULL)').pluck().get() === 1;
      if (!hasGtins) return undefined;
      const memo = written[0]!;
      if (!found.has(memo)) {
        byGtin ??= db.prepare(`SELECT sku, gtin, description FROM connector_products WHERE gtin IN (SELECT value FROM json_each(?)) ORDER BY updated_at DESC, connector LIMIT 1`);
        const row = byGtin.get(JSON.stringify(written)) as { sku: string; gtin: string; description: string | null } | undefined;
        found.set(memo, row ? { sku: row.sku, gtin: row.gtin, ...(row.description ? { description: row.description } : {}) } : undefined);
      }
      return found.get(memo);
    },
    // the catalog names items; units and ship-to locations are the partners' profiles' business
    convertUom: () => undefined,
    locationBy: () => undefined,
  };
}
