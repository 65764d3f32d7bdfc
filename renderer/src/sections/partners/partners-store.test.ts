import { describe, expect, it } from 'vitest';
import { FakeClient } from '../../test-support/fake-client.js';
import { eventually } from '../../test-support/eventually.js';
import { createPartnersStore, hasNoData } from './partners-store.js';
import { ledgerEntry, outboundGroup, sentAck } from './test-data.js';

function clientWith(entries = [ledgerEntry()]) {
  const client = new FakeClient('http', true);
  const facets = { partners: [{ id: 3, name: 'Buyer Co', documents: 2 }], types: [], statuses: {}, directions: {}, total: 2 };
  return client
    .handle('ledger.list', (input) => ({
      ok: true,
      value: { entries: entries.filter((entry) => !input.kind || entry.kind === input.kind), total: entries.length },
    }))
    .handle('acks.status', () => ({ ok: true, value: { items: [outboundGroup()], total: 1 } }))
    .handle('acks.sent', () => ({ ok: true, value: { items: [sentAck()], total: 1 } }))
    .handle('documents.facets', () => ({ ok: true, value: facets as never }));
}

describe('partners store', () => {
  it('loads the ledger, ack status, sent acks and the partner list', async () => {
    const store = createPartnersStore(clientWith());
    expect(store.getState().status).toBe('loading');
    await store.getState().load();
    const state = store.getState();
    expect(state.status).toBe('ready');
    expect(state.ledger?.entries).toHaveLength(1);
    expect(state.ackStatus?.items[0]?.status).toBe('overdue');
    expect(state.acksSent?.items[0]?.fileName).toContain('997');
    expect(state.partners).toEqual([{ id: 3, name: 'Buyer Co' }]);
    expect(hasNoData(state)).toBe(false);
  });

  it('passes filters to ledger.list and drops a filter set back to any', async () => {
    const client = clientWith([ledgerEntry(), ledgerEntry({ kind: 'duplicate', controlNumber: '5', range: null })]);
    const store = createPartnersStore(client);
    await store.getState().setFilter('kind', 'duplicate');
    expect(client.callsTo('ledger.list').at(-1)).toEqual({ kind: 'duplicate', limit: 500 });
    expect(store.getState().ledger?.entries.map((entry) => entry.kind)).toEqual(['duplicate']);
    await store.getState().setFilter('partnerId', 3);
    await store.getState().setFilter('kind', undefined);
    expect(client.callsTo('ledger.list').at(-1)).toEqual({ partnerId: 3, limit: 500 });
    expect(store.getState().ledger?.entries).toHaveLength(2);
  });

  it('reloads on acks.changed and ingest.finished until unsubscribed', async () => {
    const client = clientWith();
    const store = createPartnersStore(client);
    const unsubscribe = store.getState().subscribe();
    client.emit('acks.changed', { partnerIds: [3], sent: 1, statusChanges: 0 });
    await eventually(() => expect(client.callsTo('acks.status')).toHaveLength(1));
    client.emit('ingest.finished', { taskId: 't', summary: {} as never });
    await eventually(() => expect(client.callsTo('ledger.list')).toHaveLength(2));
    unsubscribe();
    expect(client.listenerCount('acks.changed')).toBe(0);
    expect(client.listenerCount('ingest.finished')).toBe(0);
  });

  it('reports a failed call and says there is no data only when everything is empty', async () => {
    const failing = clientWith().handle('acks.sent', () => ({ ok: false, error: { code: 'internal', message: 'disk on fire' } }));
    const store = createPartnersStore(failing);
    await store.getState().load();
    expect(store.getState()).toMatchObject({ status: 'failed', error: 'disk on fire' });

    const empty = new FakeClient('http', true)
      .handle('ledger.list', () => ({ ok: true, value: { entries: [], total: 0 } }))
      .handle('acks.status', () => ({ ok: true, value: { items: [], total: 0 } }))
      .handle('acks.sent', () => ({ ok: true, value: { items: [], total: 0 } }))
      .handle('documents.facets', () => ({ ok: true, value: { partners: [], types: [], statuses: {}, directions: {}, total: 0 } as never }));
    const emptyStore = createPartnersStore(empty);
    await emptyStore.getState().load();
    expect(hasNoData(emptyStore.getState())).toBe(true);
  });

  it('keeps the newest answer when loads overlap', async () => {
    let release: (() => void) | undefined;
    const client = clientWith([ledgerEntry(), ledgerEntry({ kind: 'duplicate', controlNumber: '5', range: null })]);
    client.handle('ledger.list', async (input) => {
      if (!input.kind) await new Promise<void>((resolve) => (release = resolve));
      return { ok: true, value: { entries: [ledgerEntry({ kind: input.kind ?? 'gap' })], total: 1 } };
    });
    const store = createPartnersStore(client);
    const slow = store.getState().load();
    await eventually(() => expect(release).toBeDefined());
    await store.getState().setFilter('kind', 'duplicate');
    release!();
    await slow;
    expect(store.getState().ledger?.entries[0]?.kind).toBe('duplicate');
  });
});
