import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE_FIELDS } from '../partners/profile-schema.js';
import { hash64, mismatchId } from './hash.js';
import { plainItems } from './resolver.js';
import { DEFAULT_SETTINGS, settingsFromProfile } from './settings.js';
import { items } from './test-fixtures.js';

describe('settingsFromProfile', () => {
  it('takes tolerances and SLAs from the profile and defaults for what it leaves empty', () => {
    const settings = settingsFromProfile({ tolerances: { pricePercent: '2.5', quantityUnits: null, quantityPercent: '5' }, slas: { ackWithinHours: 12, asnWithinHours: null } });
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, pricePercent: '2.5', quantityPercent: '5', orderAckWithinHours: 12 });
    expect(settingsFromProfile(DEFAULT_PROFILE_FIELDS)).toEqual(DEFAULT_SETTINGS);
  });
});

describe('mismatch ids', () => {
  it('are the same for the same type, thread and line, and differ when any of them differs', () => {
    const id = mismatchId('qty-mismatch', 'order:3:PO-1', 'line:1');
    expect(id).toMatch(/^mm-[0-9a-f]{16}$/);
    expect(mismatchId('qty-mismatch', 'order:3:PO-1', 'line:1')).toBe(id);
    const others = [mismatchId('price-mismatch', 'order:3:PO-1', 'line:1'), mismatchId('qty-mismatch', 'order:3:PO-2', 'line:1'), mismatchId('qty-mismatch', 'order:3:PO-1', 'line:2'), mismatchId('qty-mismatch', 'order:3:PO-1', null)];
    expect(new Set([id, ...others]).size).toBe(5);
  });

  it('spread: 100,000 distinct keys give 100,000 distinct hashes', () => {
    const seen = new Set<string>();
    for (let index = 0; index < 100_000; index++) seen.add(hash64(`order:1:PO${index}`));
    expect(seen.size).toBe(100_000);
  });
});

describe('item resolvers', () => {
  it('resolve buyer parts and GTINs to SKUs and convert units through the partner profile', () => {
    expect(items.skuOf(3, { buyerPart: 'NW-88813' })).toBe('GAD-02');
    expect(items.skuOf(3, { upc: '614141123452' })).toBe('WID-10');
    expect(items.skuOf(99, { sku: 'OWN-1' })).toBe('OWN-1');
    expect(items.convert(3, 'WID-10', '2', 'CA', 'EA')).toBe('24');
    expect(items.convert(undefined, undefined, '36', 'EA', 'CA')).toBe('3');
    expect(items.convert(3, undefined, '1', 'PL', 'EA')).toBeUndefined();
    expect(items.warehouseOf?.(3, '0614141000012')).toBe('EAST');
  });

  it('plainItems knows SKUs as written and no conversions', () => {
    expect(plainItems.skuOf(3, { buyerPart: 'NW-88813' })).toBeUndefined();
    expect(plainItems.convert(3, undefined, '2', 'ca', 'CA')).toBe('2');
    expect(plainItems.convert(3, undefined, '2', 'CA', 'EA')).toBeUndefined();
  });
});
