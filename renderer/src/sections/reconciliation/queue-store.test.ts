import { describe, expect, it } from 'vitest';
import { createNoticesStore } from '../../store/notices-store.js';
import { eventually } from '../../test-support/eventually.js';
import { FakeClient } from '../../test-support/fake-client.js';
import { actionSummary, createQueueStore } from './queue-store.js';
import type { QueueRow, SavedView } from './recon-types.js';
import { queueRow } from './test-data.js';

function queueClient(rows: QueueRow[]) {
  const client = new FakeClient();
  client.handle('mismatches.list', (input) => {
    const offset = input.offset ?? 0;
    const limit = input.limit ?? 200;
    const matching = input.filter?.types ? rows.filter((row) => input.filter!.types!.includes(row.type)) : rows;
    return { ok: true, value: { rows: matching.slice(offset, offset + limit), total: matching.length, offset } };
  });
  return client;
}

describe('review queue store', () => {
  it('fetches only the pages on screen, with the normalised filter and the sort', async () => {
    const rows = Array.from({ length: 250 }, (_, index) => queueRow(index));
    const client = queueClient(rows);
    const store = createQueueStore(client, createNoticesStore(), 50);
    store.getState().setQuery({ text: '  PO ', types: [] }, { field: 'money', direction: 'desc' });
    await eventually(() => expect(store.getState().status).toBe('ready'));
    expect(store.getState().total).toBe(250);
    expect(store.getState().rowAt(0)?.id).toBe(rows[0]!.id);
    expect(store.getState().rowAt(120)).toBeUndefined();
    const first = client.callsTo('mismatches.list')[0] as { filter: object; sort: object; offset: number };
    expect(first).toMatchObject({ filter: { text: 'PO' }, sort: { field: 'money', direction: 'desc' }, offset: 0 });
    store.getState().showRange(110, 130);
    await eventually(() => expect(store.getState().rowAt(120)?.id).toBe(rows[120]!.id));
    const offsets = (client.callsTo('mismatches.list') as { offset: number }[]).map((call) => call.offset);
    expect(offsets).not.toContain(200);
    expect(new Set(offsets).size).toBe(offsets.length);
  });

  it('asks again when the core says the queue changed, and a new query drops the selection', async () => {
    const rows = [queueRow(1), queueRow(2, { type: 'asn-late' })];
    const client = queueClient(rows);
    const store = createQueueStore(client, createNoticesStore());
    store.getState().setQuery({}, { field: 'severity', direction: 'desc' });
    await eventually(() => expect(store.getState().total).toBe(2));
    store.getState().toggleSelected(rows[0]!.id);
    store.getState().toggleSelected(rows[1]!.id);
    expect(store.getState().selection).toEqual([rows[0]!.id, rows[1]!.id]);
    rows.pop();
    client.emit('reconcile.changed', { threadKeys: 1, found: 0, reopened: 0, cleared: 1, alerts: [] });
    await eventually(() => expect(store.getState().total).toBe(1));
    store.getState().setQuery({ types: ['asn-late'] }, { field: 'severity', direction: 'desc' });
    expect(store.getState().selection).toEqual([]);
    await eventually(() => expect(store.getState().total).toBe(0));
  });

  it('acts on ids, says what changed and what was skipped, and unticks what left the queue', async () => {
    const rows = [queueRow(1), queueRow(2)];
    const client = queueClient(rows).handle('mismatches.act', (input) => ({
      ok: true,
      value: { changed: input.ids.filter((id) => id === rows[0]!.id), skipped: input.ids.filter((id) => id !== rows[0]!.id).map((id) => ({ id, why: 'already resolved' })) },
    }));
    const notices = createNoticesStore();
    const store = createQueueStore(client, notices);
    store.getState().setQuery({}, { field: 'severity', direction: 'desc' });
    await eventually(() => expect(store.getState().total).toBe(2));
    store.getState().toggleSelected(rows[0]!.id);
    store.getState().toggleSelected(rows[1]!.id);
    const result = await store.getState().act(store.getState().selection, { action: 'resolve', reason: 'corrected-in-wms', note: 'recounted' });
    expect(result?.changed).toEqual([rows[0]!.id]);
    expect(client.callsTo('mismatches.act')[0]).toEqual({ ids: [rows[0]!.id, rows[1]!.id], change: { action: 'resolve', reason: 'corrected-in-wms', note: 'recounted' } });
    expect(store.getState().selection).toEqual([rows[1]!.id]);
    expect(notices.getState().notices.at(-1)?.message).toBe('Resolved 1 mismatch · 1 skipped: already resolved');
    expect(await store.getState().act([], { action: 'note', note: 'x' })).toBeNull();
  });

  it('reports a failed action and keeps the selection', async () => {
    const client = queueClient([queueRow(1)]).handle('mismatches.act', () => ({ ok: false, error: { code: 'invalid-input', message: 'a reason is required' } }));
    const notices = createNoticesStore();
    const store = createQueueStore(client, notices);
    store.getState().toggleSelected('mm-1');
    expect(await store.getState().act(['mm-1'], { action: 'assign', assignee: 'Ana' })).toBeNull();
    expect(store.getState().selection).toEqual(['mm-1']);
    expect(notices.getState().notices[0]).toMatchObject({ kind: 'error', message: 'a reason is required', title: 'Could not assign the mismatches' });
  });

  it('saves the current filter as a view and lists views again', async () => {
    const saved: SavedView[] = [];
    const client = queueClient([])
      .handle('views.save', (input) => {
        const view = { id: saved.length + 1, name: input.name, filter: input.filter, sort: input.sort ?? null, updatedAt: '2026-11-28T00:00:00Z' };
        saved.push(view);
        return { ok: true, value: view };
      })
      .handle('views.list', () => ({ ok: true, value: [...saved] }))
      .handle('views.delete', (input) => {
        saved.splice(saved.findIndex((view) => view.id === input.id), 1);
        return { ok: true, value: { deleted: true } };
      });
    const store = createQueueStore(client, createNoticesStore());
    store.getState().setQuery({ owners: ['finance'], text: ' ' }, { field: 'money', direction: 'desc' });
    const view = await store.getState().saveView('Finance');
    expect(view).toMatchObject({ name: 'Finance', filter: { owners: ['finance'] }, sort: { field: 'money', direction: 'desc' } });
    expect(store.getState().views.map((entry) => entry.name)).toEqual(['Finance']);
    await store.getState().deleteView(view!.id);
    expect(store.getState().views).toEqual([]);
  });

  it('summarises actions in words', () => {
    expect(actionSummary({ action: 'assign', assignee: 'Ana' }, { changed: ['a', 'b'], skipped: [] })).toBe('Assigned 2 mismatches');
  });
});
