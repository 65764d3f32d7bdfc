/**
 * An ItemResolver over the partners' cross-reference look-ups (main/core/partners crossReferencesOf/For), so the
 * engine never touches the database: the caller hands in one look-up per partner, and one for records without a
 * partner (the ERP's and the WMS's own items and units), typically the workspace's.
 */
import type { ProductIds } from '../canonical/index.js';
import type { PartnerCrossReferences } from '../partners/cross-references.js';
import type { ItemResolver } from './types.js';

type Lookups = Pick<PartnerCrossReferences, 'itemBy' | 'convertUom' | 'locationBy'>;

export function itemResolverFrom(lookupsFor: (partnerId: number) => Lookups | undefined, ownItems?: Lookups): ItemResolver {
  const conversions = new Map<string, string | undefined>();
  const lookupsOf = (partnerId: number | undefined) => (partnerId === undefined ? ownItems : (lookupsFor(partnerId) ?? ownItems));
  return {
    skuOf(partnerId: number | undefined, product: ProductIds) {
      const lookups = lookupsOf(partnerId);
      const gtin = product.gtin ?? product.upc ?? product.ean;
      let item = lookups?.itemBy({ sku: product.sku, gtin, buyerPart: product.buyerPart });
      // a line without a SKU that the partner's own look-up does not know: the workspace's (the ERP's catalog)
      if (!item && !product.sku && gtin && lookups !== ownItems) item = ownItems?.itemBy({ gtin });
      return item?.sku ?? product.sku;
    },
    convert(partnerId, sku, quantity, from, to) {
      const key = `${partnerId ?? ''}\u0000${sku ?? ''}\u0000${quantity}\u0000${from}\u0000${to}`;
      if (conversions.has(key)) return conversions.get(key);
      const lookups = lookupsOf(partnerId);
      let converted = lookups?.convertUom(quantity, from, to, sku);
      if (converted === undefined && lookups !== ownItems) converted = ownItems?.convertUom(quantity, from, to, sku);
      // bounded: quantities vary without end, the memo is for repeated look-ups within a run
      if (conversions.size > 100_000) conversions.clear();
      conversions.set(key, converted);
      return converted;
    },
    warehouseOf(partnerId, location) {
      const lookups = lookupsOf(partnerId);
      const found = lookups?.locationBy(/^\d{13}$/.test(location) ? { gln: location } : { code: location });
      return found?.warehouse;
    },
  };
}

/** Items named as written and no unit conversions: for tests and callers without profiles. */
export const plainItems: ItemResolver = {
  skuOf: (_partnerId, product) => product.sku,
  convert: (_partnerId, _sku, quantity, from, to) => (from.trim().toUpperCase() === to.trim().toUpperCase() ? quantity : undefined),
};
