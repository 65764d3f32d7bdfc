import { describe, expect, it, vi } from 'vitest';
import type { PreloadApi } from './contract-types.js';
import { createIpcClient } from './ipc-client.js';

function preloadWith(methods: Record<string, (input: unknown) => Promise<unknown>>) {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const preload = {
    methods,
    on(event: string, listener: (payload: unknown) => void) {
      const set = listeners.get(event) ?? new Set();
      set.add(listener);
      listeners.set(event, set);
      return () => set.delete(listener);
    },
  } as unknown as PreloadApi;
  const emit = (event: string, payload: unknown) => listeners.get(event)?.forEach((listener) => listener(payload));
  return { preload, emit };
}

describe('createIpcClient', () => {
  it('calls the preload method of that name with the input and returns its result', async () => {
    const update = vi.fn(async (input: unknown) => ({ ok: true, value: { received: input } }));
    const client = createIpcClient(preloadWith({ 'settings.update': update }).preload);
    expect(client.transport).toBe('ipc');
    expect(await client.call('settings.update', { theme: 'light' })).toEqual({ ok: true, value: { received: { theme: 'light' } } });
    expect(update).toHaveBeenCalledWith({ theme: 'light' });
  });

  it('answers a method the preload lacks with unknown-method instead of throwing', async () => {
    const client = createIpcClient(preloadWith({}).preload);
    const result = await client.call('app.info', {});
    expect(result.ok ? null : result.error.code).toBe('unknown-method');
  });

  it('does not treat inherited object properties as methods', async () => {
    const client = createIpcClient(preloadWith({}).preload);
    const result = await client.call('toString' as 'app.info', {});
    expect(result.ok ? null : result.error.code).toBe('unknown-method');
  });

  it('turns a rejected IPC call into an unavailable error value', async () => {
    const client = createIpcClient(preloadWith({ 'app.info': () => Promise.reject(new Error('channel closed')) }).preload);
    const result = await client.call('app.info', {});
    expect(result).toEqual({ ok: false, error: { code: 'unavailable', message: expect.stringContaining('channel closed') } });
  });

  it('rejects a reply that is not a result', async () => {
    const client = createIpcClient(preloadWith({ 'app.info': async () => 'surprise' }).preload);
    const result = await client.call('app.info', {});
    expect(result.ok ? null : result.error.code).toBe('internal');
  });

  it('forwards events and unsubscribes', () => {
    const { preload, emit } = preloadWith({});
    const client = createIpcClient(preload);
    const seen: unknown[] = [];
    const off = client.on('settings.changed', (payload) => seen.push(payload));
    emit('settings.changed', { theme: 'dark' });
    off();
    emit('settings.changed', { theme: 'light' });
    expect(seen).toEqual([{ theme: 'dark' }]);
  });

  it('is always connected', () => {
    const client = createIpcClient(preloadWith({}).preload);
    const states: boolean[] = [];
    client.onConnectionChange((connected) => states.push(connected));
    expect(states).toEqual([true]);
  });
});
