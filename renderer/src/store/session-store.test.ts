import { describe, expect, it } from 'vitest';
import { eventually } from '../test-support/eventually.js';
import type { TaskProgress } from '../api/contract-types.js';
import { basicFakeClient } from '../test-support/fake-client.js';
import { createNoticesStore } from './notices-store.js';
import { createSessionStore } from './session-store.js';

const task = (patch: Partial<TaskProgress> = {}): TaskProgress => ({
  taskId: 't1',
  kind: 'ingest',
  label: 'Ingesting 3 files',
  done: 1,
  total: 3,
  state: 'running',
  ...patch,
});

function setup(lingerMs = 20) {
  const client = basicFakeClient();
  const notices = createNoticesStore();
  const store = createSessionStore(client, notices, { finishedTaskLingerMs: lingerMs });
  return { client, notices, store };
}

describe('session store', () => {
  it('reads app, workspace and running tasks on refresh', async () => {
    const { client, store } = setup();
    client.handle('status.get', () => ({ ok: true, value: { workspacePath: '/w', busy: true, tasks: [task()] } }));
    expect(store.getState().loading).toBe(true);
    await store.getState().refresh();
    const state = store.getState();
    expect(state.loading).toBe(false);
    expect(state.appInfo?.version).toBe('9.8.7');
    expect(state.workspace?.folders.inbox).toBe('/home/ana/.crossdock/default/inbox');
    expect(state.tasks.map((t) => t.taskId)).toEqual(['t1']);
    expect(state.transport).toBe('http');
  });

  it('reports failed reads as notices and still stops loading', async () => {
    const { client, store, notices } = setup();
    client.handle('workspace.info', () => ({ ok: false, error: { code: 'workspace-error', message: 'database is locked' } }));
    await store.getState().refresh();
    expect(store.getState().loading).toBe(false);
    expect(store.getState().workspace).toBeNull();
    expect(notices.getState().notices).toMatchObject([{ kind: 'error', message: 'database is locked' }]);
  });

  it('updates a task in place from progress events', () => {
    const { store } = setup();
    store.getState().applyProgress(task());
    store.getState().applyProgress(task({ taskId: 't2', label: 'Sync' }));
    store.getState().applyProgress(task({ done: 2 }));
    expect(store.getState().tasks.map((t) => [t.taskId, t.done])).toEqual([['t1', 2], ['t2', 1]]);
  });

  it('shows a finished task for a moment, then removes it', async () => {
    const { store } = setup(20);
    store.getState().applyProgress(task());
    store.getState().applyProgress(task({ done: 3, state: 'finished' }));
    expect(store.getState().tasks).toMatchObject([{ state: 'finished' }]);
    await eventually(() => expect(store.getState().tasks).toEqual([]));
  });

  it('reports a failed task with its message', () => {
    const { store, notices } = setup();
    store.getState().applyProgress(task({ state: 'failed', message: 'inbox not readable' }));
    expect(notices.getState().notices).toMatchObject([{ kind: 'error', title: 'Ingesting 3 files failed', message: 'inbox not readable' }]);
  });

  it('cancels through tasks.cancel and says when there was nothing left to cancel', async () => {
    const { client, store, notices } = setup();
    let running = true;
    client.handle('tasks.cancel', () => {
      const cancelled = running;
      running = false;
      return { ok: true, value: { cancelled } };
    });
    await store.getState().cancelTask('t1');
    expect(client.callsTo('tasks.cancel')).toEqual([{ taskId: 't1' }]);
    expect(notices.getState().notices).toEqual([]);
    await store.getState().cancelTask('t1');
    expect(notices.getState().notices).toMatchObject([{ kind: 'info', message: 'The task had already finished.' }]);
  });

  it('reports a cancel that fails', async () => {
    const { client, store, notices } = setup();
    client.handle('tasks.cancel', () => ({ ok: false, error: { code: 'unavailable', message: 'server gone' } }));
    await store.getState().cancelTask('t1');
    expect(notices.getState().notices).toMatchObject([{ kind: 'error', message: 'server gone' }]);
  });
});
