import { describe, expect, it, vi } from 'vitest';
import { createNoticesStore } from './notices-store.js';

describe('notices store', () => {
  it('keeps errors until dismissed and lets info notices go by themselves', async () => {
    const store = createNoticesStore({ autoDismissMs: 10 });
    const error = store.getState().push('error', 'disk full', 'Could not save');
    store.getState().push('info', 'Saved');
    expect(store.getState().notices.map((n) => n.kind)).toEqual(['error', 'info']);
    await vi.waitFor(() => expect(store.getState().notices.map((n) => n.kind)).toEqual(['error']));
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
});
