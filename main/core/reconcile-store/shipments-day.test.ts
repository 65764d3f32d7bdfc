import { afterEach, describe, expect, it } from 'vitest';
import { localDayOf, shippedDayOf } from './shipments-thread.js';
import type { Shipment } from '../canonical/index.js';

const originalZone = process.env.TZ;
afterEach(() => {
  if (originalZone === undefined) delete process.env.TZ;
  else process.env.TZ = originalZone;
});

const shipment = (value?: string): Shipment => ({ kind: 'shipment', role: 'asn', ...(value ? { dates: [{ qualifier: 'ship', date: { value, precision: 'second' } }] } : {}) }) as unknown as Shipment;

describe('the day a shipment left, as the dock sees it', () => {
  it('converts instants with a zone to the local day, west and east of UTC', () => {
    process.env.TZ = 'America/Los_Angeles';
    expect(localDayOf('2026-11-28T05:30:00.000Z')).toBe('2026-11-27');
    expect(shippedDayOf({ document: shipment(), receivedAt: '2026-11-28T07:59:00.000Z' })).toBe('2026-11-27');
    process.env.TZ = 'Pacific/Auckland';
    expect(localDayOf('2026-11-27T13:00:00Z')).toBe('2026-11-28');
    expect(localDayOf('2026-11-27T20:00:00-05:00')).toBe('2026-11-28');
  });

  it('keeps EDI dates and local times without a zone as they are', () => {
    process.env.TZ = 'Pacific/Auckland';
    expect(localDayOf('2026-11-27')).toBe('2026-11-27');
    expect(shippedDayOf({ document: shipment('2026-11-27T23:30:00') })).toBe('2026-11-27');
  });
});
