import { describe, expect, it } from 'vitest';
import { eventually } from '../test-support/eventually.js';
import { createNoticesStore, reportError } from './notices-store.js';

describe('notices store', () => {
  it('keeps errors until dismissed and lets info notices go by themselves', async () => {
    const store = createNoticesStore({ autoDismissMs: 10 });
    const error = store.getState().push('error', 'disk full', 'Could not save');
    store.getState().push('info', 'Saved');
    expect(store.getState().notices.map((n) => n.kind)).toEqual(['error', 'info']);
    await eventually(() => expect(store.getState().notices.map((n) => n.kind)).toEqual(['error']));
    store.getState().dismiss(error);
    expect(store.getState().notices).toEqual([]);
  });

  it('shows a repeated message once', () => {
    const store = createNoticesStore();
    const first = store.getState().push('error', 'server gone');
    expect(store.getState().push('error', 'server gone')).toBe(first);
    expect(store.getState().notices).toHaveLength(1);
  });

  it('keeps only the newest few', () => {
    const store = createNoticesStore({ maxVisible: 2 });
    for (const message of ['a', 'b', 'c']) store.getState().push('error', message);
    expect(store.getState().notices.map((n) => n.message)).toEqual(['b', 'c']);
  });

  it('gathers every call failing because the core is unreachable into one notice', () => {
    const store = createNoticesStore();
    const gone = { code: 'unavailable', message: 'The session token is missing or has expired.' } as const;
    reportError(store, 'Could not read the app version', gone);
    reportError(store, 'Could not load the settings', gone);
    reportError(store, 'Could not save the settings', { code: 'workspace-error', message: 'disk full' });
    expect(store.getState().notices.map(({ title, message }) => ({ title, message }))).toEqual([
      { title: 'Not connected to Crossdock', message: gone.message },
      { title: 'Could not save the settings', message: 'disk full' },
    ]);
  });
});
