import { describe, expect, it } from 'vitest';
import type { TaskProgress } from '../../api/contract-types.js';
import { FakeClient } from '../../test-support/fake-client.js';
import { eventually } from '../../test-support/eventually.js';
import { createSyncStore, DEAD_LETTERS_LIMIT, RUNS_LIMIT } from './sync-store.js';
import { connector, deadLetter, syncRun } from './test-data.js';
import type { JsonValue } from '../../../../main/core/connectors/types.js';

function progress(overrides: Partial<TaskProgress> = {}): TaskProgress {
  return { taskId: 't-1', kind: 'sync', label: 'Sync erp-shop', done: 3, total: 9, state: 'running', ...overrides };
}

function clientWith(letters = [deadLetter(), deadLetter({ id: 8, recordId: 'SO-10' })]) {
  const client = new FakeClient('http', true);
  const state = { connectors: [connector()], runs: [syncRun()], letters };
  client
    .handle('connectors.list', () => ({ ok: true, value: state.connectors }))
    .handle('sync.runs', () => ({ ok: true, value: state.runs }))
    .handle('deadLetters.list', () => ({ ok: true, value: state.letters }))
    .handle('sync.run', () => ({ ok: true, value: { taskId: 't-1' } }))
    .handle('sync.pause', (input) => ({ ok: true, value: connector({ paused: input.paused }) }))
    .handle('connectors.test', (input) =>
      input.name === 'erp-shop' ? { ok: true, value: { ok: false, message: 'GET /orders?limit=1: 401 in 12 ms' } } : { ok: false, error: { code: 'not-found', message: `no connector ${input.name}` } },
    )
    .handle('deadLetters.replay', (input) => {
      const ids = input.ids ?? state.letters.map((letter) => letter.id);
      state.letters = state.letters.filter((letter) => !ids.includes(letter.id));
      return { ok: true, value: { replayed: ids.length, stillFailing: [] } };
    });
  return { client, state };
}

