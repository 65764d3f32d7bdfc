/**
 * The look-ups other code (the mapping engine, reconciliation) makes against a partner's profile: items by buyer
 * part / SKU / GTIN, UOM conversion with exact decimal strings, ship-to locations by code or GLN, and the partner's
 * tolerances and SLAs. Read once per call of crossReferencesFor; indexes are built lazily.
 */
import type Database from 'better-sqlite3';
import { divide, formatFraction, multiply, parseFraction, type Fraction } from './decimal.js';
import type { ItemCrossReference, LocationCrossReference, PartnerProfileFields, PartnerSlas, PartnerTolerances, UomConversion } from './profile-schema.js';
import { parseRawProfile, partnerRow, profileFieldsOf, survivorOf } from './stored-profile.js';

export interface ItemKey {
  buyerPart?: string | undefined;
  sku?: string | undefined;
  gtin?: string | undefined;
}

export interface LocationKey {
  code?: string | undefined;
  gln?: string | undefined;
}

export interface PartnerCrossReferences {
  /** the partner whose profile answered (the survivor when the id asked for was merged) */
  partnerId: number;
  /** The first row matching, trying SKU, then GTIN (8/12/13/14 digits compared as GTIN-14), then buyer part. */
  itemBy(key: ItemKey): ItemCrossReference | undefined;
  /**
   * `quantity` in `from` units expressed in `to` units, as a decimal string ('2' CA → '24' EA with CA = 12 EA).
   * Conversions are used both ways and chained (PL → CA → EA); one given for `sku` wins over a general one.
   * Exact when the result ends, else rounded to 6 decimals. undefined when no chain of conversions links the units.
   * Throws a RangeError when `quantity` is not a decimal number.
   */
  convertUom(quantity: string, from: string, to: string, sku?: string): string | undefined;
  locationBy(key: LocationKey): LocationCrossReference | undefined;
  tolerances: PartnerTolerances;
  slas: PartnerSlas;
  /** hours after which our outbound groups are overdue without their ack; null: the workspace setting */
  ackOverdueHours: number | null;
}

const upper = (value: string | undefined) => value?.trim().toUpperCase() || undefined;
const gtin14 = (value: string | undefined) => (value?.trim() ? value.trim().padStart(14, '0') : undefined);

function indexBy<T>(rows: T[], key: (row: T) => string | undefined): Map<string, T> {
  const index = new Map<string, T>();
  for (const row of rows) {
    const value = key(row);
    if (value !== undefined && !index.has(value)) index.set(value, row);
  }
  return index;
}

export function crossReferencesFor(db: Database.Database, partnerId: number): PartnerCrossReferences {
  const survivor = survivorOf(db, partnerId);
  return crossReferencesOf(survivor, profileFieldsOf(parseRawProfile(partnerRow(db, survivor).profile_json)));
}

/** The same look-ups over profile fields already in hand (a draft profile, an import being previewed). */
export function crossReferencesOf(partnerId: number, profile: PartnerProfileFields): PartnerCrossReferences {
  let items: { sku: Map<string, ItemCrossReference>; gtin: Map<string, ItemCrossReference>; buyerPart: Map<string, ItemCrossReference> } | undefined;
  let locations: { code: Map<string, LocationCrossReference>; gln: Map<string, LocationCrossReference> } | undefined;

  return {
    partnerId,
    itemBy(key) {
      items ??= {
        sku: indexBy(profile.items, (item) => upper(item.sku)),
        gtin: indexBy(profile.items, (item) => gtin14(item.gtin)),
        buyerPart: indexBy(profile.items, (item) => upper(item.buyerPart)),
      };
      const sku = upper(key.sku);
      const gtin = gtin14(key.gtin);
      const buyerPart = upper(key.buyerPart);
      return (sku && items.sku.get(sku)) || (gtin && items.gtin.get(gtin)) || (buyerPart && items.buyerPart.get(buyerPart)) || undefined;
    },
    convertUom(quantity, from, to, sku) {
      const amount = parseFraction(quantity);
      if (amount === null) throw new RangeError(`'${quantity}' is not a decimal quantity`);
      const factor = conversionFactor(profile.uomConversions, from.trim().toUpperCase(), to.trim().toUpperCase(), upper(sku));
      return factor === undefined ? undefined : formatFraction(multiply(amount, factor));
    },
    locationBy(key) {
      locations ??= { code: indexBy(profile.locations, (location) => upper(location.code)), gln: indexBy(profile.locations, (location) => location.gln?.trim()) };
      const code = upper(key.code);
      const gln = key.gln?.trim();
      return (code && locations.code.get(code)) || (gln && locations.gln.get(gln)) || undefined;
    },
    tolerances: profile.tolerances,
    slas: profile.slas,
    ackOverdueHours: profile.ackOverdueHours,
  };
}

/** How many `to` one `from` is: a breadth-first walk over the conversions (each usable both ways). */
function conversionFactor(conversions: UomConversion[], from: string, to: string, sku: string | undefined): Fraction | undefined {
  if (from === to) return { numerator: 1n, denominator: 1n };
  // an item's own conversion replaces the general one between the same two units
  const edges = new Map<string, Map<string, Fraction>>();
  const add = (a: string, b: string, factor: Fraction, specific: boolean) => {
    const out = edges.get(a) ?? new Map<string, Fraction>();
    if (specific || !out.has(b)) out.set(b, factor);
    edges.set(a, out);
  };
  const applicable = conversions.filter((conversion) => conversion.sku === undefined || upper(conversion.sku) === sku);
  // general ones first, so the item's own are written over them
  applicable.sort((a, b) => Number(a.sku !== undefined) - Number(b.sku !== undefined));
  for (const conversion of applicable) {
    const factor = parseFraction(conversion.factor);
    if (factor === null || factor.numerator === 0n) continue;
    const specific = conversion.sku !== undefined;
    add(conversion.from, conversion.to, factor, specific);
    add(conversion.to, conversion.from, divide({ numerator: 1n, denominator: 1n }, factor), specific);
  }
  const seen = new Map<string, Fraction>([[from, { numerator: 1n, denominator: 1n }]]);
  const queue = [from];
  while (queue.length > 0) {
    const unit = queue.shift()!;
    const soFar = seen.get(unit)!;
    for (const [next, factor] of edges.get(unit) ?? []) {
      if (seen.has(next)) continue;
      const total = multiply(soFar, factor);
      if (next === to) return total;
      seen.set(next, total);
      queue.push(next);
    }
  }
  return undefined;
}
