import { describe, expect, it } from 'vitest';
import type { InputOf } from '../../api/contract-types.js';
import { createNoticesStore } from '../../store/notices-store.js';
import { eventually } from '../../test-support/eventually.js';
import { FakeClient } from '../../test-support/fake-client.js';
import { createIngestStore, describeSummary, emptySummary } from './ingest-store.js';

function summary(files: number, patch: Partial<ReturnType<typeof emptySummary>> = {}) {
  return { ...emptySummary(), files, ingested: files, transactions: files, ...patch };
}

describe('ingest store', () => {
  it('sends the files as base64, follows the task, and announces one summary', async () => {
    const client = new FakeClient('http', true);
    const notices = createNoticesStore();
    let refreshed = 0;
    client.handle('ingest.upload', (input: InputOf<'ingest.upload'>) => {
      // The finished event may arrive before the call's answer: the store must not miss it.
      setTimeout(() => client.emit('ingest.finished', { taskId: 't1', summary: summary(input.files.length, { quarantined: 1, errors: 2 }) }), 0);
      return { ok: true, value: { taskId: 't1' } };
    });
    const store = createIngestStore(client, notices, () => refreshed++);
    await store.getState().upload([new File(['ISA*00~'], 'a.x12'), new File(['hello'], 'b.txt')]);
    const sent = client.callsTo('ingest.upload')[0] as InputOf<'ingest.upload'>;
    expect(sent.files.map((file) => [file.name, Buffer.from(file.contentBase64, 'base64').toString()])).toEqual([
      ['a.x12', 'ISA*00~'],
      ['b.txt', 'hello'],
    ]);
    expect(store.getState()).toMatchObject({ phase: 'idle', lastSummary: { files: 2, quarantined: 1 } });
    expect(refreshed).toBe(1);
    expect(notices.getState().notices.map((notice) => `${notice.title}: ${notice.message}`)).toEqual(['Import finished: 2 files: 2 transactions, 1 quarantined, 2 errors']);
  });

  it('adds files dropped while an upload runs to that upload, with one summary for all', async () => {
    const client = new FakeClient('http', true);
    const notices = createNoticesStore();
    let calls = 0;
    client.handle('ingest.upload', (input: InputOf<'ingest.upload'>) => {
      const taskId = `t${++calls}`;
      setTimeout(() => client.emit('ingest.finished', { taskId, summary: summary(input.files.length) }), 20);
      return { ok: true, value: { taskId } };
    });
    const store = createIngestStore(client, notices, () => {});
    const first = store.getState().upload([new File(['a'], 'a.x12')]);
    await eventually(() => expect(store.getState().phase).toBe('ingesting'));
    const second = store.getState().upload([new File(['b'], 'b.x12'), new File(['c'], 'c.x12')]);
    await Promise.all([first, second]);
    expect(client.callsTo('ingest.upload').map((input) => (input as InputOf<'ingest.upload'>).files.map((file) => file.name))).toEqual([['a.x12'], ['b.x12', 'c.x12']]);
    expect(notices.getState().notices.map((notice) => notice.message)).toEqual(['3 files: 3 transactions, no errors']);
  });

  it('claims a finished event that arrives before the answer to its own call', async () => {
    const client = new FakeClient('http', true);
    const notices = createNoticesStore();
    client.handle('ingest.upload', (input: InputOf<'ingest.upload'>) => {
      client.emit('ingest.finished', { taskId: 'fast', summary: summary(input.files.length) });
      return { ok: true, value: { taskId: 'fast' } };
    });
    const store = createIngestStore(client, notices, () => {});
    await store.getState().upload([new File(['a'], 'a.x12')]);
    expect(store.getState().phase).toBe('idle');
    await new Promise((resolve) => setTimeout(resolve, 1700));
    // One summary, ours; not a second one for "an import started elsewhere".
    expect(notices.getState().notices.map((notice) => notice.message)).toEqual(['1 file: 1 transaction, no errors']);
  });

  it('refuses a file too large to upload and says where to put it instead', async () => {
    const client = new FakeClient('http', true);
    const notices = createNoticesStore();
    const store = createIngestStore(client, notices, () => {});
    const huge = { name: 'big.x12', size: 60 * 1024 * 1024, arrayBuffer: async () => new ArrayBuffer(0) } as unknown as File;
    await store.getState().upload([huge]);
    expect(client.callsTo('ingest.upload')).toHaveLength(0);
    expect(notices.getState().notices[0]?.message).toMatch(/big\.x12 \(60\.0 MB\).*inbox folder/);
  });

  it('announces an ingest started elsewhere (the desktop drop, the inbox) and refreshes', async () => {
    const client = new FakeClient('ipc', true);
    const notices = createNoticesStore();
    let refreshed = 0;
    const store = createIngestStore(client, notices, () => refreshed++);
    client.emit('ingest.finished', { taskId: 'desktop', summary: summary(3, { duplicates: 1 }) });
    await eventually(() => expect(store.getState().lastSummary?.files).toBe(3));
    expect(refreshed).toBe(1);
    expect(notices.getState().notices[0]?.message).toBe('3 files: 3 transactions, 1 duplicate, no errors');
  });

  it('cancels the running task and sends no further batches', async () => {
    const client = new FakeClient('http', true);
    const notices = createNoticesStore();
    client.handle('ingest.upload', () => ({ ok: true, value: { taskId: `t${client.callsTo('ingest.upload').length}` } }));
    client.handle('tasks.cancel', (input) => {
      setTimeout(() => client.emit('ingest.finished', { taskId: input.taskId, summary: summary(1, { cancelled: true }) }), 0);
      return { ok: true, value: { cancelled: true } };
    });
    const store = createIngestStore(client, notices, () => {});
    // 501 files make two calls; Cancel during the first one.
    const files = Array.from({ length: 501 }, (_, index) => new File(['x'], `f${index}.txt`));
    const done = store.getState().upload(files);
    await eventually(() => expect(store.getState().phase).toBe('ingesting'));
    store.getState().cancel();
    await done;
    expect(client.callsTo('tasks.cancel')).toEqual([{ taskId: 't1' }]);
    expect(client.callsTo('ingest.upload')).toHaveLength(1);
    expect(store.getState().lastSummary?.cancelled).toBe(true);
    expect(notices.getState().notices[0]?.title).toBe('Import cancelled');
  });

  it('describes a cancelled import', () => {
    expect(describeSummary(summary(1, { cancelled: true, transactions: 0 }))).toBe('1 file: 0 transactions, no errors (cancelled)');
  });
});
