import { describe, expect, it } from 'vitest';
import type { RegressionResult } from '../../../../main/core/mapping-store/types.js';
import { FakeClient } from '../../test-support/fake-client.js';
import { eventually } from '../../test-support/eventually.js';
import { createRegressionStore, orderDocuments } from './regression-store.js';
import { regressionDocument } from './test-data.js';

const key = { partnerId: 7, standard: 'x12', type: '850' } as const;

function result(state: RegressionResult['state'], documents = [regressionDocument()]): RegressionResult {
  return {
    taskId: 'reg-1',
    state,
    partnerId: 7,
    standard: 'x12',
    type: '850',
    baseline: { origin: 'default', mapId: null, version: null },
    draftId: null,
    done: state === 'running' ? 1 : documents.length,
    total: documents.length,
    counts: { documents: documents.length, changed: 1, unchanged: documents.length - 1, newErrors: 0, fixedErrors: 0, unreadable: 0 },
    documents,
    message: null,
  };
}

describe('regression store', () => {
  it('orders documents with new errors first, then other changes, then unchanged ones, keeping their order', () => {
    const unchanged = regressionDocument({ documentId: 1 });
    const changed = regressionDocument({ documentId: 2, diff: [{ path: 'poNumber', before: 'A', after: 'B' }] });
    const statusOnly = regressionDocument({ documentId: 3, after: 'warnings' });
    const broken = regressionDocument({ documentId: 4, after: 'errors', newErrors: [{ severity: 'error', ruleId: 'po-number', message: 'missing', path: null, segment: null }] });
    expect(orderDocuments([unchanged, changed, statusOnly, broken]).map((document) => document.documentId)).toEqual([4, 2, 3, 1]);
  });

  it('follows the task’s progress and reads every document when it finishes', async () => {
    const client = new FakeClient('http', true);
    let finished = false;
    const documents = [regressionDocument({ documentId: 1 }), regressionDocument({ documentId: 2, diff: [{ path: 'poNumber', before: 'A', after: 'B' }] })];
    client
      .handle('maps.regression', () => ({ ok: true, value: { taskId: 'reg-1' } }))
      .handle('maps.regressionResult', () => ({ ok: true, value: finished ? result('finished', documents) : result('running', []) }));
    const store = createRegressionStore(client);
    await store.getState().run(key, { rules: [] });
    expect(client.callsTo('maps.regression')).toEqual([{ partnerId: 7, standard: 'x12', type: '850', definition: { rules: [] } }]);
    expect(store.getState().phase).toBe('running');
    client.emit('task.progress', { taskId: 'other', kind: 'reprocess', label: 'x', done: 9, total: 9, state: 'running' });
    client.emit('task.progress', { taskId: 'reg-1', kind: 'reprocess', label: 'Comparing', done: 1, total: 2, state: 'running' });
    expect(store.getState()).toMatchObject({ done: 1, total: 2 });
    finished = true;
    client.emit('task.progress', { taskId: 'reg-1', kind: 'reprocess', label: 'Comparing', done: 2, total: 2, state: 'finished' });
    await eventually(() => expect(store.getState().phase).toBe('finished'));
    expect(store.getState().documents.map((document) => document.documentId)).toEqual([2, 1]);
    expect(client.callsTo('maps.regressionResult').at(-1)).toEqual({ taskId: 'reg-1', only: 'all', limit: 1000 });
    expect(client.listenerCount('task.progress')).toBe(0);
    expect(store.getState().checkedJson).toBe('{"rules":[]}');
  });

  it('settles a run that ended before the call that started it answered', async () => {
    const client = new FakeClient('http', true);
    client
      .handle('maps.regression', () => {
        client.emit('task.progress', { taskId: 'reg-1', kind: 'reprocess', label: 'Comparing', done: 1, total: 1, state: 'finished' });
        return { ok: true, value: { taskId: 'reg-1' } };
      })
      .handle('maps.regressionResult', () => ({ ok: true, value: result('finished') }));
    const store = createRegressionStore(client);
    await store.getState().run(key, {});
    expect(store.getState().phase).toBe('finished');
  });

  it('cancels the running task and reports a failed start', async () => {
    const client = new FakeClient('http', true);
    client
      .handle('maps.regression', () => ({ ok: true, value: { taskId: 'reg-1' } }))
      .handle('maps.regressionResult', () => ({ ok: true, value: result('running', []) }))
      .handle('tasks.cancel', () => ({ ok: true, value: { cancelled: true } }));
    const store = createRegressionStore(client);
    await store.getState().run(key, {});
    await store.getState().cancel();
    expect(client.callsTo('tasks.cancel')).toEqual([{ taskId: 'reg-1' }]);
    client.handle('maps.regression', () => ({ ok: false, error: { code: 'invalid-input', message: 'The draft does not compile' } }));
    await store.getState().run(key, {});
    expect(store.getState()).toMatchObject({ phase: 'failed', message: 'The draft does not compile' });
  });
});
