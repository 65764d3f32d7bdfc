import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { FakeClient } from '../../test-support/fake-client.js';
import { SyncView } from './SyncSection.js';
import { createSyncStore } from './sync-store.js';
import { connector, deadLetter, streamStatus, syncRun } from './test-data.js';

describe('sync markup', () => {
  it('explains `crossdock connectors add` when there is no connector', () => {
    const html = renderToStaticMarkup(<SyncView store={createSyncStore(new FakeClient(), { status: 'ready' })} />);
    expect(html).toContain('No connectors yet');
    expect(html).toContain('crossdock connectors add erp-shop --kind rest');
  });

  it('lists a connector with its state, streams, counts, last error and the sync task progress', () => {
    const store = createSyncStore(new FakeClient(), {
      status: 'ready',
      connectors: [connector({ state: 'offline', stateMessage: 'connect ECONNREFUSED', streams: [streamStatus({ records: 1234, lastError: 'HTTP 500 on /orders' })] })],
      syncTasks: { 'erp-shop': 't-1' },
      progress: { 't-1': { taskId: 't-1', kind: 'sync', label: 'Sync erp-shop', done: 4, total: 9, state: 'running' } },
      tests: { 'erp-shop': { state: 'done', result: { ok: true, message: 'GET /orders?limit=1: 200 in 8 ms' } } },
    });
    const html = renderToStaticMarkup(<SyncView store={store} />);
    expect(html).toContain('Offline');
    expect(html).toContain('connect ECONNREFUSED');
    expect(html).toContain('1,234');
    expect(html).toContain('HTTP 500 on /orders');
    expect(html).toContain('Sync erp-shop: 4 of 9 records');
    expect(html).toMatch(/<button[^>]*disabled=""[^>]*data-testid="sync-now-erp-shop"[^>]*>Syncing…</);
    expect(html).toContain('Connection OK: GET /orders?limit=1: 200 in 8 ms');
    expect(html).toContain('· 1 dead letter<');
    expect(html).toContain('Dead letters (0)');
  });

  it('shows Resume for a paused connector', () => {
    const store = createSyncStore(new FakeClient(), { status: 'ready', connectors: [connector({ paused: true })] });
    const html = renderToStaticMarkup(<SyncView store={store} />);
    expect(html).toMatch(/aria-pressed="true"[^>]*>Resume</);
    expect(html).toContain('Paused');
  });

  it('renders the run log and the dead letters with reason and raw record', () => {
    const store = createSyncStore(new FakeClient(), { status: 'ready', connectors: [connector()], runs: [syncRun({ id: 2, status: 'partial', message: '1 record failed' }), syncRun()], deadLetters: [deadLetter()] });
    const runs = renderToStaticMarkup(<SyncView store={store} initialTab="runs" />);
    expect(runs.match(/data-testid="sync-run-row"/g)).toHaveLength(2);
    expect(runs).toContain('1 record failed');
    const letters = renderToStaticMarkup(<SyncView store={store} initialTab="dead-letters" />);
    expect(letters).toContain('lines: required, nothing matched $.lines[*]');
    expect(letters).toContain('&quot;po&quot;: &quot;PO-9&quot;');
    expect(letters).toContain('Replay selected (0)');
  });
});