describe('sync store', () => {
  it('loads connectors, the run log and the open dead letters', async () => {
    const { client } = clientWith();
    const store = createSyncStore(client);
    expect(store.getState().status).toBe('loading');
    await store.getState().load();
    expect(store.getState()).toMatchObject({ status: 'ready', error: null });
    expect(store.getState().connectors.map((item) => item.name)).toEqual(['erp-shop']);
    expect(store.getState().runs).toHaveLength(1);
    expect(store.getState().deadLetters.map((letter) => letter.id)).toEqual([7, 8]);
    expect(client.callsTo('sync.runs')).toEqual([{ limit: RUNS_LIMIT }]);
    expect(client.callsTo('deadLetters.list')).toEqual([{ includeReplayed: false, limit: DEAD_LETTERS_LIMIT }]);
  });

  it('reports a failed load with the server message', async () => {
    const { client } = clientWith();
    client.handle('sync.runs', () => ({ ok: false, error: { code: 'internal', message: 'database is locked' } }));
    const store = createSyncStore(client);
    await store.getState().load();
    expect(store.getState()).toMatchObject({ status: 'failed', error: 'database is locked' });
  });

  it('Sync now remembers the task, follows its progress and reloads when it ends', async () => {
    const { client, state } = clientWith();
    const store = createSyncStore(client);
    const unsubscribe = store.getState().subscribe();
    await store.getState().load();
    await store.getState().syncNow('erp-shop');
    expect(client.callsTo('sync.run')).toEqual([{ connector: 'erp-shop' }]);
    expect(store.getState().syncTasks).toEqual({ 'erp-shop': 't-1' });

    client.emit('task.progress', progress());
    client.emit('task.progress', progress({ taskId: 'other', kind: 'ingest' }));
    expect(store.getState().progress).toEqual({ 't-1': progress() });
    expect(client.callsTo('connectors.list')).toHaveLength(1);

    state.runs = [syncRun({ id: 2, inserted: 3 }), syncRun()];
    client.emit('task.progress', progress({ done: 9, state: 'finished' }));
    await eventually(() => expect(store.getState().runs.map((run) => run.id)).toEqual([2, 1]));
    expect(store.getState().progress['t-1']?.state).toBe('finished');
    unsubscribe();
    expect(client.listenerCount('task.progress')).toBe(0);
  });

  it('shows a refused Sync now beside that connector only', async () => {
    const { client } = clientWith();
    client.handle('sync.run', () => ({ ok: false, error: { code: 'conflict', message: 'erp-shop is already syncing' } }));
    const store = createSyncStore(client);
    await store.getState().syncNow('erp-shop');
    expect(store.getState().actionErrors).toEqual({ 'erp-shop': 'erp-shop is already syncing' });
    expect(store.getState().syncTasks).toEqual({});
  });

  it('pauses and resumes, replacing the connector with the answer', async () => {
    const { client } = clientWith();
    const store = createSyncStore(client);
    await store.getState().load();
    await store.getState().setPaused('erp-shop', true);
    expect(client.callsTo('sync.pause')).toEqual([{ name: 'erp-shop', paused: true }]);
    expect(store.getState().connectors[0]?.paused).toBe(true);
    await store.getState().setPaused('erp-shop', false);
    expect(store.getState().connectors[0]?.paused).toBe(false);
  });

  it('keeps the connection test answer per connector, a failed call included', async () => {
    const { client } = clientWith();
    const store = createSyncStore(client);
    const pending = store.getState().testConnection('erp-shop');
    expect(store.getState().tests['erp-shop']).toEqual({ state: 'testing' });
    await pending;
    await store.getState().testConnection('gone');
    expect(store.getState().tests).toEqual({
      'erp-shop': { state: 'done', result: { ok: false, message: 'GET /orders?limit=1: 401 in 12 ms' } },
      gone: { state: 'failed', message: 'no connector gone' },
    });
  });

  it('replays the selected dead letters, then drops the replayed ones from the list and the selection', async () => {
    const { client } = clientWith();
    const store = createSyncStore(client);
    await store.getState().load();
    store.getState().toggleDeadLetter(8);
    expect(store.getState().selectedDeadLetters).toEqual([8]);
    store.getState().selectAllDeadLetters(true);
    expect(store.getState().selectedDeadLetters).toEqual([7, 8]);
    store.getState().toggleDeadLetter(7);
    await store.getState().replay(store.getState().selectedDeadLetters);
    expect(client.callsTo('deadLetters.replay')).toEqual([{ ids: [8] }]);
    expect(store.getState().lastReplay).toEqual({ replayed: 1, stillFailing: [] });
    expect(store.getState().deadLetters.map((letter) => letter.id)).toEqual([7]);
    expect(store.getState().selectedDeadLetters).toEqual([]);
  });

  it('replays every open dead letter when given no ids, and shows a refused replay', async () => {
    const { client } = clientWith();
    const store = createSyncStore(client);
    await store.getState().load();
    await store.getState().replay();
    expect(client.callsTo('deadLetters.replay')).toEqual([{}]);
    expect(store.getState().deadLetters).toEqual([]);
    client.handle('deadLetters.replay', () => ({ ok: false, error: { code: 'invalid-input', message: 'map is broken' } }));
    await store.getState().replay([1]);
    expect(store.getState()).toMatchObject({ replaying: false, error: 'map is broken' });
  });

  it('edits a connector in place, removes one and reloads when connectors change elsewhere', async () => {
    const { client, state } = clientWith();
    client
      .handle('connectors.update', (input) =>
        JSON.stringify(input.config).includes('baseUrl')
          ? { ok: true, value: connector({ config: input.config as JsonValue, scheduleMinutes: input.scheduleMinutes ?? null }) }
          : { ok: false, error: { code: 'invalid-input', message: 'baseUrl is required' } },
      )
      .handle('connectors.remove', (input) => {
        state.connectors = state.connectors.filter((each) => each.name !== input.name);
        return { ok: true, value: { removed: true } };
      });
    const store = createSyncStore(client);
    const unsubscribe = store.getState().subscribe();
    await store.getState().load();

    expect(await store.getState().updateConnector({ name: 'erp-shop', config: { streams: {} } })).toBe('baseUrl is required');
    expect(store.getState().connectors[0]?.config).toEqual(connector().config);
    expect(await store.getState().updateConnector({ name: 'erp-shop', config: { baseUrl: 'http://shop.test' }, scheduleMinutes: null })).toBeNull();
    expect(store.getState().connectors[0]).toMatchObject({ config: { baseUrl: 'http://shop.test' }, scheduleMinutes: null });

    // another window or the CLI added one: the list follows
    state.connectors = [...state.connectors, connector({ name: 'wms-main', side: 'wms' })];
    client.emit('connectors.changed', { change: 'outside', names: ['wms-main'] });
    await eventually(() => expect(store.getState().connectors.map((each) => each.name)).toEqual(['erp-shop', 'wms-main']));

    expect(await store.getState().removeConnector('erp-shop')).toBeNull();
    expect(client.callsTo('connectors.remove')).toEqual([{ name: 'erp-shop' }]);
    expect(store.getState().connectors.map((each) => each.name)).toEqual(['wms-main']);
    unsubscribe();
    expect(client.listenerCount('connectors.changed')).toBe(0);
  });
});
