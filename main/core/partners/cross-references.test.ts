import { describe, expect, it } from 'vitest';
import { crossReferencesOf } from './cross-references.js';
import { formatFraction, parseFraction } from './decimal.js';
import { DEFAULT_PROFILE_FIELDS, profilePatchSchema, type PartnerProfileFields } from './profile-schema.js';

function profile(patch: unknown): PartnerProfileFields {
  return { ...DEFAULT_PROFILE_FIELDS, ...profilePatchSchema.parse(patch) };
}

const lookups = crossReferencesOf(
  7,
  profile({
    items: [
      { buyerPart: 'bp-100', sku: 'SKU-100', gtin: '00012345678905', description: 'Widget' },
      { buyerPart: 'BP-200', sku: 'SKU-200' },
      { gtin: '4006381333931', description: 'EAN only' },
    ],
    uomConversions: [
      { from: 'ca', to: 'EA', factor: '12' },
      { from: 'PL', to: 'CA', factor: '40' },
      { from: 'CA', to: 'EA', factor: '6', sku: 'SKU-200' },
      { from: 'LB', to: 'KG', factor: '0.45359237' },
    ],
    locations: [{ code: 'DC07', gln: '5012345000017', warehouse: 'WH-EAST' }, { gln: '5012345000024', warehouse: 'WH-WEST' }],
    tolerances: { pricePercent: '2.5', quantityUnits: '1' },
    slas: { ackWithinHours: 24, asnWithinHours: 4 },
  }),
);

describe('decimal fractions', () => {
  it.each([
    ['12', '12'],
    ['0.50', '0.5'],
    ['-3.250', '-3.25'],
    ['000.0', '0'],
  ])('reads %s and writes %s', (input, output) => {
    expect(formatFraction(parseFraction(input)!)).toBe(output);
  });

  it('refuses what is not a plain decimal', () => {
    for (const text of ['1e3', '1,5', '', '.5', 'NaN']) expect(parseFraction(text)).toBeNull();
  });

  it('rounds a fraction that never ends to six decimals, half away from zero', () => {
    expect(formatFraction({ numerator: 1n, denominator: 12n })).toBe('0.083333');
    expect(formatFraction({ numerator: 2n, denominator: 3n })).toBe('0.666667');
    expect(formatFraction({ numerator: -2n, denominator: 3n })).toBe('-0.666667');
  });
});

describe('crossReferencesFor: items', () => {
  it('finds an item by SKU, GTIN or buyer part, ignoring case and spaces', () => {
    expect(lookups.itemBy({ sku: ' sku-100 ' })?.description).toBe('Widget');
    expect(lookups.itemBy({ buyerPart: 'BP-100' })?.sku).toBe('SKU-100');
    expect(lookups.itemBy({ buyerPart: 'bp-200' })?.sku).toBe('SKU-200');
  });

  it('compares GTINs as GTIN-14, so a UPC-A finds the row stored with leading zeros', () => {
    expect(lookups.itemBy({ gtin: '012345678905' })?.sku).toBe('SKU-100');
    expect(lookups.itemBy({ gtin: '04006381333931' })?.description).toBe('EAN only');
  });

  it('tries SKU before GTIN before buyer part, and answers undefined when nothing matches', () => {
    expect(lookups.itemBy({ buyerPart: 'BP-100', sku: 'SKU-200' })?.sku).toBe('SKU-200');
    expect(lookups.itemBy({ buyerPart: 'nope', sku: 'SKU-200' })?.sku).toBe('SKU-200');
    expect(lookups.itemBy({ buyerPart: 'nope' })).toBeUndefined();
    expect(lookups.itemBy({})).toBeUndefined();
  });
});

describe('crossReferencesFor: UOM conversion', () => {
  it('converts both ways with exact decimal strings', () => {
    expect(lookups.convertUom('2', 'CA', 'EA')).toBe('24');
    expect(lookups.convertUom('36', 'ea', 'ca')).toBe('3');
    expect(lookups.convertUom('1', 'EA', 'CA')).toBe('0.083333');
    expect(lookups.convertUom('0.1', 'LB', 'KG')).toBe('0.045359237');
    expect(lookups.convertUom('2.5', 'EA', 'EA')).toBe('2.5');
  });

  it('chains conversions (pallet → case → each)', () => {
    expect(lookups.convertUom('1.5', 'PL', 'EA')).toBe('720');
    expect(lookups.convertUom('960', 'EA', 'PL')).toBe('2');
  });

  it("uses an item's own conversion over the general one", () => {
    expect(lookups.convertUom('2', 'CA', 'EA', 'sku-200')).toBe('12');
    expect(lookups.convertUom('12', 'EA', 'CA', 'SKU-200')).toBe('2');
    expect(lookups.convertUom('2', 'CA', 'EA', 'SKU-100')).toBe('24');
  });

  it('answers undefined when no conversion links the units and throws on a quantity that is not a decimal', () => {
    expect(lookups.convertUom('1', 'CA', 'KG')).toBeUndefined();
    expect(() => lookups.convertUom('1,5', 'CA', 'EA')).toThrow(RangeError);
  });
});

describe('crossReferencesFor: locations, tolerances and SLAs', () => {
  it('finds a ship-to by code or GLN', () => {
    expect(lookups.locationBy({ code: 'dc07' })?.warehouse).toBe('WH-EAST');
    expect(lookups.locationBy({ gln: '5012345000024' })?.warehouse).toBe('WH-WEST');
    expect(lookups.locationBy({ code: 'DC99' })).toBeUndefined();
  });

  it('hands out the tolerances and SLAs with unset ones as null', () => {
    expect(lookups.tolerances).toEqual({ pricePercent: '2.5', quantityUnits: '1', quantityPercent: null });
    expect(lookups.slas).toEqual({ ackWithinHours: 24, asnWithinHours: 4 });
  });
});

describe('profile schema', () => {
  it('names the path of each bad value', () => {
    const result = profilePatchSchema.safeParse({ items: [{ sku: 'A' }, { gtin: '123' }], uomConversions: [{ from: 'CA', to: 'EA', factor: '0' }], contacts: [{ name: 'Ann', email: 'not-mail' }] });
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((issue) => issue.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['items.1.gtin', 'uomConversions.0.factor', 'contacts.0.email']));
    expect(paths).not.toContain('items.0');
  });

  it('refuses a conversion between the same unit and an item without any key', () => {
    expect(profilePatchSchema.safeParse({ uomConversions: [{ from: 'EA', to: 'ea', factor: '1' }] }).success).toBe(false);
    expect(profilePatchSchema.safeParse({ items: [{ description: 'nothing to find it by' }] }).success).toBe(false);
  });
});
