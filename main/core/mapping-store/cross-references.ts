/**
 * The engine asks `itemBy(kind, value, kind)`; a partner profile answers look-ups by buyer part / SKU / GTIN. A
 * vendor part is our SKU as the partner sends it, a UPC is a GTIN-12 (the profile compares GTINs as GTIN-14).
 */
import type Database from 'better-sqlite3';
import type { CrossReferences, ItemIdKind, LocationIdKind } from '../mapping/format.js';
import { crossReferencesFor, type ItemKey, type PartnerCrossReferences } from '../partners/cross-references.js';

type ProfileItem = ReturnType<PartnerCrossReferences['itemBy']>;
type ProfileLocation = ReturnType<PartnerCrossReferences['locationBy']>;

function itemKey(kind: ItemIdKind, value: string): ItemKey {
  if (kind === 'buyerPart') return { buyerPart: value };
  if (kind === 'sku' || kind === 'vendorPart') return { sku: value };
  return { gtin: value };
}

function itemField(item: NonNullable<ProfileItem>, kind: ItemIdKind): string | undefined {
  if (kind === 'buyerPart') return item.buyerPart;
  if (kind === 'sku' || kind === 'vendorPart') return item.sku;
  if (kind === 'upc') return item.gtin?.replace(/^0+(?=\d{12}$)/, '');
  return item.gtin;
}

function locationField(location: NonNullable<ProfileLocation>, kind: LocationIdKind): string | undefined {
  if (kind === 'code') return location.code;
  if (kind === 'gln') return location.gln;
  return location.warehouse;
}

export function adaptCrossReferences(profile: PartnerCrossReferences): CrossReferences {
  return {
    itemBy(by, value, to) {
      const item = profile.itemBy(itemKey(by, value));
      return item ? itemField(item, to) : undefined;
    },
    convertUom(quantity, from, to, item) {
      try {
        return profile.convertUom(quantity, from, to, item);
      } catch {
        // not a decimal quantity: no answer, the transform's `otherwise` decides
        return undefined;
      }
    },
    locationBy(by, value, to) {
      if (by === 'warehouse') return undefined;
      const location = profile.locationBy(by === 'code' ? { code: value } : { gln: value });
      return location ? locationField(location, to) : undefined;
    },
  };
}

/** The partner's cross-references, or undefined when the partner (or its profile) cannot be read. */
export function partnerCrossReferences(db: Database.Database, partnerId: number | null): CrossReferences | undefined {
  if (partnerId === null) return undefined;
  try {
    return adaptCrossReferences(crossReferencesFor(db, partnerId));
  } catch {
    return undefined;
  }
}
