import { describe, expect, it } from 'vitest';
import type { ShipmentCheckDetail } from '../../../../main/core/reconcile-store/types.js';
import { FakeClient } from '../../test-support/fake-client.js';
import { createCheckStore, localDay } from './check-store.js';

const detail = (threadKey: string): ShipmentCheckDetail => ({
  threadKey,
  partnerName: 'ACME',
  poNumber: 'PO-1',
  asnNumber: 'ASN-1',
  shipmentNumber: null,
  billOfLading: null,
  shippedAt: null,
  cartons: 0,
  match: 'matched',
  openMismatches: 0,
  cartonsCompared: [],
  lines: [],
  mismatches: [],
});

describe('shipment check store', () => {
  it("asks for the PC's own day and keeps today's rows", async () => {
    const client = new FakeClient().handle('shipments.today', () => ({ ok: true, value: [] }));
    const store = createCheckStore(client);
    await store.getState().loadToday();
    expect(client.callsTo('shipments.today')).toEqual([{ day: localDay(new Date()) }]);
    expect(store.getState().todayStatus).toBe('ready');
  });

  it('a newer scan wins over an older answer that arrives later', async () => {
    let releaseFirst: () => void = () => undefined;
    const client = new FakeClient().handle('shipments.find', ({ query }) =>
      query === 'FIRST' ? new Promise((resolve) => (releaseFirst = () => resolve({ ok: true, value: detail('first') }))) : { ok: true, value: detail('second') },
    );
    const store = createCheckStore(client);
    const first = store.getState().find('FIRST');
    await store.getState().find('SECOND');
    releaseFirst();
    await first;
    expect(store.getState().detail?.threadKey).toBe('second');
  });

  it('says nothing was found for an unknown code and keeps other errors as they are', async () => {
    const client = new FakeClient().handle('shipments.find', ({ query }) =>
      query === 'NOPE' ? { ok: false, error: { code: 'not-found', message: 'No shipment' } } : { ok: false, error: { code: 'internal', message: 'disk full' } },
    );
    const store = createCheckStore(client);
    await store.getState().find(' NOPE ');
    expect(store.getState().searchError).toEqual({ kind: 'nothing', message: 'Nothing found for NOPE' });
    await store.getState().find('X');
    expect(store.getState().searchError).toEqual({ kind: 'failed', message: 'disk full' });
  });

  it('reloads today and the open shipment when reconciliation changes', async () => {
    const client = new FakeClient().handle('shipments.today', () => ({ ok: true, value: [] })).handle('shipments.find', () => ({ ok: true, value: detail('t') }));
    const store = createCheckStore(client);
    const off = store.getState().subscribe();
    await store.getState().find('ASN-1');
    client.emit('reconcile.changed', { threadKeys: 1, found: 0, reopened: 0, cleared: 0, alerts: [] });
    expect(client.callsTo('shipments.today')).toHaveLength(1);
    expect(client.callsTo('shipments.find')).toHaveLength(2);
    off();
  });
});
